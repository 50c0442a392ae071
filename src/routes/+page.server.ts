import { buildDatabase } from '$lib/server/database';
import { RATINGS_GRID_SQL, type RatingCellRow } from '$lib/db/queries/overview';
import { LATEST_INSPECTIONS_SQL, REGISTER_COUNT_SQL, type LatestInspectionRow } from '$lib/db/queries/register';
import { NATIONAL_SCORES_SQL, REPORT_INSPECTIONS_SQL, type NationalScoreRow, type ReportInspectionRow } from '$lib/db/queries/scoreDistribution';

export async function load() {
	const db = await buildDatabase();
	return {
		grid: await db.query<RatingCellRow>(RATINGS_GRID_SQL),
		// Score distribution (OverviewScores): every /36 inspection nationally, and the report inspections.
		national: await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL),
		reports: await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL),
		// National picture: the latest inspection of every register service.
		latest: await db.query<LatestInspectionRow>(LATEST_INSPECTIONS_SQL),
		totalServices: (await db.query<{ n: number }>(REGISTER_COUNT_SQL))[0].n
	};
}
