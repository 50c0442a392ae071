/**
 * Shaping of the disproportionality view on the real tables (static/data,
 * through the build-time database and the view's own SQL) and on hand-made
 * rows for edge cases.
 *
 * Expected figures were read from the report text:
 * - west-sussex.txt:997-999: caseload White 76%, "Black, Asian and minority ethnic" 18%, Unknown 6%;
 *   "Youth population (10-17 years) in West Sussex YJS" 91.4%, 8.6%, "-" (no unknown share);
 *   :1003-1004 gender 76.7% / 23.3% against National average 86% / 14%; :1044 looked after resident 18.4%.
 * - thurrock.txt:357-358: caseload 62% / 27% / 12% against "Youth population (school age children)
 *   in Thurrock" 81% / 19% / 0%; :353-354 age 23% / 77% against National average 18% / 82%;
 *   :394 looked after resident 17%; :575 SEND 27%.
 * - hartlepool.txt:181 heading "Demographics of children cautioned or sentenced"; :197-199
 *   ethnicity 97% / 3% / 0% against National average 70% / 26% / 4%; :185-187 age 32% / 68% vs 23% / 77%.
 * - suffolk.txt:392 "girls make up 20 per cent of the caseload"; east-sussex.txt:152 "Girls make up 21 per cent".
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../../src/lib/server/database';
import {
	CARE_FACTS_SQL,
	DEMOGRAPHICS_SQL,
	type CareFactRow,
	type DemographicRow
} from '../../../../src/lib/db/queries/disproportionality';
import { comparatorKind, shapeCare, shapeDemographics } from '../../../../src/lib/views/disproportionality/model';
import { NOT_REPORTED } from '../../../../src/lib/views/disproportionality/wording';
import { REPORT_TABLES } from '../../../../src/lib/charts/disproportionality/reportTables';
import { careTable, demographicTable, rateTable } from '../../../../src/lib/views/disproportionality/table';
import { mergeRows } from '../../../../src/lib/charts/mergeRows';
import { reportText } from '../../../../src/lib/ingest/text';
import { disproportionalityDefaults, disproportionalitySpec, type Dimension } from '../../../../src/lib/state/views/disproportionality';
import { parseQuery, resolve, toQuery } from '../../../../src/lib/state/params';

const ALL = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
let demographics: DemographicRow[];
let care: CareFactRow[];

beforeAll(async () => {
	const db = await buildDatabase();
	demographics = await db.query<DemographicRow>(DEMOGRAPHICS_SQL, ['age,ethnicity,gender', ALL.join(',')]);
	care = await db.query<CareFactRow>(CARE_FACTS_SQL, [ALL.join(',')]);
});

const model = (dimension: Dimension, services = ALL) => shapeDemographics(demographics, care, { dimension, services });
const svc = (m: ReturnType<typeof model>, id: string) => m.services.find((s) => s.serviceId === id)!;
const cat = (m: ReturnType<typeof model>, id: string, category: string) => svc(m, id).categories.find((c) => c.category === category)!;

describe('caseload against the comparator each report prints', () => {
	it('keeps every chosen service, in order, and says "Not reported" for reports without a table', () => {
		const m = model('ethnicity');
		expect(m.services.map((s) => s.serviceId)).toEqual(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex']);
		expect(m.services.filter((s) => !s.reported).map((s) => s.serviceId)).toEqual(['east-sussex', 'suffolk']);
		expect(svc(m, 'suffolk').categories).toEqual([]);
		expect(m.summary).toContain(`${NOT_REPORTED}: East Sussex and Suffolk.`);
	});

	it('gives the printed shares and comparator labels exactly', () => {
		const m = model('ethnicity');
		expect(cat(m, 'west-sussex', 'black_asian_minority_ethnic').caseload?.pct).toBe(18);
		expect(cat(m, 'west-sussex', 'black_asian_minority_ethnic').comparator?.pct).toBe(8.6);
		expect(svc(m, 'west-sussex').comparatorLabel).toBe('Youth population (10-17 years) in West Sussex YJS');
		expect(svc(m, 'thurrock').comparatorLabel).toBe('Youth population (school age children) in Thurrock');
		expect(svc(m, 'hartlepool').comparatorLabel).toBe('National average');
		// A printed 0% is a real zero; the West Sussex "-" is no share at all.
		expect(cat(m, 'hartlepool', 'unknown').caseload?.pct).toBe(0);
		expect(cat(m, 'west-sussex', 'unknown').comparator).toBeNull();
		expect(svc(m, 'hartlepool').table.heading?.text).toBe('Demographics of children cautioned or sentenced');
		expect(cat(m, 'thurrock', 'black_asian_minority_ethnic').printedLabel).toBe('Black and minority ethnic');
		expect(cat(m, 'west-sussex', 'black_asian_minority_ethnic').printedLabel).toBeNull();
	});

	it('computes a relative rate only against a local youth population', () => {
		const m = model('ethnicity');
		expect(cat(m, 'west-sussex', 'black_asian_minority_ethnic').relativeRate).toBeCloseTo(18 / 8.6, 10);
		expect(cat(m, 'thurrock', 'black_asian_minority_ethnic').relativeRate).toBeCloseTo(27 / 19, 10);
		expect(cat(m, 'thurrock', 'white').relativeRate).toBeCloseTo(62 / 81, 10);
		// Hartlepool prints a national average: no rate, and said so.
		expect(cat(m, 'hartlepool', 'black_asian_minority_ethnic').relativeRate).toBeNull();
		expect(m.rate.withoutLocal.find((w) => w.serviceId === 'hartlepool')?.reason).toBe('only a national average is printed');
		expect(m.rate.rows.map((r) => r.serviceId)).not.toContain('hartlepool');
		// Thurrock prints 0% for the population's unknown group: division by zero is refused in words.
		const unknown = m.rate.rows.find((r) => r.serviceId === 'thurrock' && r.category === 'unknown')!;
		expect(unknown.rate).toBeNull();
		expect(unknown.rateNote).toMatch(/printed as 0%/);
		expect(m.rate.title).toBe(
			'Black, Asian and minority ethnic children are over-represented against the local youth population in West Sussex (2.09×) and Thurrock (1.42×)'
		);
		expect(m.title).toBe(
			'West Sussex shows the largest over-representation: Black, Asian and minority ethnic children are 18% of its caseload against 8.6% of its local youth population'
		);
	});

	it('has no rate chart for age and gender, whose only comparator is a national average', () => {
		for (const d of ['age', 'gender'] as const) {
			const m = model(d);
			expect(m.rate.rows).toEqual([]);
			expect(m.rate.emptyReason).toMatch(/only with a national average/);
		}
		const age = model('age');
		expect(cat(age, 'hartlepool', '10-14').caseload?.pct).toBe(32);
		expect(cat(age, 'hartlepool', '10-14').comparator?.pct).toBe(23);
		expect(age.title).toBe(
			'Hartlepool is furthest above its comparator: children aged 10–14 are 32% of its children cautioned or sentenced against 23% (National average)'
		);
	});

	it('quotes the prose share of girls for the reports without a gender table, marked as prose', () => {
		const m = model('gender');
		const suffolk = svc(m, 'suffolk');
		expect(suffolk.reported).toBe(false);
		expect(suffolk.prose).toHaveLength(1);
		expect(suffolk.prose[0].value).toBe(20);
		expect(suffolk.prose[0].sentence).toContain('girls make up 20 per cent of the caseload');
		expect(suffolk.prose[0].source).toBe('data/reports/suffolk.txt:392');
		expect(svc(m, 'east-sussex').prose[0].value).toBe(21);
		// Only where no table is printed.
		expect(svc(m, 'east-sussex').prose).toHaveLength(1);
		expect(cat(m, 'west-sussex', 'female').caseload?.pct).toBe(23.3);
		expect(cat(m, 'west-sussex', 'female').caseload?.pct).toBe(23.3);
		expect(cat(m, 'west-sussex', 'female').comparator?.pct).toBe(14);
	});

	it('quotes the prose minority ethnic shares (caseload and school population) where no ethnicity table is printed', () => {
		const m = model('ethnicity');
		const eastSussex = svc(m, 'east-sussex');
		expect(eastSussex.reported).toBe(false);
		expect(eastSussex.prose.map((p) => [p.label, p.value, p.source])).toEqual([
			['Children from a minority ethnic background in the caseload', 11.5, 'data/reports/east-sussex.txt:152'],
			['Children from a minority ethnic background in the school population (January 2023)', 15.4, 'data/reports/east-sussex.txt:152']
		]);
		// No relative rate from prose: the school population is not the local youth population.
		expect(m.rate.rows.some((r) => r.serviceId === 'east-sussex')).toBe(false);
		// Suffolk states the ethnicity of the children cautioned or sentenced (not of its caseload) over two sentences.
		expect(svc(m, 'suffolk').prose.map((p) => [p.label, p.value, p.source])).toEqual([
			['Black and minority ethnic children among those cautioned or sentenced', 34, 'data/reports/suffolk.txt:386'],
			['White children among those cautioned or sentenced', 55, 'data/reports/suffolk.txt:386']
		]);
		expect(m.rate.rows.some((r) => r.serviceId === 'suffolk')).toBe(false);
		// Reports with an ethnicity table quote nothing.
		for (const id of ['west-sussex', 'thurrock', 'hartlepool']) expect(svc(m, id).prose, id).toEqual([]);
	});

	it("quotes Suffolk's prose age share, whose sentence gives the national figure beside it", () => {
		const suffolk = svc(model('age'), 'suffolk');
		expect(suffolk.reported).toBe(false);
		expect(suffolk.prose.map((p) => [p.label, p.value, p.source])).toEqual([
			['Children aged 10–14 among those cautioned or sentenced', 31, 'data/reports/suffolk.txt:396']
		]);
		expect(suffolk.prose[0].sentence).toContain('while the national figure is 18 per cent');
	});

	it('filters to the chosen services and words a choice with no table', () => {
		const m = model('ethnicity', ['suffolk', 'east-sussex']);
		expect(m.services.map((s) => s.serviceId)).toEqual(['east-sussex', 'suffolk']);
		expect(m.reportedCount).toBe(0);
		expect(m.title).toBe("None of the chosen services' reports prints a table of children by ethnicity");
		expect(m.rate.emptyReason).toBe("None of the chosen services' reports prints a table of children by ethnicity.");
	});

	it('gives the same model from the live rows (only the chosen dimension and services) as from the build rows', async () => {
		const db = await buildDatabase();
		const live = await db.query<DemographicRow>(DEMOGRAPHICS_SQL, ['gender', 'thurrock,suffolk']);
		const liveCare = await db.query<CareFactRow>(CARE_FACTS_SQL, ['thurrock,suffolk']);
		const state = { dimension: 'gender' as const, services: ['suffolk', 'thurrock'] };
		expect(shapeDemographics(live, liveCare, state)).toEqual(shapeDemographics(demographics, care, state));
	});
});

describe('tables', () => {
	it('shows the numbers of the chart, with missing shares empty (never 0)', () => {
		const m = model('ethnicity');
		const { rows } = demographicTable(m);
		const suffolk = rows.filter((r) => r.service === 'Suffolk');
		expect(suffolk).toHaveLength(1);
		expect(suffolk[0].caseload_pct).toBeNull();
		expect(suffolk[0].comparator_pct).toBeNull();
		const hpUnknown = rows.find((r) => r.service === 'Hartlepool' && r.group === 'Unknown')!;
		expect(hpUnknown.caseload_pct).toBe(0);
		expect(hpUnknown.source).toBe('data/reports/hartlepool.txt:197');
		const rate = rateTable(m).rows.find((r) => r.service === 'West Sussex' && r.group === 'Black, Asian and minority ethnic')!;
		expect(rate.relative_rate).toBe(2.09);
	});
});

describe('care and support status', () => {
	it('shows only measures some chosen report prints, and "Not reported" for the others', () => {
		const m = shapeCare(care, { services: ALL });
		const lac = m.measures.find((x) => x.measure === 'looked_after_resident_pct')!;
		expect(lac.cells.map((c) => [c.serviceId, c.value])).toEqual([
			['east-sussex', null],
			['hartlepool', null],
			['suffolk', null],
			['thurrock', 17],
			['west-sussex', 18.4]
		]);
		const send = m.measures.find((x) => x.measure === 'send_pct')!;
		expect(send.cells.find((c) => c.serviceId === 'thurrock')?.value).toBe(27);
		expect(send.cells.find((c) => c.serviceId === 'west-sussex')?.value).toBeNull();
		expect(m.services.filter((s) => !s.reportsAny).map((s) => s.serviceId)).toEqual(['east-sussex', 'hartlepool', 'suffolk']);
		expect(m.title).toBe(
			'West Sussex has the largest share of looked-after children resident in the area (18.4%); East Sussex, Hartlepool and Suffolk print no such figures'
		);
		const table = careTable(m).rows.filter((r) => r.service === 'Suffolk');
		expect(table.every((r) => r.pct === null)).toBe(true);
	});

	it('has no measures when no chosen report prints any', () => {
		const m = shapeCare(care, { services: ['suffolk'] });
		expect(m.measures).toEqual([]);
		expect(m.title).toBe("None of the chosen services' reports prints the care status of its caseload");
	});
});

describe('comparator kinds and hand-made rows', () => {
	it('classifies comparator labels', () => {
		expect(comparatorKind('National average')).toBe('national_average');
		expect(comparatorKind('Youth population (10-17 years) in West Sussex YJS')).toBe('local_population');
		expect(comparatorKind('England and Wales')).toBe('other');
		expect(comparatorKind(null)).toBe('other');
	});

	it('uses only the latest inspection of a service', () => {
		const base = { service_id: 'x', service_name: 'X YJS', local_authority: 'X', dimension: 'age', population_label: 'National average', source: 'data/reports/x.txt:1' };
		const rows: DemographicRow[] = [
			{ ...base, inspection_id: 'x-2019', fieldwork: '2019-01', category: '10-14', population: 'caseload', pct: 40 },
			{ ...base, inspection_id: 'x-2023', fieldwork: '2023-05', category: '10-14', population: 'caseload', pct: 25 }
		];
		const m = shapeDemographics(rows, [], { dimension: 'age', services: ['x'] });
		expect(m.services).toHaveLength(1);
		expect(m.services[0].inspectionId).toBe('x-2023');
		expect(m.services[0].categories[0].caseload?.pct).toBe(25);
	});

	it('never divides by a comparator that is not a local population, even when both shares exist', () => {
		const base = { service_id: 'x', service_name: 'X YJS', local_authority: 'X', inspection_id: 'x-2022', fieldwork: '2022', dimension: 'ethnicity', category: 'white', source: 's' };
		const rows: DemographicRow[] = [
			{ ...base, population: 'caseload', population_label: 'X YJS', pct: 50 },
			{ ...base, population: 'comparator', population_label: 'England and Wales', pct: 80 }
		];
		const m = shapeDemographics(rows, [], { dimension: 'ethnicity', services: ['x'] });
		expect(m.services[0].categories[0].relativeRate).toBeNull();
		expect(m.rate.rows).toEqual([]);
	});
});

describe('report table headings and footnotes', () => {
	it('cites lines that carry the quoted text', () => {
		const norm = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
		for (const [inspection, info] of Object.entries(REPORT_TABLES)) {
			const citations = [info.heading, info.ethnicGroupLabel, ...info.footnotes];
			for (const c of citations) {
				const m = /^data\/reports\/(.+\.txt):(\d+)$/.exec(c.source)!;
				expect(m, c.source).not.toBeNull();
				const report = reportText(`data/reports/${m[1]}`, readFileSync(`data/reports/${m[1]}`, 'utf8'));
				const at = report.lines.findIndex((l) => l.no === Number(m[2]));
				// A wrapped label may run onto the next non-blank lines.
				const text = norm(report.lines.slice(at, at + 4).map((l) => l.text).join(' '));
				expect(text, `${inspection} ${c.source}`).toContain(norm(c.text));
			}
		}
	});
});

describe('URL state', () => {
	const o = { serviceIds: ALL };
	it('round-trips and leaves defaults out', () => {
		const spec = disproportionalitySpec(o);
		const d = disproportionalityDefaults(o);
		expect(toQuery({ dimension: 'ethnicity', services: ALL, view: 'chart' }, spec, d)).toBe('');
		const q = toQuery({ dimension: 'gender', services: ['thurrock', 'suffolk'], view: 'table' }, spec, d);
		expect(q).toBe('dimension=gender&services=suffolk,thurrock&view=table');
		expect(resolve(parseQuery(q, spec).chosen, d)).toEqual({ dimension: 'gender', services: ['suffolk', 'thurrock'], view: 'table' });
		expect(parseQuery('dimension=religion', spec).notices).toEqual(["Unknown dimension 'religion' ignored"]);
	});
});

describe('mergeRows', () => {
	it('fills a pending live answer from the build rows and prefers live rows', () => {
		const key = (r: { k: string }) => r.k;
		expect(mergeRows([{ k: 'a', v: 2 }], [{ k: 'a', v: 1 }, { k: 'b', v: 1 }], key)).toEqual([
			{ k: 'a', v: 2 },
			{ k: 'b', v: 1 }
		]);
	});
});
