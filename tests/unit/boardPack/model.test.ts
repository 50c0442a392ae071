/**
 * The board pack's view model on the real tables (static/data, built by
 * `npm run data`) and report texts. Expected values were read from the CSVs:
 * - national_scores.csv: 83 comparable /36 inspections; 4 score below
 *   Suffolk's 9, 1 other scores 9, 77 above; median 22.
 * - Suffolk (935)'s neighbours (statistical_neighbours.csv) with a /36
 *   inspection: Norfolk 22, Derbyshire 24, Nottinghamshire 19, Devon 26,
 *   Kent 18, Dorset 24, Northamptonshire 24 (North Northamptonshire): 7 of 10,
 *   median 24; Somerset, Essex and Lincolnshire have none.
 * - la_indicators.csv 2024 first-time entrants: Suffolk 123, East of England
 *   122, England blank (flag england_fte_invalid); neighbours 73, 132, 121,
 *   148, 103, 79, 137, 92, 109 and Dorset blank: median 109 of 9.
 * - key_questions.csv, Suffolk: lowest 3.1 safety of child 29%, then 2.2
 *   safety of others 35%, 2.2 child 39%, 2.3 others 39%, 2.4 child and
 *   others 43% (a tie at the fifth).
 * - ratings.csv: Suffolk 3.4 Requires improvement; the other revised-framework
 *   reports rate 3.4 Good (West Sussex, East Sussex) and Requires improvement
 *   (Thurrock); Hartlepool's 3.4 is Joint working (original framework).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boardPackRows } from '../../../src/lib/server/boardPack';
import { buildDatabase } from '../../../src/lib/server/database';
import { PACK_INDICATORS_SQL, PACK_NEIGHBOURS_SQL } from '../../../src/lib/db/queries/boardPack';
import { buildBoardPack } from '../../../src/lib/boardPack/model';
import type { BoardPackInput, BoardPackRows, IndicatorRow, NeighbourRow } from '../../../src/lib/boardPack/inputs';

let suffolk: BoardPackRows;
let hartlepool: BoardPackRows;
const pack = (rows: BoardPackRows, extra: Partial<BoardPackInput> = {}) => buildBoardPack({ ...rows, pageUrl: '/services/x/board-pack', ...extra });

beforeAll(async () => {
	suffolk = (await boardPackRows('suffolk'))!;
	hartlepool = (await boardPackRows('hartlepool'))!;
});

describe('headline', () => {
	it('places the score among every /36 inspection and among the statistical neighbours', () => {
		const h = pack(suffolk).headline;
		expect([h.score, h.scoreMax, h.rating]).toEqual([9, 36, 'Requires improvement']);
		expect(h.nationalPlace).toContain('all 83 inspections scored out of 36');
		expect(h.nationalPlace).toContain('4 scored lower, 1 the same, 77 higher; median 22/36');
		expect(h.peerPlace).toContain('7 of 10 scored out of 36, 3 not');
		expect(h.peerPlace).toContain('0 scored lower, 0 the same, 7 higher; median 24/36');
		// The report prints its month (2023-01); West Sussex, which prints none, takes the national row's date.
		expect(h.inspection).toBe('Inspection published Jan 2023 (fieldwork 27 Jun 2022)');
	});

	it('shows the change since the previous inspection on record, never across frameworks', () => {
		// inspection_history.csv: Suffolk's only inspection on record is this report's.
		expect(pack(suffolk).headline.change).toBe('No earlier inspection of this service is on record here.');
		const earlier = { published: '2019-05-15', label: 'May 2019', source: 'test', reportInspectionId: null };
		const history = [{ ...earlier, framework: '2018-revised', overall_rating: 'Good', score: 21 }];
		expect(pack(suffolk, { history }).headline.change).toBe('Previous inspection (May 2019): Good, 21/36. Since then: down 12 points.');
		const other = [{ ...earlier, framework: '2025', overall_rating: 'Good', score: null }];
		expect(pack(suffolk, { history: other }).headline.change).toMatch(/different framework, so the scores are not compared/);
		expect(pack(suffolk, { history: undefined }).headline.change).toMatch(/not shown.*does not yet hold earlier inspections/);
	});
});

describe('a service without a report', () => {
	it('heads the pack with its latest inspection on record: a 2025-framework rating has no score (Derby)', async () => {
		const h = pack((await boardPackRows('derby'))!).headline;
		// inspection_history.csv: derby-2025, Sep 2025, youth-2025, Outstanding, no score.
		expect(h.noReport).toMatch(/^No inspection report is held here for Derby: its latest inspection on record/);
		expect(h.rating).toBe('Outstanding');
		expect(h.score).toBeNull();
		expect(h.framework).toMatch(/^2025 framework/);
		expect(h.inspection).toMatch(/^Latest inspection on record: published Sep 2025 \(source: https:\/\//);
	});

	it('gives a scored inspection its score and says plainly when none is on record (Barnet, Essex)', async () => {
		const barnet = pack((await boardPackRows('barnet'))!);
		// inspection_history.csv: barnet-2022, 31 May 2022, Good, 21 (HMIP table).
		expect([barnet.headline.rating, barnet.headline.score]).toEqual(['Good', 21]);
		expect(barnet.ratings.lines.every((l) => l.rating === null)).toBe(true);
		const essex = pack((await boardPackRows('essex'))!).headline;
		expect(essex.noReport).toBe('No inspection report is held here for Essex, and no inspection of it is on record.');
		expect(essex.change).toBe('No inspection of this service is on record here.');
		expect([essex.rating, essex.score]).toEqual([null, null]);
	});

	it('is null for a slug that is not in the register', async () => {
		expect(await boardPackRows('atlantis')).toBeNull();
	});
});

describe('ratings beside the other reports', () => {
	it('counts the others rated the same or better, 3.4 only within the same framework version', () => {
		const lines = pack(suffolk).ratings.lines;
		expect(lines).toHaveLength(13);
		const by = (code: string) => lines.find((l) => l.code === code)!;
		expect(by('3.4')).toMatchObject({ rating: 'Requires improvement', sameOrBetter: { count: 3, of: 3 } });
		expect(by('1.3')).toMatchObject({ rating: 'Good', sameOrBetter: { of: 4 } });
		// Hartlepool (2020) has no 4.1: three others.
		expect(by('4.1')).toMatchObject({ rating: 'Good', sameOrBetter: { count: 2, of: 3 } });
		expect(pack(suffolk).ratings.place).toBe('‘Ratings’, p. 4');
	});
});

describe('weakest key questions', () => {
	it('lists the five lowest with their band and published interval, and names a tie at the cut-off', () => {
		const w = pack(suffolk).weakest;
		expect(w.questions.map((q) => [q.standard, q.pct, q.band])).toEqual([
			['3.1', 29, 'Inadequate'],
			['2.2', 35, 'Inadequate'],
			['2.2', 39, 'Inadequate'],
			['2.3', 39, 'Inadequate'],
			['2.4', 43, 'Inadequate']
		]);
		// key_questions.csv: Suffolk prints no counts, so each interval rests on the domain's cases
		// inspected (3.1: 35 out-of-court cases, suffolk.txt:508): Wilson 95% 16.7 to 45.5, approximate.
		expect(w.intervalsHeld).toBe(true);
		expect(w.questions[0].interval).toBe('16.7% to 45.5% (approximate)');
		expect(w.questions.every((q) => q.interval !== null)).toBe(true);
		expect(w.note).toContain('Also at 43%: 2.4');
		expect(w.questions[0].place).toBe('p. 19');
	});

	it('prints an interval when the rows carry one, and marks one on the domain’s cases as approximate', () => {
		const keyQuestions = suffolk.keyQuestions.map((q) => ({ ...q, ci_low: 15.2, ci_high: 48.1, n_cases_basis: 'domain_cases_inspected' }));
		const w = pack({ ...suffolk, keyQuestions }).weakest;
		expect(w.intervalsHeld).toBe(true);
		expect(w.questions[0].interval).toBe('15.2% to 48.1% (approximate)');
		expect(w.note).toContain('with a 95% interval');
	});

	it('shows the cases behind a percentage where the report prints counts', () => {
		const w = pack(hartlepool).weakest;
		expect(w.questions.every((q) => /^\d+ of \d+ cases$/.test(q.cases ?? ''))).toBe(true);
	});
});

describe('context', () => {
	it('compares the latest local figures with the region, England and the neighbours’ median by the peers rule', () => {
		const c = pack(suffolk).context;
		const fte = c.lines.find((l) => l.measure === 'First-time entrants')!;
		expect(fte.local).toBe('123 per 100,000 (2024)');
		expect(fte.region).toBe('East of England: 122 per 100,000');
		expect(fte.england).toMatch(/^England: not valid in the source/);
		expect(fte.peers).toBe('median 109 per 100,000 of 9 authorities');
		// Neighbours' median absolute deviation 23, × 1.4826 = 34.1: 123 is within 109 ± 34.1.
		expect(fte.word).toBe('similar');
		expect(fte.direction).toBe('lower is better');
		const spend = c.lines.find((l) => l.measure === 'Youth justice spend')!;
		expect(spend.word).toMatch(/no judgement/);
		expect(c.peerKind).toBe('neighbours');
		expect(c.method).toContain('median absolute deviation');
	});

	it('uses the peers chosen in a link instead of the neighbours, and says so', async () => {
		const chosenPeers = [
			{ la_number: 883, la_name: 'Thurrock' },
			{ la_number: 881, la_name: 'Essex' }
		];
		const c = pack(suffolk, { chosenPeers }).context;
		expect(c.peerKind).toBe('chosen');
		expect(c.peerNote).toContain('Peers chosen in the link you opened: Thurrock and Essex');
		// 2024 first-time entrants: Thurrock 168, Essex 121 (la_indicators.csv): two figures, fewer than the
		// three a median and spread need, so no word is given and the pack says why.
		expect(c.lines[0].peers).toBe('2 with a figure: too few to compare (3 needed)');
		expect(c.lines[0].word).toBeNull();
		expect(pack(suffolk, { chosenPeers }).headline.peerPlace).toMatch(/^Among the peers chosen in the link/);
	});

	it('prints the report’s own figures against England and Wales, direction only', () => {
		const figures = pack(suffolk).context.reportFigures;
		for (const f of figures) expect(f.reading).toMatch(/direction only|no England and Wales figure/);
	});
});

describe('recommendations', () => {
	it('keeps every recommendation, grouped by addressee in the order the report numbers them', () => {
		const r = pack(suffolk).recommendations;
		const recs = suffolk.findings.filter((f) => f.kind === 'recommendation');
		expect(r.total).toBe(recs.length);
		expect(r.total).toBe(9);
		expect(r.groups.flatMap((g) => g.items.map((i) => i.text)).sort()).toEqual(recs.map((f) => f.text.trim()).sort());
		expect(r.groups[0].addressedTo).toBe('Suffolk youth justice service');
		expect(r.place).toBe('‘Recommendations’, p. 5');
	});
});

describe('sources and what is missing', () => {
	it('cites the report by its title, date and HMIP address, and lists what is not held', () => {
		const p = pack(suffolk);
		const report = p.sources.find((s) => s.label === 'Inspection report')!;
		expect(report.detail).toContain('Joint inspection of youth justice services in Suffolk. HM Inspectorate of Probation, January 2023.');
		expect(report.url).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/suffolkyos/');
		expect(p.missing).not.toContain('Intervals for the key-question percentages.');
	});

	it('says the HMIP address is not held where no national row gives one (Hartlepool 2020)', () => {
		const p = pack(hartlepool);
		expect(p.sources[0].url).toBeNull();
		expect(p.sources[0].detail).toContain('not held here');
		expect(p.missing).toContain('The report’s address on HMIP’s site.');
	});
});

describe('a service without a report', () => {
	it('keeps the structure, fills what is held and says what is missing', async () => {
		// Essex (DfE 881): no report and no inspection on record here; LAIT figures and neighbours are held.
		const p = pack((await boardPackRows('essex'))!);
		expect(p.headline.noReport).toBe('No inspection report is held here for Essex, and no inspection of it is on record.');
		expect(p.headline.score).toBeNull();
		expect(p.recommendations.total).toBe(0);
		expect(p.sources.map((s) => s.label)).not.toContain('Inspection report');
		expect(p.missing[0]).toMatch(/No inspection report is held for Essex/);
		expect(p.context.lines.map((l) => l.measure)).toEqual(['First-time entrants', 'Reoffending, aged 15–17', 'Youth justice spend']);
		expect(p.context.lines[0].local).toMatch(/^121 per 100,000 \(2024\)$/);
	});
});
