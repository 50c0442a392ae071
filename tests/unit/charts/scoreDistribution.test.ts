/**
 * The national distribution of scores out of 36 with the report services on
 * it: on the real tables (static/data through the build-time database) and on
 * hand-made rows for the edge cases.
 *
 * Expected values read by hand:
 * - report scores: suffolk.txt:97 "Score 9/36", :101 "Requires improvement";
 *   thurrock.txt:97 26/36; east-sussex.txt:111 25/36; west-sussex.txt:50 26/36;
 *   hartlepool.txt:53 26/36.
 * - static/data/national_scores.csv, counted with a separate script: 83 rows
 *   with comparable=true, framework youth-2018 and a score; 6 score 9 or less,
 *   4 below 9, 53 below 26, 51 below 25; median 22; by band 2 / 27 / 46 / 8;
 *   8 inspections score 29, the most at any score. The five report services
 *   are among the 83 (Hartlepool as "2020/21 (fieldwork late 2020)").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import {
	NATIONAL_SCORES_SQL,
	REPORT_INSPECTIONS_SQL,
	type NationalScoreRow,
	type ReportInspectionRow
} from '../../../src/lib/db/queries/scoreDistribution';
import { matchNational, shapeDistribution, stackOffset } from '../../../src/lib/charts/scoreDistribution/shape';
import { placeLabels } from '../../../src/lib/charts/scoreDistribution/labels';
import { textWidth } from '../../../src/lib/components/chart/layout';
import { firstYear, formatIsoDate } from '../../../src/lib/charts/scoreDistribution/dates';
import { scoreTableRows } from '../../../src/lib/charts/scoreDistribution/columns';

const FIVE = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
let national: NationalScoreRow[];
let reports: ReportInspectionRow[];

beforeAll(async () => {
	const db = await buildDatabase();
	national = await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL);
	reports = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
});

describe('the SQL', () => {
	it('keeps only /36 scores: no 2025-framework row, no unusable score', () => {
		expect(national).toHaveLength(83);
		expect(national.every((n) => n.framework === 'youth-2018' && Number.isInteger(n.score))).toBe(true);
		// Wakefield 2025 (new framework), Bridgend 2022 and Ceredigion 2024 (misread scores) are out.
		expect(national.some((n) => n.service === 'Bridgend' || n.service === 'Ceredigion')).toBe(false);
		expect(national.filter((n) => n.service === 'Wakefield').map((n) => n.published)).toEqual(['2021-12-17']);
	});
});

describe('shapeDistribution on the real tables', () => {
	it('counts every inspection once: each report replaces its national row', () => {
		const m = shapeDistribution(national, reports, { highlight: FIVE });
		expect(m.total).toBe(83);
		const reportDots = m.dots.filter((d) => d.origin === 'report');
		expect(reportDots.map((d) => d.serviceId).sort()).toEqual(FIVE);
		expect(reportDots.every((d) => d.nationalMatch !== null)).toBe(true);
		for (const name of ['Suffolk', 'Thurrock', 'East Sussex', 'West Sussex', 'Hartlepool']) {
			expect(m.dots.filter((d) => d.service === name), name).toHaveLength(1);
		}
		expect(m.disagreements).toEqual([]);
	});

	it('gives the report services their printed scores, ratings and report lines', () => {
		const m = shapeDistribution(national, reports, { highlight: FIVE });
		const by = Object.fromEntries(m.highlighted.map((d) => [d.serviceId, d]));
		expect(by.suffolk).toMatchObject({ score: 9, rating: 'Requires improvement', source: 'data/reports/suffolk.txt:97' });
		expect(by.thurrock).toMatchObject({ score: 26, rating: 'Good', source: 'data/reports/thurrock.txt:97' });
		expect(by['east-sussex']).toMatchObject({ score: 25, rating: 'Good', source: 'data/reports/east-sussex.txt:111' });
		expect(by['west-sussex']).toMatchObject({ score: 26, rating: 'Good', source: 'data/reports/west-sussex.txt:50' });
		expect(by.hartlepool).toMatchObject({ score: 26, rating: 'Good', source: 'data/reports/hartlepool.txt:53' });
		// West Sussex's report prints no publication date; the national table's (22 Jun 2022) is used.
		expect(by['west-sussex'].dateLabel).toBe('published 22 Jun 2022');
		// Hartlepool has no publication date anywhere: its fieldwork date is shown instead.
		expect(by.hartlepool.dateLabel).toBe('fieldwork 26 Oct 2020');
	});

	it('states what stands out: Suffolk in the lowest 8% (6 of 83 score 9 or less)', () => {
		const m = shapeDistribution(national, reports, { highlight: FIVE });
		expect(m.title).toBe(
			"Suffolk's 9/36 is in the lowest 8% of 83 inspections scored out of 36 in 2020–2025; the other four score 25–26/36 (Good)"
		);
		expect(m.median).toBe(22);
		expect(m.bands.map((b) => b.count)).toEqual([2, 27, 46, 8]);
		expect(m.summary).toContain('Suffolk 9/36 (Requires improvement): 4 scored lower');
		expect(m.summary).toContain('East Sussex 25/36 (Good): 51 scored lower');
		expect(m.summary).toContain('Thurrock 26/36 (Good): 53 scored lower');
	});

	it('highlights one service on its profile and reads its position', () => {
		const m = shapeDistribution(national, reports, { highlight: ['thurrock'] });
		expect(m.highlighted.map((d) => d.serviceId)).toEqual(['thurrock']);
		// 30 of 83 score 26 or more: top 37% (rounded up).
		expect(m.title).toBe("Thurrock's 26/36 is in the top 37% of 83 inspections scored out of 36 in 2020–2025");
	});

	it('stacks tied scores outwards from the axis, the highlighted dot on it', () => {
		const m = shapeDistribution(national, reports, { highlight: ['hartlepool'] });
		expect(m.maxStack).toBe(4); // 8 dots at 29: 0, 1, -1, 2, -2, 3, -3, 4
		const at26 = m.dots.filter((d) => d.score === 26);
		expect(at26).toHaveLength(6);
		expect(at26.find((d) => d.serviceId === 'hartlepool')!.stack).toBe(0);
		expect(new Set(at26.map((d) => d.stack)).size).toBe(6);
		// Reading order: by score, top of the stack first.
		const scores = m.dots.map((d) => d.score);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
	});

	it('says where each table row comes from', () => {
		const rows = scoreTableRows(shapeDistribution(national, reports, { highlight: FIVE }));
		expect(rows).toHaveLength(83);
		const suffolk = rows.find((r) => r.service === 'Suffolk')!;
		expect(suffolk.source).toBe('data/reports/suffolk.txt:97');
		expect(suffolk.origin).toMatch(/^Inspection report/);
		const newcastle = rows.find((r) => r.service === 'Newcastle')!;
		expect(newcastle).toMatchObject({ score: 16, origin: 'National scores table' });
		expect(newcastle.source).toMatch(/^data-to-insight scrape of HMIP reports: hmip_yjs_overall_scores/);
		expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
	});
});

const nat = (over: Partial<NationalScoreRow>): NationalScoreRow => ({
	service: 'Somewhere',
	hmip_ref: null,
	published: '2022-05-01',
	published_as_stated: '2022-05-01',
	framework: 'youth-2018',
	score: 20,
	score_basis: 'scraped_ratings_page',
	overall_rating: 'Good',
	flag: null,
	report_url: null,
	source: 'hmip_yjs_overall_scores_2021_2025.csv (data-to-insight scrape of HMIP reports, x)',
	...over
});
const rep = (over: Partial<ReportInspectionRow>): ReportInspectionRow => ({
	inspection_id: 'somewhere-2022',
	service_id: 'somewhere',
	service_name: 'Somewhere YJS',
	local_authority: 'Somewhere',
	published: null,
	fieldwork: '2022-01-10',
	framework: 'revised',
	score: 20,
	score_max: 36,
	overall_rating: 'Good',
	overall_rating_source: 'data/reports/somewhere.txt:5',
	source: 'data/reports/somewhere.txt:4',
	...over
});

describe('matching a report to its national row', () => {
	it('needs the same area and a publication in the fieldwork year or the next', () => {
		const r = rep({});
		expect(matchNational(r, [nat({ published: '2023-02-01' })])?.published).toBe('2023-02-01');
		expect(matchNational(r, [nat({ published: '2019-02-01' })])).toBeNull();
		expect(matchNational(r, [nat({ service: 'Elsewhere' })])).toBeNull();
		// An earlier inspection of the same service is not this one.
		expect(matchNational(r, [nat({ published: '2018-06-01' }), nat({ published: '2022-06-01' })])?.published).toBe('2022-06-01');
		// A row dated only by an academic year still matches on its first year.
		expect(matchNational(rep({ fieldwork: '2020-10-26' }), [nat({ published: null, published_as_stated: '2020/21 (fieldwork late 2020)' })])).not.toBeNull();
	});

	it('adds a report with no national row rather than dropping it, and flags a score disagreement', () => {
		const alone = shapeDistribution([nat({ service: 'Elsewhere' })], [rep({})], { highlight: ['somewhere'] });
		expect(alone.total).toBe(2);
		expect(alone.highlighted[0].nationalMatch).toBeNull();
		const differ = shapeDistribution([nat({ score: 21 })], [rep({ score: 20 })], { highlight: [] });
		expect(differ.total).toBe(1);
		expect(differ.dots[0].score).toBe(20);
		expect(differ.disagreements).toEqual([{ service: 'Somewhere', report: 20, national: 21 }]);
	});

	it('never plots a score off the /36 scale', () => {
		const m = shapeDistribution([nat({ score: 37 }), nat({ score: 2.5 as number, service: 'B' }), nat({ service: 'C' })], [], { highlight: [] });
		expect(m.dots.map((d) => d.service)).toEqual(['C']);
	});

	it('says so when there is nothing to plot', () => {
		const m = shapeDistribution([], [], { highlight: [] });
		expect(m.total).toBe(0);
		expect(m.title).toBe('No inspection scores to show');
		expect(m.median).toBeNull();
	});
});

describe('layout helpers', () => {
	it('stacks 0, 1, -1, 2, -2', () => {
		expect([0, 1, 2, 3, 4].map(stackOffset)).toEqual([0, 1, -1, 2, -2]);
	});

	it('puts labels in one row without overlap when they fit, each near its dot', () => {
		const { labels, rows } = placeLabels(
			[
				{ key: 'a', x: 100, width: 80 },
				{ key: 'b', x: 110, width: 80 },
				{ key: 'c', x: 112, width: 80 }
			],
			0,
			600
		);
		expect(rows).toBe(1);
		const sorted = [...labels].sort((p, q) => p.left - q.left);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i].left).toBeGreaterThanOrEqual(sorted[i - 1].left + sorted[i - 1].width + 8);
		expect(labels.every((l) => l.left >= 0 && l.left + l.width <= 600)).toBe(true);
	});

	it('stacks labels in rows when one row is too narrow', () => {
		const { labels, rows } = placeLabels(
			[
				{ key: 'a', x: 100, width: 150 },
				{ key: 'b', x: 110, width: 150 },
				{ key: 'c', x: 120, width: 150 }
			],
			0,
			300
		);
		expect(rows).toBe(3);
		expect(new Set(labels.map((l) => l.row)).size).toBe(3);
	});

	it('estimates text width from its length', () => {
		expect(textWidth('abcd', 10)).toBe(23);
	});

	it('formats dates at the precision given', () => {
		expect(formatIsoDate('2022-06-22')).toBe('22 Jun 2022');
		expect(formatIsoDate('2021-07')).toBe('Jul 2021');
		expect(formatIsoDate('2025')).toBe('2025');
		expect(formatIsoDate('2020/21')).toBe('2020/21');
		expect(formatIsoDate('2021-13')).toBe('2021-13');
		expect(firstYear('2020/21 (fieldwork late 2020)')).toBe(2020);
		expect(firstYear(null)).toBeNull();
	});
});
