/**
 * The overview (`/`): the ratings heatmap of the report inspections, the
 * report services on the national distribution of scores out of 36. The
 * national picture of every service's latest inspection asks its own live
 * query (`NationalPictureLive`, loaded after the first view). URL:
 * `?view=table` (the heatmap's table), `?scores=table` (the distribution's).
 */
import { LiveQuery } from '../../db/liveQuery.svelte';
import { errorOf, originOf, updateWarning } from '../../db/queryGroup';
import { RATINGS_GRID_SQL, type RatingCellRow } from '../../db/queries/overview';
import {
	DISTRIBUTION_NATIONAL_SQL,
	REPORT_INSPECTIONS_SQL,
	type DistributionNationalRow,
	type ReportInspectionRow
} from '../../db/queries/scoreDistribution';
import { heatmapFinding } from '../../charts/findings';
import { ratingsGridRows } from '../../charts/ratingsGrid';
import { shapeDistribution } from '../../charts/scoreDistribution/shape';
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { OVERVIEW_DEFAULTS, overviewSpec } from '../../state/views/overview';
import type { OverviewData } from './load';

export class OverviewView {
	readonly state: UrlState<typeof overviewSpec>;
	readonly grid: LiveQuery<RatingCellRow>;
	readonly national: LiveQuery<DistributionNationalRow>;
	readonly reports: LiveQuery<ReportInspectionRow>;

	/** The heatmap: its finding as title, and its table. */
	readonly finding = $derived.by(() => heatmapFinding(this.grid.rows));
	readonly gridTable = $derived.by(() => ratingsGridRows(this.grid.rows));
	readonly gridEmpty = $derived.by(() => (this.grid.rows.length === 0 && !this.grid.error ? 'No inspection ratings are available.' : null));
	/** A failed live query: no rows to draw, or the prerendered rows kept. */
	readonly gridError = $derived.by(() =>
		this.grid.error && this.grid.rows.length === 0 ? `This chart could not be drawn: ${this.grid.error}.` : null
	);
	readonly gridWarning = $derived.by(() => (this.grid.rows.length > 0 ? updateWarning([this.grid]) : null));
	/** Every report service highlighted on the distribution. */
	readonly distribution = $derived.by(() =>
		shapeDistribution(this.national.rows, this.reports.rows, { highlight: this.reports.rows.map((r) => r.service_id) })
	);
	readonly distributionError = $derived.by(() => errorOf([this.national, this.reports]));
	readonly distributionOrigin = $derived.by(() => originOf([this.national, this.reports]));

	constructor(data: () => OverviewData, url: UrlAccess) {
		this.state = new UrlState({ url, spec: () => overviewSpec, defaults: () => OVERVIEW_DEFAULTS });
		this.grid = new LiveQuery(() => data().grid, () => RATINGS_GRID_SQL);
		this.national = new LiveQuery(() => data().national, () => DISTRIBUTION_NATIONAL_SQL);
		this.reports = new LiveQuery(() => data().reports, () => REPORT_INSPECTIONS_SQL);
	}
}
