/**
 * The compare view on the real tables (static/data, through the build-time
 * database and the view's SQL): the catalogue's ids, search, and the
 * side-by-side model.
 *
 * Expected values were read from the report text and static/data/*.csv:
 * - scores: suffolk.txt:97 "9/36", thurrock.txt:97 "26/36"; hartlepool.txt:53 26/36.
 * - ratings (overview test, suffolk.txt:109-187, thurrock ratings page): 2.2 Planning
 *   Suffolk Inadequate, Thurrock Good.
 * - key questions: suffolk.txt:494 reviewing / other people's safety 43%; Thurrock's 2.4
 *   table (thurrock.txt:874-876) prints only desistance 100% and the child's safety 88%.
 * - facts: vacancy rate Suffolk 9% (suffolk.txt:285, prose), Thurrock 8% (thurrock.txt:505).
 * - national_scores.csv: Hartlepool (no hmip_ref) 26, "2020/21 (fieldwork late 2020)";
 *   Wakefield 2025 youth-2025, no score, rating Good; Bridgend (Wales) score_parse_error;
 *   Bedfordshire covers Bedford Borough; Central Bedfordshire.
 * - la_indicators.csv, 2024: first-time entrants Thurrock 168, Bedford Borough 156,
 *   Central Bedfordshire 93; Cumbria suppressed; spend 2024-25 Thurrock 794151;
 *   Derby (831) 2024 first-time entrants 88.
 * - service_register.csv / inspection_history.csv: 155 services; Derby's latest is
 *   derby-2025 (2025 framework, Outstanding, no score); Leeds leeds-2019 (Requires
 *   improvement, no published score); Cardiff (Wales) cardiff-2020 Inadequate;
 *   Bedfordshire joint: Bedford Borough (822), Central Bedfordshire (823).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../../src/lib/server/database';
import {
	COMPARE_FACTS_SQL,
	COMPARE_KEY_QUESTIONS_SQL,
	COMPARE_LA_SQL,
	COMPARE_RATINGS_SQL,
	LA_ENTITIES_SQL,
	LA_LATEST_SQL,
	NATIONAL_ENTITIES_SQL,
	REGISTER_ENTITIES_SQL,
	REPORT_ENTITIES_SQL,
	type CompareFactRow,
	type CompareKeyQuestionRow,
	type CompareLaRow,
	type CompareRatingRow,
	type LaEntityRow,
	type LaLatestRow,
	type NationalEntityRow,
	type RegisterEntityRow,
	type ReportEntityRow
} from '../../../../src/lib/db/queries/compare';
import { buildCatalogue, entitiesFor, pickerOptions, type CompareEntity } from '../../../../src/lib/views/compare/catalogue';
import { nationalRowFor, shapeCompare, type CompareData, type CompareModel } from '../../../../src/lib/views/compare/model';
import { scoreTable, sideBySideCsv } from '../../../../src/lib/views/compare/table';
import { COMPARE_DEFAULTS, compareSpec } from '../../../../src/lib/state/views/compare';
import { parseQuery, resolve, toQuery } from '../../../../src/lib/state/params';

let catalogue: CompareEntity[];
let data: CompareData;

beforeAll(async () => {
	const db = await buildDatabase();
	const reports = await db.query<ReportEntityRow>(REPORT_ENTITIES_SQL);
	const national = await db.query<NationalEntityRow>(NATIONAL_ENTITIES_SQL);
	const las = await db.query<LaEntityRow>(LA_ENTITIES_SQL);
	const register = await db.query<RegisterEntityRow>(REGISTER_ENTITIES_SQL);
	catalogue = buildCatalogue(register, reports, national, las);
	const services = reports.map((r) => r.service_id).join(',');
	data = {
		ratings: await db.query<CompareRatingRow>(COMPARE_RATINGS_SQL, [services]),
		keyQuestions: await db.query<CompareKeyQuestionRow>(COMPARE_KEY_QUESTIONS_SQL, [services]),
		facts: await db.query<CompareFactRow>(COMPARE_FACTS_SQL, [services]),
		la: await db.query<CompareLaRow>(COMPARE_LA_SQL, [las.map((l) => l.dfe_la_number).join(',')]),
		laLatest: await db.query<LaLatestRow>(LA_LATEST_SQL),
		national
	};
});

const compare = (ids: string[]) => shapeCompare(entitiesFor(catalogue, ids), data);
const row = (m: CompareModel, key: string) => m.sections.flatMap((s) => s.rows).find((r) => r.key === key);
const cell = (m: CompareModel, key: string, id: string) => row(m, key)?.cells.find((c) => c.entityId === id);

describe('catalogue ids', () => {
	it('covers every register service (the five with a report among them), national row and local authority with unique, stable slugs', () => {
		const ids = catalogue.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(catalogue.filter((e) => e.kind === 'report').map((e) => e.id)).toEqual(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex']);
		expect(catalogue.filter((e) => e.register)).toHaveLength(155);
		expect(catalogue.filter((e) => e.kind === 'service')).toHaveLength(150);
		// Register services first, by name: the report services keep their ids, which are their register slugs.
		expect(catalogue.slice(0, 155).every((e) => e.register)).toBe(true);
		expect(catalogue.filter((e) => e.kind === 'national')).toHaveLength(86);
		expect(catalogue.filter((e) => e.kind === 'la')).toHaveLength(158);
		for (const id of ids) expect(id).toMatch(/^([a-z0-9-]+|hmip:[a-z0-9-]+|national:[a-z0-9-]+-\d{4}|la:\d+)$/);
		expect(ids).toContain('hmip:thurrockyos');
		expect(ids).toContain('la:883');
		// The three national rows without an HMIP slug.
		expect(ids.filter((id) => id.startsWith('national:')).sort()).toEqual([
			'national:brighton-and-hove-2021',
			'national:hartlepool-2020',
			'national:wakefield-2025'
		]);
	});

	it('has one latest year, unit and source per LAIT measure', () => {
		const measures = data.laLatest.map((l) => l.measure);
		expect(new Set(measures).size).toBe(measures.length);
		expect(data.laLatest.find((l) => l.measure === 'first_time_entrant_rate')).toMatchObject({ year: 2024, period: '2024' });
	});

	it('maps a national row to its authorities by LAIT name, one by one', () => {
		const beds = catalogue.find((e) => e.id === 'hmip:bedfordshire-yos')!;
		expect(beds.laNames).toEqual(['Bedford Borough', 'Central Bedfordshire']);
		expect(catalogue.find((e) => e.id === 'hmip:bridgend-jys')!.laNumbers).toEqual([]);
	});
});

describe('picker options (one per register service, ranked by searchRank)', () => {
	const ids = (q: string, exclude: string[] = []) => pickerOptions(catalogue, q, exclude).map((e) => e.id);

	it('lists every register service once, by name, and nothing else', () => {
		const all = pickerOptions(catalogue, '');
		expect(all).toHaveLength(155);
		expect(all.every((e) => e.register && (e.kind === 'report' || e.kind === 'service'))).toBe(true);
		expect(new Set(all.map((e) => e.id)).size).toBe(155);
		expect(all[0].id).toBe('barking-and-dagenham');
	});

	it('ranks exact and prefix matches first: Derby before Derbyshire', () => {
		expect(ids('Derby').slice(0, 2)).toEqual(['derby', 'derbyshire']);
		expect(ids('derbys')[0]).toBe('derbyshire');
		// One Thurrock entry, not its report, national row and authority separately.
		expect(ids('thurr')).toEqual(['thurrock']);
		expect(ids('THURROCK', ['thurrock'])).toEqual([]);
		expect(ids('zzzz')).toEqual([]);
		// A member authority finds its joint service.
		expect(ids('Central Bedfordshire')).toEqual(['bedfordshire']);
		expect(ids('leeds')[0]).toBe('leeds');
	});

	it('says what each service has and why a measure is missing', () => {
		const byId = (id: string) => catalogue.find((e) => e.id === id)!;
		expect(byId('cardiff').holdings).toMatch(/^Welsh services have no LAIT figures; inspections: 2020 Inadequate; /);
		expect(byId('derby').holdings).toBe(
			'LAIT: Derby; inspections: 2025 Outstanding; latest on the 2025 framework, which has no score; no inspection report here, so no standard ratings'
		);
		expect(byId('bedfordshire').holdings).toMatch(/^LAIT: Bedford Borough and Central Bedfordshire; inspections: /);
		expect(byId('suffolk').holdings).toMatch(/inspection report here: every standard and key question$/);
	});
});

describe('register services side by side', () => {
	it('shows Derby (2025 framework) with its rating, no score as missing (never zero), and its LAIT figures', () => {
		const m = compare(['leeds', 'derby', 'thurrock']);
		expect(m.entities.map((e) => e.id)).toEqual(['derby', 'leeds', 'thurrock']);
		expect(cell(m, 'score', 'derby')).toMatchObject({ missing: true, value: null, text: 'Not reported: 2025 framework, not scored out of 36' });
		expect(cell(m, 'overall_rating', 'derby')).toMatchObject({ rating: 'Outstanding', missing: false });
		expect(cell(m, 'overall_rating', 'derby')?.sources[0]).toMatch(/derby-city-2025$/);
		expect(cell(m, 'framework', 'derby')?.text).toBe('2025 framework');
		expect(cell(m, 'framework', 'thurrock')?.text).toMatch(/^2018–2024 standards/);
		expect(cell(m, 'standard:2.2', 'derby')?.text).toBe('Not reported: no inspection report here');
		expect(cell(m, 'la:first_time_entrant_rate', 'derby')).toMatchObject({ missing: false, value: 88 });
		expect(cell(m, 'score', 'leeds')).toMatchObject({ missing: true, text: 'Not reported: no published score for this inspection' });
		expect(cell(m, 'overall_rating', 'leeds')?.rating).toBe('Requires improvement');
		const bars = m.scores.bars;
		expect(bars.find((b) => b.entityId === 'derby')).toMatchObject({ score: null, missingReason: 'Not reported: 2025 framework, not scored out of 36' });
		expect(m.scores.title).toBe('Only Thurrock (report 2022) has a score out of 36: 26/36 (Good)');
	});

	it('shows a Welsh service with its inspection and no LAIT figures, in words', () => {
		const m = compare(['cardiff', 'suffolk']);
		expect(cell(m, 'overall_rating', 'cardiff')?.rating).toBe('Inadequate');
		expect(cell(m, 'date', 'cardiff')?.text).toBe('published Jul 2020');
		expect(cell(m, 'la:first_time_entrant_rate', 'cardiff')?.text).toBe('Not reported: Welsh service, no LAIT figures');
	});

	it("lists a joint register service's authorities one by one", () => {
		const m = compare(['bedfordshire', 'thurrock']);
		expect(cell(m, 'la:first_time_entrant_rate', 'bedfordshire')?.text).toBe('Bedford Borough: 156; Central Bedfordshire: 93');
	});
});

describe('side by side', () => {
	it('compares Suffolk and Thurrock on score, rating and standards', () => {
		const m = compare(['thurrock', 'suffolk']);
		expect(m.entities.map((e) => e.id)).toEqual(['suffolk', 'thurrock']);
		expect(cell(m, 'score', 'suffolk')).toMatchObject({ value: 9, text: '9/36', sources: ['data/reports/suffolk.txt:97'] });
		expect(cell(m, 'score', 'thurrock')).toMatchObject({ value: 26, sources: ['data/reports/thurrock.txt:97'] });
		expect(cell(m, 'overall_rating', 'suffolk')?.rating).toBe('Requires improvement');
		expect(cell(m, 'standard:2.2', 'suffolk')?.rating).toBe('Inadequate');
		expect(cell(m, 'standard:2.2', 'thurrock')?.rating).toBe('Good');
		expect(m.scores.title).toBe('Thurrock (report 2022) scores highest, 26/36 (Good); Suffolk (report 2022) lowest, 9/36 (Requires improvement)');
		// Thurrock Outstanding and Suffolk Inadequate on 2.3, 2.4 and 3.1: three standards tie for the widest gap, all named.
		expect(m.standards.title).toMatch(/; widest gap, 3 points, on 3 standards: 2\.3 Implementation and delivery, 2\.4 Reviewing and 3\.1 Assessment$/);
		// One widest gap: named with both ratings (Hartlepool 3.1 Outstanding, Suffolk Inadequate).
		expect(compare(['hartlepool', 'suffolk']).standards.title).toBe(
			'Rated differently on 10 of 13 standards; widest gap on 3.1 Assessment (out-of-court disposals): Hartlepool (report 2020) Outstanding, Suffolk (report 2022) Inadequate'
		);
		expect(compare(['hartlepool', 'west-sussex']).standards.title).toMatch(/; widest gap, 1 point, on 6 standards: 1\.1 Governance and leadership, /);
		// The national table's row for the same inspection agrees with the report.
		expect(cell(m, 'national_row', 'suffolk')?.note).toBe('agrees with the report');
	});

	it('says "Not reported in this inspection" for a key question a report does not print', () => {
		const m = compare(['suffolk', 'thurrock']);
		expect(cell(m, 'kq:2.4|safety_of_others', 'suffolk')).toMatchObject({ value: 43, missing: false });
		const thurrock = cell(m, 'kq:2.4|safety_of_others', 'thurrock')!;
		expect(thurrock.missing).toBe(true);
		expect(thurrock.value).toBeNull();
		expect(thurrock.text).toBe('Not reported in this inspection');
	});

	it('lists the report figures both print, and the rest only some print', () => {
		const m = compare(['suffolk', 'thurrock']);
		const facts = m.sections.find((s) => s.id === 'facts')!;
		expect(facts.rows.map((r) => r.key)).toContain('fact:vacancy_rate_pct');
		expect(cell(m, 'fact:vacancy_rate_pct', 'suffolk')).toMatchObject({ value: 9, note: 'stated in the report text' });
		expect(cell(m, 'fact:vacancy_rate_pct', 'thurrock')).toMatchObject({ value: 8, note: null });
		for (const r of facts.rows) expect(r.cells.every((c) => !c.missing)).toBe(true);
		expect(m.partialFacts.length).toBeGreaterThan(0);
		for (const r of m.partialFacts) expect(r.cells.some((c) => c.missing)).toBe(true);
		expect(m.partialFacts.find((r) => r.key === 'fact:send_pct')?.cells.map((c) => c.value)).toEqual([null, 27]);
	});

	it('puts a report, its national row and its local authority side by side, missing cells in words', () => {
		const m = compare(['la:883', 'hmip:thurrockyos', 'thurrock']);
		expect(m.entities.map((e) => e.kind)).toEqual(['report', 'national', 'la']);
		expect(cell(m, 'score', 'hmip:thurrockyos')?.value).toBe(26);
		expect(cell(m, 'score', 'la:883')?.text).toBe('Not reported: a local authority, not an inspection');
		expect(cell(m, 'standard:2.2', 'hmip:thurrockyos')).toMatchObject({ text: 'Not reported', value: null, missing: true });
		// No report figure is shared by all three columns.
		const facts = m.sections.find((s) => s.id === 'facts')!;
		expect(facts.rows).toEqual([]);
		expect(facts.empty).toMatch(/Thurrock \(national 2022\), Thurrock \(LA\) have no inspection report/);
		// LAIT, latest year, the same for all three (they cover Thurrock).
		for (const id of ['thurrock', 'hmip:thurrockyos', 'la:883']) {
			expect(cell(m, 'la:first_time_entrant_rate', id)).toMatchObject({ value: 168, text: '168' });
			expect(cell(m, 'la:youth_justice_spend', id)).toMatchObject({ value: 794151, text: '£794,151' });
		}
		expect(row(m, 'la:first_time_entrant_rate')?.label).toBe('First-time entrants per 100,000 aged 10–17, 2024');
	});

	it('lists a joint service’s authorities one by one, never adding rates up', () => {
		const m = compare(['hmip:bedfordshire-yos', 'la:883']);
		expect(cell(m, 'la:first_time_entrant_rate', 'hmip:bedfordshire-yos')?.text).toBe('Bedford Borough: 156; Central Bedfordshire: 93');
		expect(cell(m, 'la:first_time_entrant_rate', 'hmip:bedfordshire-yos')?.note).toBeNull();
	});

	it("says once that the cautioned-or-sentenced rate is the joint service's, not each authority's", () => {
		const m = compare(['hmip:bedfordshire-yos', 'la:883']);
		const beds = cell(m, 'la:cautioned_or_sentenced_rate', 'hmip:bedfordshire-yos')!;
		expect(beds.text).toBe('Bedford Borough: 17.5; Central Bedfordshire: 17.5');
		expect(beds.note).toBe("the joint service's rate, given for each of its authorities: not a separate local figure");
		expect(cell(m, 'la:cautioned_or_sentenced_rate', 'la:883')?.note).toBeNull();
	});

	it('explains missing LAIT and score figures rather than showing zeros', () => {
		const cumbria = catalogue.find((e) => e.kind === 'la' && e.name === 'Cumbria')!;
		const m = compare([cumbria.id, 'hmip:bridgend-jys', 'national:wakefield-2025']);
		expect(cell(m, 'la:first_time_entrant_rate', cumbria.id)).toMatchObject({ missing: true, text: 'Not reported: suppressed in the source' });
		expect(cell(m, 'la:first_time_entrant_rate', 'hmip:bridgend-jys')?.text).toBe('Not reported: Welsh service, no LAIT figures');
		expect(cell(m, 'score', 'hmip:bridgend-jys')?.text).toBe("Not reported: the source's score is unusable");
		expect(cell(m, 'score', 'national:wakefield-2025')?.text).toBe('Not reported: 2025 framework, not scored out of 36');
		expect(cell(m, 'overall_rating', 'national:wakefield-2025')?.rating).toBe('Good');
		expect(m.scores.title).toBe('None of the chosen columns has a score out of 36');
		const table = scoreTable(m).rows;
		expect(table.every((r) => r.score === null)).toBe(true);
		// Every missing cell is empty in the CSV and says so in words; none is a zero.
		for (const r of m.sections.flatMap((s) => s.rows)) {
			for (const c of r.cells.filter((x) => x.missing)) {
				expect(c.value, `${r.key} ${c.entityId}`).toBeNull();
				expect(c.text, `${r.key} ${c.entityId}`).toMatch(/^Not reported/);
			}
		}
		const csv = sideBySideCsv(m, m.sections).rows.find((r) => r.measure === 'Score out of 36')!;
		expect(Object.entries(csv).filter(([k]) => k.endsWith('|value')).map(([, v]) => v)).toEqual([null, null, null]);
	});

	it('matches a report inspection to its national row, including one without an HMIP slug', () => {
		const hartlepool = catalogue.find((e) => e.id === 'hartlepool')!;
		expect(nationalRowFor(hartlepool, data.national)?.service).toBe('Hartlepool');
		const m = compare(['hartlepool', 'national:hartlepool-2020']);
		expect(cell(m, 'score', 'national:hartlepool-2020')?.value).toBe(26);
		expect(cell(m, 'date', 'national:hartlepool-2020')?.text).toBe('2020/21 (fieldwork late 2020)');
		expect(cell(m, 'standard:3.4', 'hartlepool')?.note).toBe('rated as "Joint working"');
		expect(cell(m, 'standard:4.1', 'hartlepool')?.text).toBe('Not reported in this inspection');
	});

	it('asks for two or more when fewer are chosen', () => {
		expect(compare([]).title).toBe('Choose two or more services to compare');
		expect(compare(['suffolk']).title).toBe('Suffolk (report 2022) on its own: choose at least one more to compare');
	});
});

describe('a report added in this browser', () => {
	// As the browser's database returns it: ids `added-…`, the place labelled (src/lib/add/rows.ts), no LA number.
	const addedRow = (reports: readonly ReportEntityRow[]): ReportEntityRow => ({
		...reports.find((r) => r.service_id === 'thurrock')!,
		entity_id: 'added-testshire',
		service_id: 'added-testshire',
		service_name: 'Testshire Youth Justice Service',
		local_authority: 'Testshire (added in this browser)',
		country: '',
		dfe_la_number: null,
		inspection_id: 'added-testshire-2022',
		score: 23
	});

	it('is a report column labelled as not published, listed by the picker after the register, with its own figures', async () => {
		const db = await buildDatabase();
		const reports = await db.query<ReportEntityRow>(REPORT_ENTITIES_SQL);
		const withAdded = buildCatalogue(
			await db.query<RegisterEntityRow>(REGISTER_ENTITIES_SQL),
			[...reports, addedRow(reports)],
			await db.query<NationalEntityRow>(NATIONAL_ENTITIES_SQL),
			await db.query<LaEntityRow>(LA_ENTITIES_SQL)
		);
		const added = withAdded.find((e) => e.id === 'added-testshire')!;
		expect(withAdded.indexOf(added)).toBe(155);
		expect(added).toMatchObject({ kind: 'report', columnLabel: 'Testshire (report 2022, added in this browser)', laNumbers: [] });
		expect(added.accessibleName).toContain('added in this browser, not published');
		expect(pickerOptions(withAdded, 'Testshire').map((e) => e.id)).toEqual(['added-testshire']);
		expect(pickerOptions(withAdded, '')).toHaveLength(156);
		const m = shapeCompare(entitiesFor(withAdded, ['added-testshire']), data);
		expect(cell(m, 'score', 'added-testshire')).toMatchObject({ value: 23, text: '23/36' });
		// No local authority is known for it: no LAIT figures, said in words.
		expect(m.sections.find((x) => x.id === 'la-indicators')).toMatchObject({ rows: [], empty: expect.stringMatching(/^None of the chosen columns covers/) });
	});
});

describe('URL state', () => {
	it('keeps one canonical order, leaves the default out and caps the number of columns', () => {
		const spec = compareSpec({ ids: catalogue.map((e) => e.id) });
		expect(toQuery({ services: ['thurrock', 'suffolk'] }, spec, COMPARE_DEFAULTS)).toBe('services=suffolk,thurrock');
		expect(toQuery({ services: [], view: 'chart' }, spec, COMPARE_DEFAULTS)).toBe('');
		const q = toQuery({ services: ['la:883', 'thurrock'], view: 'table' }, spec, COMPARE_DEFAULTS);
		expect(new URLSearchParams(q).get('services')).toBe('thurrock,la:883');
		expect(resolve(parseQuery(q, spec).chosen, COMPARE_DEFAULTS)).toEqual({ services: ['thurrock', 'la:883'], view: 'table' });
		const nine = catalogue.slice(0, 9).map((e) => e.id).join(',');
		const parsed = parseQuery(`services=${nine}`, spec);
		expect(parsed.chosen.services).toHaveLength(8);
		expect(parsed.notices).toEqual(['Only 8 services can be shown; the rest were ignored']);
		expect(parseQuery('services=nowhere', spec).notices).toEqual(["Unknown service 'nowhere' ignored"]);
	});
});
