/**
 * The overview heatmap's title on the real tables: West Sussex, Hartlepool and
 * Thurrock all score 26/36 (west-sussex.txt:50, hartlepool.txt:53,
 * thurrock.txt:97), East Sussex 25, Suffolk 9 (suffolk.txt:97).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { RATINGS_GRID_SQL, type RatingCellRow } from '../../../src/lib/db/queries/overview';
import { heatmapFinding } from '../../../src/lib/charts/findings';

let rows: RatingCellRow[];
beforeAll(async () => {
	rows = await (await buildDatabase()).query<RatingCellRow>(RATINGS_GRID_SQL);
});

describe('heatmapFinding', () => {
	it('names every service tied on the highest score, not one of them', () => {
		const { title, summary } = heatmapFinding(rows);
		expect(title).toBe('Hartlepool Youth Offending Service, Thurrock Youth Justice Service and West Sussex YJS score highest (26/36); Suffolk Youth Justice Service lowest (9/36)');
		expect(summary).toContain('5 inspections.');
	});
	it('says one name with "scores" when the top is not tied, and words an all-way tie', () => {
		const without = rows.filter((r) => !['hartlepool', 'thurrock'].includes(r.service_id));
		expect(heatmapFinding(without).title).toMatch(/^West Sussex YJS scores highest \(26\/36\); /);
		const two = rows.filter((r) => ['hartlepool', 'thurrock'].includes(r.service_id));
		expect(heatmapFinding(two).title).toBe('All 2 inspections score 26/36');
	});
});
