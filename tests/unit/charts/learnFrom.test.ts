import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { learnFrom, type LearnFromRows } from '../../../src/lib/charts/learnFrom';
import { ALL_DOMAINS, STANDARDS_FINDINGS_SQL, STANDARDS_INSPECTIONS_SQL, STANDARDS_RATINGS_SQL, standardsParams } from '../../../src/lib/db/queries/standards';

const SERVICES = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
let rows: LearnFromRows;
beforeAll(async () => {
	const db = await buildDatabase();
	const params = standardsParams(SERVICES, ALL_DOMAINS);
	rows = {
		inspections: await db.query(STANDARDS_INSPECTIONS_SQL, [SERVICES.join(',')]),
		ratings: await db.query(STANDARDS_RATINGS_SQL, params),
		findings: await db.query(STANDARDS_FINDINGS_SQL, params)
	};
});

describe('learn from', () => {
	it("Suffolk's 2.2 Planning (Inadequate, suffolk.txt:137): the three services rated Good on it, with what their reports say", () => {
		const [entry] = learnFrom(rows, ['suffolk'], ['2.2']);
		expect(entry.weak).toEqual([{ serviceId: 'suffolk', name: 'Suffolk', rating: 'Inadequate', source: expect.stringMatching(/^data\/reports\/suffolk\.txt:\d+$/) }]);
		expect(entry.examples.map((e) => [e.name, e.rating])).toEqual([
			['Hartlepool', 'Good'],
			['Thurrock', 'Good'],
			['West Sussex', 'Good']
		]);
		// No strengths are listed under 2.2 in these reports: their paragraphs stand in, each with its lines.
		const westSussex = entry.examples.find((e) => e.serviceId === 'west-sussex')!;
		expect(westSussex.strengths).toEqual([]);
		expect(westSussex.narrative.map((p) => [p.source, p.lineEnd])).toEqual([
			['data/reports/west-sussex.txt:554', 562],
			['data/reports/west-sussex.txt:563', 582]
		]);
		// Hartlepool and Thurrock also list strengths for court disposals as a whole.
		const hartlepool = entry.examples.find((e) => e.serviceId === 'hartlepool')!;
		expect(hartlepool.domainStrengths[0].source).toBe('data/reports/hartlepool.txt:755');
		expect(hartlepool.narrative[0].source).toBe('data/reports/hartlepool.txt:987');
	});

	it('every standard a service is rated below Good on, in framework order, and none it is rated Good on', () => {
		const suffolk = learnFrom(rows, ['suffolk']);
		// suffolk.txt:135-175: 1.1, 1.2, 1.4, 2.1-2.4, 3.1-3.4 below Good; 1.3 and 4.1 Good.
		expect(suffolk.map((e) => e.standard.code)).toEqual(['1.1', '1.2', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']);
		const governance = suffolk[0].examples.find((e) => e.serviceId === 'west-sussex')!;
		expect(governance.strengths).toHaveLength(7);
		expect(governance.narrative).toEqual([]);
	});

	it("never offers Hartlepool's 2020 '3.4 Joint working' as an example for the revised 3.4", () => {
		const [entry] = learnFrom(rows, ['suffolk'], ['3.4']);
		expect(entry.examples.map((e) => e.serviceId)).toEqual(['east-sussex', 'west-sussex']);
	});

	it('groups the weak services of the explorer under one standard; nothing when all are Good or better', () => {
		const [entry] = learnFrom(rows, SERVICES, ['2.2']);
		expect(entry.weak.map((w) => w.serviceId)).toEqual(['east-sussex', 'suffolk']);
		expect(learnFrom(rows, ['thurrock'], ['2.1'])).toEqual([]);
	});
});
