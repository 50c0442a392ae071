/** The prerender rows of the overview (`/`): the same SQL `OverviewView` asks again live. */
import type { QueryEngine } from '../../db/types';
import { RATINGS_GRID_SQL, type RatingCellRow } from '../../db/queries/overview';
import { LATEST_INSPECTIONS_SQL, REGISTER_COUNT_SQL, type LatestInspectionRow } from '../../db/queries/register';
import {
	NATIONAL_SCORES_SQL,
	REPORT_INSPECTIONS_SQL,
	type NationalScoreRow,
	type ReportInspectionRow
} from '../../db/queries/scoreDistribution';

export interface OverviewData {
	grid: RatingCellRow[];
	/** Score distribution: every /36 inspection nationally, and the report inspections. */
	national: NationalScoreRow[];
	reports: ReportInspectionRow[];
	/** National picture: the latest inspection of every register service. */
	latest: LatestInspectionRow[];
	totalServices: number;
}

export async function loadOverview(db: Pick<QueryEngine, 'query'>): Promise<OverviewData> {
	return {
		grid: await db.query<RatingCellRow>(RATINGS_GRID_SQL),
		national: await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL),
		reports: await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL),
		latest: await db.query<LatestInspectionRow>(LATEST_INSPECTIONS_SQL),
		totalServices: (await db.query<{ n: number }>(REGISTER_COUNT_SQL))[0].n
	};
}
