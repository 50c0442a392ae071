/**
 * The prerender data of the overview (`/`): the rows of the same SQL `OverviewView` asks again live,
 * and the national picture already shaped. SvelteKit serialises all of it into the page, so the
 * national picture ships as its counts and its 2025-framework list (a few hundred bytes), not as
 * the 155 register rows it is counted from (4.5 KB gzipped, a quarter of the page);
 * `NationalPictureLive` counts the live rows again in the browser.
 */
import type { QueryEngine } from '../../db/types';
import { RATINGS_GRID_SQL, type RatingCellRow } from '../../db/queries/overview';
import { LATEST_INSPECTIONS_SQL, REGISTER_COUNT_SQL, type LatestInspectionRow } from '../../db/queries/register';
import {
	DISTRIBUTION_NATIONAL_SQL,
	REPORT_INSPECTIONS_SQL,
	type DistributionNationalRow,
	type ReportInspectionRow
} from '../../db/queries/scoreDistribution';
import { shapeNationalPicture, type NationalPicture } from '../../charts/register/national';

export interface OverviewData {
	grid: RatingCellRow[];
	/** Score distribution: every /36 inspection nationally, and the report inspections. */
	national: DistributionNationalRow[];
	reports: ReportInspectionRow[];
	/** National picture: the latest inspection of every register service, counted. */
	nationalPicture: NationalPicture;
}

export async function loadOverview(db: Pick<QueryEngine, 'query'>): Promise<OverviewData> {
	const latest = await db.query<LatestInspectionRow>(LATEST_INSPECTIONS_SQL);
	const totalServices = (await db.query<{ n: number }>(REGISTER_COUNT_SQL))[0].n;
	return {
		grid: await db.query<RatingCellRow>(RATINGS_GRID_SQL),
		national: await db.query<DistributionNationalRow>(DISTRIBUTION_NATIONAL_SQL),
		reports: await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL),
		nationalPicture: shapeNationalPicture(latest, totalServices)
	};
}
