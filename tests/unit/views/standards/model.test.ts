/**
 * Standards explorer: the SQL on the published tables and the building of the
 * view model and its table (the wording: wording.test.ts). Expected values were read from the report texts in
 * data/reports/ (line numbers given beside them), not from this code's output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../../src/lib/server/database';
import {
	ALL_DOMAINS,
	STANDARDS_CHECKS_SQL,
	STANDARDS_FINDINGS_SQL,
	STANDARDS_INSPECTIONS_SQL,
	STANDARDS_KEY_QUESTIONS_SQL,
	STANDARDS_RATINGS_SQL,
	standardsParams,
	type StandardsKeyQuestionRow
} from '../../../../src/lib/db/queries/standards';
import {
	buildStandardsModel,
	reportWordingOf,
	type DomainModel,
	type StandardModel,
	type StandardsRows
} from '../../../../src/lib/views/standards/model';
import { domainTable, standardTable } from '../../../../src/lib/views/standards/table';
import { figureText } from '../../../../src/lib/charts/standards/format';
import { bandSpans } from '../../../../src/lib/charts/standards/marks';
import { selectionOf, standardsDefaults, standardsSpec, type StandardsState } from '../../../../src/lib/state/views/standards';
import { parseQuery, resolve, toQuery } from '../../../../src/lib/state/params';
import type { QueryEngine } from '../../../../src/lib/db/types';

const SERVICES = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
const DEFAULTS = standardsDefaults({ serviceIds: SERVICES });
const state = (changes: Partial<StandardsState>): StandardsState => ({ ...DEFAULTS, ...changes });

let db: QueryEngine;
let all: StandardsRows;

async function rowsFor(services: readonly string[], domains: readonly string[]): Promise<StandardsRows> {
	const params = standardsParams(services, domains);
	return {
		inspections: await db.query(STANDARDS_INSPECTIONS_SQL, [services.join(',')]),
		ratings: await db.query(STANDARDS_RATINGS_SQL, params),
		keyQuestions: await db.query(STANDARDS_KEY_QUESTIONS_SQL, params),
		findings: await db.query(STANDARDS_FINDINGS_SQL, params),
		checks: await db.query(STANDARDS_CHECKS_SQL, params)
	};
}

beforeAll(async () => {
	db = await buildDatabase();
	all = await rowsFor(SERVICES, ALL_DOMAINS);
});

function standardModel(changes: Partial<StandardsState>): StandardModel {
	const model = buildStandardsModel(all, state(changes));
	if (model.kind !== 'standard') throw new Error('expected a standard model');
	return model;
}
const row = (model: StandardModel, service: string) => model.rows.find((r) => r.serviceId === service)!;
const pcts = (model: StandardModel, service: string) => row(model, service).lanes.map((l) => (l.mark ? l.mark.pct : null));

describe('one standard on the real reports', () => {
	it('2.2 Planning: ratings and key questions, sorted by rating', () => {
		const model = standardModel({ standard: '2.2' });
		// Ratings pages: east-sussex.txt:121 Inadequate, suffolk.txt:141 Inadequate, west-sussex.txt:69, hartlepool.txt:77, thurrock.txt:141 Good.
		expect(row(model, 'suffolk').rating).toBe('Inadequate');
		// suffolk.txt:439-441: 57%, 39%, 35% (desistance, child, others).
		expect(pcts(model, 'suffolk')).toEqual([57, 39, 35]);
		expect(row(model, 'suffolk').lanes.map((l) => l.aspect)).toEqual(['desistance', 'safety_of_child', 'safety_of_others']);
		expect(row(model, 'suffolk').lowest?.pct).toBe(35);
		// Sorted by rating, best first; ties by name.
		expect(model.rows.map((r) => r.name)).toEqual(['Hartlepool', 'Thurrock', 'West Sussex', 'East Sussex', 'Suffolk']);
		expect(model.anyKeyQuestions).toBe(true);
	});

	it("marks Hartlepool's figures as derived from the counts it prints", () => {
		const hartlepool = row(standardModel({ standard: '2.2' }), 'hartlepool');
		// hartlepool.txt:975-987: 6 cases, 6 / 4 / 4 'Yes'.
		const child = hartlepool.lanes.find((l) => l.aspect === 'safety_of_child')!.mark!;
		expect(child.derived).toBe(true);
		expect(figureText(child)).toBe('66.7% (4 of 6 cases, derived from counts, a small sample; could plausibly be 30% to 90%)');
		expect([child.basis, child.ci]).toEqual(['printed_for_question', { low: 30, high: 90.3 }]);
		const desistance = hartlepool.lanes.find((l) => l.aspect === 'desistance')!.mark!;
		expect([desistance.nYes, desistance.nCases]).toEqual([6, 6]);
	});

	it('says where a rating departs from the band of its lowest key question, with the report\u2019s words', () => {
		const thurrock = row(standardModel({ standard: '2.2' }), 'thurrock');
		// thurrock.txt:779 63% (child's safety); footnote 19 at thurrock.txt:788.
		expect(thurrock.divergence).toMatchObject({ status: 'discretion', rating: 'Good', band: 'Requires improvement', source: 'data/reports/thurrock.txt:788' });
		expect(thurrock.divergence!.sentence).toBe(
			'Rated Good although its lowest key question, 63% (up to 8 cases, a small sample; could plausibly be 31% to 87%), is in the Requires improvement band; the report says professional discretion was applied.'
		);
		// thurrock.txt:1202: "We examined eight court disposals." The interval crosses both lines around 63% and reaches Good.
		expect(thurrock.certainty).toBe(
			'The lowest key question, 63% of up to 8 cases, is not clearly below the 65% line and not clearly above the 50% line: it could plausibly be 31% to 87%. That range reaches the Good band, so the sample does not rule out the Good rating.'
		);
		expect(thurrock.divergence!.reportWording).toBe("Professional discretion applied to increase the rating from 'Requires improvement' to 'Good'.");

		// east-sussex.txt:120 rates 2.1 Good; its lowest key question is 62% (east-sussex.txt:324) and footnote 3 (line 334) gives no reason.
		const eastSussex = row(standardModel({ standard: '2.1' }), 'east-sussex');
		expect(eastSussex.divergence?.status).toBe('flag');
		expect(eastSussex.divergence!.sentence).toBe(
			'Rated Good although its lowest key question, 62% (up to 13 cases; could plausibly be 36% to 83%), is in the Requires improvement band; the report does not say why.'
		);
		expect(eastSussex.divergence!.reportWording).toBeNull();

		// Suffolk's 2.2 matches its band: no divergence.
		expect(row(standardModel({ standard: '2.2' }), 'suffolk').divergence).toBeNull();
	});

	it("shows a key question a report does not print as not reported, never as 0 (Thurrock 2.4)", () => {
		// thurrock.txt:875-876 print only desistance (100%) and the child's safety (88%).
		const model = standardModel({ standard: '2.4' });
		expect(pcts(model, 'thurrock')).toEqual([100, 88, null]);
		expect(row(model, 'thurrock').lanes[2]).toMatchObject({ aspect: 'safety_of_others', mark: null });
		const sorted = standardModel({ standard: '2.4', sort: 'safety_of_others' });
		expect(sorted.rows[sorted.rows.length - 1].serviceId).toBe('thurrock');
		expect(sorted.rows[sorted.rows.length - 1].sortValue).toBeNull();
		const table = standardTable(model).rows.filter((r) => r.service === 'Thurrock');
		expect(table.map((r) => r.pct_yes)).toEqual([100, 88, null]);
		expect(table[2].note).toBe('Not reported in this inspection.');
	});

	it('filters to one aspect', () => {
		const model = standardModel({ standard: '2.2', aspect: 'safety_of_others' });
		expect(model.rows.every((r) => r.lanes.length === 1 && r.lanes[0].aspect === 'safety_of_others')).toBe(true);
	});

	it("3.4: Hartlepool's printed name and its Joint working key questions; other reports have none", () => {
		const model = standardModel({ standard: '3.4' });
		const hartlepool = row(model, 'hartlepool');
		// hartlepool.txt:97 "3.4 Joint working Outstanding".
		expect(hartlepool.printedName).toBe('Joint working');
		expect(hartlepool.rating).toBe('Outstanding');
		// hartlepool.txt:1969, 1974: 4 of 4 and 1 of 1.
		expect(hartlepool.lanes.map((l) => [l.aspect, l.mark?.nYes, l.mark?.nCases])).toEqual([
			['other', 4, 4],
			['other', 1, 1]
		]);
		for (const id of ['east-sussex', 'suffolk', 'thurrock', 'west-sussex']) {
			expect(row(model, id).hasKeyQuestions).toBe(false);
			expect(row(model, id).lanes).toEqual([]);
		}
	});

	it('4.1: Hartlepool is not rated (it has no resettlement standard), never given a rating', () => {
		const model = standardModel({ standard: '4.1' });
		const hartlepool = row(model, 'hartlepool');
		expect(hartlepool.rating).toBeNull();
		expect(hartlepool.notRatedReason).toMatch(/^Not rated/);
		expect(model.anyKeyQuestions).toBe(false);
		expect(model.rows[model.rows.length - 1].serviceId).toBe('hartlepool');
		// No key-question columns for a standard without key questions.
		expect(standardTable(model).columns.map((c) => c.key)).not.toContain('pct_yes');
	});

	it("findings: the standard's own bullets and prose, the domain's alongside, the domain's alone only where the standard has nothing", () => {
		const model = standardModel({ standard: '1.1' });
		// west-sussex.txt:179-225: 7 strengths, 4 areas for improvement under 1.1, no prose.
		const westSussex = row(model, 'west-sussex').findings;
		expect(westSussex.scope).toBe('standard');
		expect([westSussex.strengths.length, westSussex.improvements.length, westSussex.narrative.length]).toEqual([7, 4, 0]);
		expect(westSussex.strengths[0].source).toBe('data/reports/west-sussex.txt:180');
		// Domain one's "Involvement of children" and "Diversity" sections are prose for the domain (west-sussex.txt:398-483).
		expect([westSussex.domain?.strengths.length, westSussex.domain?.narrative.length]).toEqual([0, 16]);
		// Thurrock and Hartlepool write 1.1 in prose and print the bullets for the whole domain.
		const thurrock = row(model, 'thurrock').findings;
		expect(thurrock.scope).toBe('standard');
		expect(thurrock.narrative).toHaveLength(15);
		expect(thurrock.narrative[0]).toMatchObject({ source: 'data/reports/thurrock.txt:457', lineEnd: 457 });
		expect([thurrock.domain?.strengths.length, thurrock.domain?.improvements.length]).toEqual([13, 4]);

		const planning = standardModel({ standard: '2.2' });
		// hartlepool.txt:753-786: 7 strengths and 2 areas for improvement for court disposals as a whole; prose under 2.2.
		const hartlepool = row(planning, 'hartlepool').findings;
		expect(hartlepool.scope).toBe('standard');
		expect(hartlepool.narrative[0]).toMatchObject({ source: 'data/reports/hartlepool.txt:987', lineEnd: 991 });
		expect([hartlepool.domain?.strengths.length, hartlepool.domain?.improvements.length]).toEqual([7, 2]);
		expect(hartlepool.domain?.strengths[0]).toEqual({
			text: 'Case managers have good engagement skills and know their children and families well.',
			source: 'data/reports/hartlepool.txt:755',
			lineEnd: null
		});
		// The newer reports write 2.2 in prose only: never "no findings" (suffolk.txt:443-452).
		const suffolk = row(planning, 'suffolk').findings;
		expect(suffolk.scope).toBe('standard');
		expect(suffolk.narrative.map((p) => p.source)).toEqual([443, 445, 448, 450, 452].map((l) => `data/reports/suffolk.txt:${l}`));
		for (const id of ['east-sussex', 'west-sussex']) expect(row(planning, id).findings.narrative.length).toBeGreaterThan(0);

		// Hartlepool 2020 has no 4.1 and nothing for domain 4: the only "none".
		expect(row(standardModel({ standard: '4.1' }), 'hartlepool').findings).toEqual({ scope: 'none', strengths: [], improvements: [], narrative: [], domain: null });
	});

	it('keeps only the chosen services', () => {
		const model = standardModel({ standard: '2.2', services: ['suffolk', 'thurrock'] });
		expect(model.rows.map((r) => r.serviceId).sort()).toEqual(['suffolk', 'thurrock']);
	});
});

describe('a whole domain on the real reports', () => {
	it('domain 2: a grid of ratings, best first, with the departures marked', () => {
		const model = buildStandardsModel(all, state({ standard: '2' })) as DomainModel;
		expect(model.kind).toBe('domain');
		expect(model.standards.map((s) => s.code)).toEqual(['2.1', '2.2', '2.3', '2.4']);
		// thurrock.txt:135-153: Outstanding, Good, Outstanding, Outstanding; suffolk.txt:135-153: RI, I, I, I.
		const thurrock = model.rows.find((r) => r.serviceId === 'thurrock')!;
		expect(thurrock.cells.map((c) => c.rating)).toEqual(['Outstanding', 'Good', 'Outstanding', 'Outstanding']);
		expect(model.rows[0].serviceId).toBe('thurrock');
		expect(model.rows[model.rows.length - 1].serviceId).toBe('suffolk');
		expect(thurrock.cells[1].divergence?.status).toBe('discretion');
		const eastSussex = model.rows.find((r) => r.serviceId === 'east-sussex')!;
		expect(eastSussex.cells[0].divergence?.status).toBe('flag');
		expect(domainTable(model).rows).toHaveLength(5 * 4);
	});

	it("domain 4: Hartlepool's resettlement cell is not rated", () => {
		const model = buildStandardsModel(all, state({ standard: '4' })) as DomainModel;
		const hartlepool = model.rows.find((r) => r.serviceId === 'hartlepool')!;
		expect(hartlepool.cells.map((c) => c.rating)).toEqual([null]);
		const row = domainTable(model).rows.find((r) => r.service === 'Hartlepool')!;
		expect(row.rating).toBeNull();
	});
});

describe('build rows and live rows give the same chart', () => {
	const cases: Partial<StandardsState>[] = [
		{ standard: '2.2', services: ['suffolk', 'thurrock'], sort: 'safety_of_others' },
		{ standard: '3.4', services: ['hartlepool', 'west-sussex'] },
		{ standard: '2.4', aspect: 'safety_of_others' },
		{ standard: '1', sort: 'name', services: ['east-sussex', 'thurrock'] },
		{ standard: '4.1', services: ['hartlepool'] }
	];
	for (const c of cases) {
		it(`${JSON.stringify(c)}`, async () => {
			const s = state(c);
			const live = await rowsFor(s.services, [selectionOf(s.standard).domain.code]);
			expect(buildStandardsModel(live, s)).toEqual(buildStandardsModel(all, s));
		});
	}
});

describe('shaping edge cases', () => {
	const base = (kq: Partial<StandardsKeyQuestionRow>[]): StandardsRows => ({
		inspections: [{ inspection_id: 'x-2022', service_id: 'x', service_name: 'X YJS', local_authority: 'X', framework: 'revised', fieldwork: '2022-05', published: null }],
		ratings: [{ inspection_id: 'x-2022', standard_code: '2.1', domain: '2', standard_name: 'Assessment', rating: 'Good', points: 2, source: 'data/reports/x.txt:10' }],
		keyQuestions: kq.map((k) => ({
			inspection_id: 'x-2022',
			standard_code: '2.1',
			aspect: 'desistance',
			question: 'Q?',
			pct_yes: 70,
			n_yes: null,
			n_cases: null,
			derived: false,
			source: 'data/reports/x.txt:20',
			n_cases_basis: null,
			ci_low: null,
			ci_high: null,
			...k
		})),
		findings: [],
		checks: []
	});
	const xState = state({ standard: '2.1', services: ['x'] });

	it('a key question printed without a figure is not reported, not zero', () => {
		const model = buildStandardsModel(base([{ aspect: 'desistance', pct_yes: null }]), xState) as StandardModel;
		expect(model.rows[0].lanes.map((l) => l.mark)).toEqual([null, null, null]);
		expect(model.rows[0].lowest).toBeNull();
		expect(standardTable(model).rows.map((r) => r.pct_yes)).toEqual([null, null, null]);
	});

	it('no services: no rows', () => {
		const model = buildStandardsModel(base([]), state({ standard: '2.1', services: ['nobody'] }));
		expect(model.rows).toEqual([]);
	});

	it('a report with no key questions for a case-based standard says so in the table', () => {
		const model = buildStandardsModel(base([]), xState) as StandardModel;
		expect(model.rows[0].hasKeyQuestions).toBe(false);
		expect(standardTable(model).rows[0].note).toBe('Key questions not reported in this inspection.');
	});

	it("reads the report's words out of a discretion check", () => {
		expect(reportWordingOf('Rated above the band (33% safety_of_child); the report says: "²⁴ Planning met our criteria."')).toBe('Planning met our criteria.');
		expect(reportWordingOf('Rated above the band; the report does not say discretion was applied.')).toBeNull();
		expect(reportWordingOf(null)).toBeNull();
	});
});

describe('bands', () => {
	it('draws the bands from the framework thresholds 50/65/80', () => {
		expect(bandSpans().map((b) => [b.rating, b.from, b.to, b.range])).toEqual([
			['Inadequate', 0, 50, '<50%'],
			['Requires improvement', 50, 65, '50\u201364%'],
			['Good', 65, 80, '65\u201379%'],
			['Outstanding', 80, 100, '\u226580%']
		]);
	});
});

describe('URL state', () => {
	const spec = standardsSpec({ serviceIds: SERVICES });

	it('reads the documented link', () => {
		const parsed = parseQuery('standard=2.2&sort=safety_of_others&services=suffolk,thurrock', spec);
		expect(parsed.notices).toEqual([]);
		expect(resolve(parsed.chosen, DEFAULTS)).toEqual({ ...DEFAULTS, standard: '2.2', sort: 'safety_of_others', services: ['suffolk', 'thurrock'] });
	});

	it('a domain code selects the whole domain; defaults stay out of the link', () => {
		expect(selectionOf('3')).toMatchObject({ kind: 'domain', domain: { code: '3' } });
		expect(selectionOf('3.2')).toMatchObject({ kind: 'standard', standard: { code: '3.2' }, domain: { code: '3' } });
		expect(toQuery({ standard: '2.1', aspect: 'all', services: SERVICES }, spec, DEFAULTS)).toBe('');
		expect(toQuery({ standard: '3', services: ['thurrock', 'suffolk'] }, spec, DEFAULTS)).toBe('standard=3&services=suffolk,thurrock');
	});

	it('names what it cannot apply', () => {
		const parsed = parseQuery('standard=9.9&aspect=safety&services=suffolk,atlantis', spec);
		expect(parsed.chosen).toEqual({ services: ['suffolk'] });
		expect(parsed.notices).toEqual([
			"Unknown standard or domain '9.9' ignored",
			"Unknown aspect 'safety' ignored",
			"Unknown service 'atlantis' ignored"
		]);
	});
});

describe('domain sorting', () => {
	it('sorts the grid by name when asked, and by rating for an aspect sort', () => {
		const byName = buildStandardsModel(all, state({ standard: '1', sort: 'name' })) as DomainModel;
		expect(byName.rows.map((r) => r.name)).toEqual(['East Sussex', 'Hartlepool', 'Suffolk', 'Thurrock', 'West Sussex']);
		const byAspect = buildStandardsModel(all, state({ standard: '2', sort: 'desistance', aspect: 'desistance' })) as DomainModel;
		expect(byAspect.rows[0].serviceId).toBe('thurrock');
	});
});
