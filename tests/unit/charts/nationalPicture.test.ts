/**
 * The overview's national picture and the /36 distribution, on the real
 * tables through the build-time database (static/data, npm run data).
 * Counts from static/data/service_register.csv, checked with a script: 155
 * services; latest inspection under the 2018–2024 standards 97, under the
 * 2025 framework 15, none on record 43. Wakefield's latest inspection (Sep
 * 2025, Good) is on the 2025 framework.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { LATEST_INSPECTIONS_SQL, REGISTER_COUNT_SQL, SERVICE_HISTORY_SQL, type HistoryRow, type LatestInspectionRow } from '../../../src/lib/db/queries/register';
import { NATIONAL_SCORES_SQL, type NationalScoreRow } from '../../../src/lib/db/queries/scoreDistribution';
import { shapeNationalPicture } from '../../../src/lib/charts/register/national';
import { shapeDistribution } from '../../../src/lib/charts/scoreDistribution/shape';
import { shapeTimeline } from '../../../src/lib/charts/register/history';
import { SERVICE_AREAS_SQL, SERVICE_SOURCES_SQL, type AreaRatingRow, type InspectionSourceRow } from '../../../src/lib/db/queries/register';

let latest: LatestInspectionRow[];
let total: number;
let national: NationalScoreRow[];
let wakefield: HistoryRow[];
beforeAll(async () => {
	const db = await buildDatabase();
	latest = await db.query<LatestInspectionRow>(LATEST_INSPECTIONS_SQL);
	total = (await db.query<{ n: number }>(REGISTER_COUNT_SQL))[0].n;
	national = await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL);
	wakefield = await db.query<HistoryRow>(SERVICE_HISTORY_SQL, ['wakefield']);
});

describe('national picture', () => {
	it('counts each framework apart and the services with no inspection on record', () => {
		const m = shapeNationalPicture(latest, total);
		expect(m.frameworks.map((f) => [f.framework, f.total])).toEqual([['youth-2018', 97], ['youth-2025', 15]]);
		expect(m.withoutInspection).toBe(43);
		expect(m.latest2025.map((r) => r.service_id)).toContain('wakefield');
		// The 2025 framework gives no score; the list keeps only what it shows.
		const listed = new Set(m.latest2025.map((r) => r.inspection_key));
		expect(latest.filter((r) => listed.has(r.inspection_key)).every((r) => r.score === null && r.framework === 'youth-2025')).toBe(true);
		expect(Object.keys(m.latest2025[0]).sort()).toEqual(['inspection_key', 'overall_rating', 'product', 'published_label', 'rating_source', 'service_id', 'service_name']);
		const sum = m.frameworks.flatMap((f) => f.counts).reduce((a, c) => a + c.n, 0);
		expect(sum).toBe(155 - 43);
	});
});

describe('the /36 distribution', () => {
	it('keeps a 2025-framework inspection off it', () => {
		const w2025 = wakefield.find((r) => r.framework === 'youth-2025')!;
		expect(w2025).toMatchObject({ overall_rating: 'Good', score: null, comparable: false });
		expect(national.some((r) => r.framework !== 'youth-2018')).toBe(false);
		const wakefieldDots = shapeDistribution(national, [], { highlight: [] }).dots.filter((d) => d.service === 'Wakefield');
		expect(wakefieldDots.map((d) => d.score)).toEqual([10]);
	});
});

describe('inspection timeline', () => {
	it('reads the change across frameworks, and names 3.4 as the original standards did', async () => {
		const db = await buildDatabase();
		const wf = shapeTimeline(wakefield, await db.query<InspectionSourceRow>(SERVICE_SOURCES_SQL, ['wakefield']), await db.query<AreaRatingRow>(SERVICE_AREAS_SQL, ['wakefield']));
		expect(wf.map((e) => [e.row.framework, e.change, e.acrossFrameworks])).toEqual([['youth-2025', 'better', true], ['youth-2018', 'first', false]]);
		expect(wf[0].changeText).toBe('Up from Requires improvement (under a different framework)');
		const cardiffRows = await db.query<HistoryRow>(SERVICE_HISTORY_SQL, ['cardiff']);
		const [cardiff] = shapeTimeline(cardiffRows, [], await db.query<AreaRatingRow>(SERVICE_AREAS_SQL, ['cardiff']));
		expect(cardiff.areas.find((a) => a.code === '3.4')?.label).toBe('3.4 Joint working');
	});
});
