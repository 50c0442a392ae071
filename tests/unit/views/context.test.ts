/**
 * Shaping of the context view on the real tables (static/data, through the
 * build-time database) and on hand-made rows for the edge cases.
 * Expected figures were read from the report text and static/data/*.csv:
 * west-sussex.txt:976-980 (74 vs 167 per 100,000; 31.7% vs 34.2%),
 * thurrock.txt:342-345 (150 vs 167; 36.4% vs 33.6%), youth populations at
 * west-sussex.txt:984 (79,864), hartlepool.txt:179 (8,902), thurrock.txt:348
 * (18,747); LAIT spend 2020-21 West Sussex 1,727,281, Thurrock 917,328,
 * 2019-20 Hartlepool 682,943.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import {
	REPORT_FIGURES_SQL,
	SPEND_PAIRS_SQL,
	TRENDS_SQL,
	type ReportFigureRow,
	type SpendPairRow,
	type TrendRow
} from '../../../src/lib/db/queries/context';
import { NOT_REPORTED, shapeReportFigures } from '../../../src/lib/views/context/reportFigures';
import { shapeTrends, yearList } from '../../../src/lib/views/context/trends';
import { shapeSpendPerChild } from '../../../src/lib/views/context/spendPerChild';
import { LA_MEASURES } from '../../../src/lib/measures/laMeasures';

const ALL = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
let figures: ReportFigureRow[];
let trends: TrendRow[];
let pairs: SpendPairRow[];

beforeAll(async () => {
	const db = await buildDatabase();
	figures = await db.query<ReportFigureRow>(REPORT_FIGURES_SQL, [ALL.join(',')]);
	trends = await db.query<TrendRow>(TRENDS_SQL, [ALL.join(','), LA_MEASURES.map((m) => m.id).join(','), 2016, 2024]);
	pairs = await db.query<SpendPairRow>(SPEND_PAIRS_SQL, [ALL.join(',')]);
});

describe('rates as the reports print them', () => {
	it('gives West Sussex and Thurrock their printed rates beside England and Wales, with periods', () => {
		const m = shapeReportFigures(figures, ALL);
		expect(m.services.map((s) => s.serviceId)).toEqual(ALL);
		const ws = m.services.find((s) => s.serviceId === 'west-sussex')!;
		expect(ws.measures.first_time_entrant_rate.service?.value).toBe(74);
		expect(ws.measures.first_time_entrant_rate.comparator?.value).toBe(167);
		expect(ws.measures.first_time_entrant_rate.service?.period).toBe('January to December 2020');
		expect(ws.measures.first_time_entrant_rate.service?.source).toBe('data/reports/west-sussex.txt:976');
		expect(ws.measures.reoffending_rate.service?.value).toBe(31.7);
		expect(ws.measures.reoffending_rate.comparator?.value).toBe(34.2);
		expect(ws.measures.reoffending_rate.relation).toBe('below');
		const th = m.services.find((s) => s.serviceId === 'thurrock')!;
		expect(th.measures.first_time_entrant_rate.service?.value).toBe(150);
		expect(th.measures.reoffending_rate.service?.value).toBe(36.4);
		expect(th.measures.reoffending_rate.comparator?.value).toBe(33.6);
		expect(th.measures.reoffending_rate.relation).toBe('above');
		expect(m.title).toContain('West Sussex is below England and Wales on both rates');
		expect(m.title).toContain('Thurrock is below England and Wales on first-time entrants and above on reoffending');
	});

	it('leaves rates a report does not print as missing, never zero', () => {
		const m = shapeReportFigures(figures, ALL);
		for (const id of ['hartlepool', 'suffolk']) {
			const s = m.services.find((x) => x.serviceId === id)!;
			for (const c of Object.values(s.measures)) {
				expect(c.service, id).toBeNull();
				expect(c.comparator, id).toBeNull();
				expect(c.relation).toBeNull();
			}
		}
		// East Sussex states a YJB reoffending rate in prose (east-sussex.txt:156), with no period and no comparator.
		const es = m.services.find((x) => x.serviceId === 'east-sussex')!;
		expect(es.measures.reoffending_rate.service).toMatchObject({ value: 32.4, fromProse: true, period: null });
		expect(es.measures.reoffending_rate.comparator).toBeNull();
		expect(es.measures.first_time_entrant_rate.service).toBeNull();
		expect(m.summary).toContain(`Hartlepool: First-time entrants: ${NOT_REPORTED.toLowerCase()}`);
	});

	it('shows only the chosen services, and says so when none prints a comparison', () => {
		const m = shapeReportFigures(figures, ['hartlepool']);
		expect(m.services).toHaveLength(1);
		expect(m.title).toBe("Hartlepool's report prints no rates against England and Wales");
		expect(shapeReportFigures(figures, []).services).toEqual([]);
	});
});

describe('LAIT trends', () => {
	it('draws each authority with its region; England first-time entrants fall back to the region with a note', () => {
		const m = shapeTrends(trends, { services: ALL, measure: 'first-time-entrants', from: 2016, to: 2024, comparator: 'england' });
		expect(m.comparatorShown).toBe('region');
		expect(m.notes.join(' ')).toMatch(/not a rate/);
		const ws = m.panels.find((p) => p.serviceId === 'west-sussex')!;
		expect(ws.la.points.map((p) => p.value)).toEqual([212, 177, 112, 105, 77, 107, 101, 87, 121]);
		expect(ws.comparator?.name).toBe('South East');
		expect(ws.comparator?.points[0].value).toBe(237);
		expect(ws.comparator?.points[8].value).toBe(117);
		expect(m.panels.find((p) => p.serviceId === 'hartlepool')!.comparator?.name).toBe('North East');
		expect(m.title).toBe('First-time entrants: lower in 2024 than in 2016 in all 5 authorities');
	});

	it('keeps suppressed values as gaps with a reason (Hartlepool reoffending 10-14, 2019-2024)', () => {
		const m = shapeTrends(trends, { services: ['hartlepool'], measure: 'reoffending-10-14', from: 2016, to: 2024, comparator: 'region' });
		const la = m.panels[0].la.points;
		expect(la.filter((p) => p.value === null).map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
		expect(la.find((p) => p.year === 2019)!.missing).toMatch(/suppressed/);
		expect(la.find((p) => p.year === 2016)!.value).toBe(57.89);
		expect(m.notes.join(' ')).toContain('Hartlepool 2019–2024');
		expect(la.some((p) => p.value === 0)).toBe(false);
	});

	it('does not draw region or England totals beside one authority\u2019s spend', () => {
		const m = shapeTrends(trends, { services: ['thurrock'], measure: 'spend', from: 2016, to: 2024, comparator: 'region' });
		expect(m.comparatorShown).toBe('none');
		expect(m.panels[0].comparator).toBeNull();
		expect(m.panels[0].la.points.find((p) => p.year === 2020)!.value).toBe(917328);
		expect(m.notes.join(' ')).toMatch(/totals/);
	});

	it('applies the year range either way round', () => {
		const m = shapeTrends(trends, { services: ['suffolk'], measure: 'reoffending-15-17', from: 2022, to: 2018, comparator: 'region' });
		expect([m.from, m.to]).toEqual([2018, 2022]);
		expect(m.panels[0].la.points.map((p) => p.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
		expect(m.title).toBe('Suffolk: reoffending, aged 15–17 fell from 42.1% in 2018 to 30.7% in 2022');
	});

	it('falls back to the region when England 15-17 reoffending is suppressed', () => {
		const m = shapeTrends(trends, { services: ['suffolk'], measure: 'reoffending-15-17', from: 2016, to: 2024, comparator: 'england' });
		expect(m.comparatorShown).toBe('region');
		expect(m.notes.join(' ')).toMatch(/suppressed/);
	});

	it('uses England when England has figures', () => {
		const rows: TrendRow[] = [2020, 2021].flatMap((year) => [
			{ service_id: 'x', local_authority: 'X', la_name: 'X', geography_level: 'local_authority', measure: 'first_time_entrant_rate', unit: 'r', period: String(year), year, value: 100, suppressed: false, flag: null, source: 's' },
			{ service_id: 'x', local_authority: 'X', la_name: 'England', geography_level: 'england', measure: 'first_time_entrant_rate', unit: 'r', period: String(year), year, value: 150, suppressed: false, flag: null, source: 's' }
		]);
		const m = shapeTrends(rows, { services: ['x'], measure: 'first-time-entrants', from: 2016, to: 2024, comparator: 'england' });
		expect(m.comparatorShown).toBe('england');
		expect(m.panels[0].comparator?.name).toBe('England');
		expect(m.notes).toEqual([]);
	});

	it('writes year lists as runs', () => {
		expect(yearList([2019, 2020, 2021])).toBe('2019–2021');
		expect(yearList([2018, 2023, 2024])).toBe('2018, 2023–2024');
	});
});

describe('spend per child', () => {
	it('pairs the report population with LAIT spend for the financial year containing it', () => {
		const m = shapeSpendPerChild(pairs, ALL);
		const ws = m.paired.find((p) => p.serviceId === 'west-sussex')!;
		expect(ws).toMatchObject({ population: 79864, populationPeriod: 'mid-2020', spend: 1727281, spendPeriod: '2020-21' });
		expect(ws.perChild).toBeCloseTo(1727281 / 79864, 6);
		const hp = m.paired.find((p) => p.serviceId === 'hartlepool')!;
		expect(hp).toMatchObject({ population: 8902, spend: 682943, spendPeriod: '2019-20' });
		const th = m.paired.find((p) => p.serviceId === 'thurrock')!;
		expect(th).toMatchObject({ population: 18747, spend: 917328, spendPeriod: '2020-21' });
		expect(m.title).toBe('Hartlepool spent the most per child aged 10–17 (£76.72, 2019-20); West Sussex the least (£21.63, 2020-21)');
	});

	it('says plainly when no pairing is possible', () => {
		const m = shapeSpendPerChild(pairs, ['east-sussex', 'suffolk']);
		expect(m.paired).toEqual([]);
		expect(m.entries.map((e) => e.status)).toEqual(['unpaired', 'unpaired']);
		expect(m.entries[0]).toMatchObject({ reason: expect.stringMatching(/no youth population/) });
		expect(m.title).toMatch(/cannot be worked out/);
	});

	it('gives a reason when the spend for the paired year is missing', () => {
		const row: SpendPairRow = { ...pairs.find((p) => p.service_id === 'thurrock')!, spend: null, spend_suppressed: false, spend_flag: 'zero_spend_quirk' };
		const m = shapeSpendPerChild([row], ['thurrock']);
		expect(m.entries[0]).toMatchObject({ status: 'unpaired', reason: expect.stringMatching(/2020-21.*£0/) });
	});
});

describe('latest movement against the series\u2019 own year-to-year variation (LAIT 2016–2024)', () => {
	const panel = (measure: string, service: string) =>
		shapeTrends(trends, { services: [service], measure, from: 2016, to: 2024, comparator: 'region' }).panels[0];

	it('East Sussex spend rose more than its usual yearly change in 2022–2024, and the words say so with the method\u2019s figures', () => {
		// £1,902,190 → £2,573,054 (+£670,864); earlier |yearly changes| 66,950, 267,207, 36,925, 155,864, 71,221, 194,362: median £113,542.50.
		const p = panel('spend', 'east-sussex');
		expect(p.movement).toEqual({ call: 'rising', recentChange: 670864, typicalChange: 113542.5, fromYear: 2022, toYear: 2024 });
		const m = shapeTrends(trends, { services: ['east-sussex'], measure: 'spend', from: 2016, to: 2024, comparator: 'region' });
		expect(m.summary).toContain(
			'In 2022–2024 it rose by £670,864, more than its usual year-to-year change (typically £113,543 a year); no judgement: higher is neither better nor worse.'
		);
	});

	it('Suffolk first-time entrants fell by 80 in 2023 alone and rose in 2024: a one-year change, not called a trend', () => {
		// 186 (2022) → 106 (2023) → 123 (2024): the last two changes go opposite ways.
		const p = panel('first-time-entrants', 'suffolk');
		expect(p.movement.call).toBe('within_variation');
		expect(p.movement.recentChange).toBe(-63);
	});
});
