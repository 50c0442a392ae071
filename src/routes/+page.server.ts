import { buildDatabase } from '$lib/server/database';
import { RATINGS_GRID_SQL, type RatingCellRow } from '$lib/db/queries/overview';
import { NATIONAL_SCORES_SQL, REPORT_INSPECTIONS_SQL, type NationalScoreRow, type ReportInspectionRow } from '$lib/db/queries/scoreDistribution';

export async function load() {
	const db = await buildDatabase();
	return {
		grid: await db.query<RatingCellRow>(RATINGS_GRID_SQL),
		// Score distribution (OverviewScores): every /36 inspection nationally, and the report inspections.
		national: await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL),
		reports: await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL)
	};
}
