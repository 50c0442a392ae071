/**
 * Scores out of 36: every comparable inspection nationally, and the
 * inspections of the report services (the dashboard's own reports).
 * The same SQL runs at build time (prerender) and in the browser.
 */

/** One row of `national_scores` that can sit on the /36 scale. */
export interface NationalScoreRow {
	service: string;
	hmip_ref: string | null;
	published: string | null;
	published_as_stated: string | null;
	framework: string;
	score: number;
	score_basis: string | null;
	overall_rating: string;
	flag: string | null;
	report_url: string | null;
	source: string;
}

/**
 * Every inspection with a trusted score out of 36. `comparable` already
 * excludes the 2025 framework and unusable scores; the framework and score
 * conditions repeat it so a future data error cannot slip a non-/36 row in.
 */
const NATIONAL_COMPARABLE = `
FROM national_scores
WHERE comparable = true AND framework = 'youth-2018' AND score IS NOT NULL
ORDER BY score, published, service`;

/** Those rows, every column. */
export const NATIONAL_SCORES_SQL = `
SELECT service, hmip_ref, published, published_as_stated, framework, score, score_basis,
       overall_rating, flag, report_url, source${NATIONAL_COMPARABLE}`;

/** The columns of a national row that the score distribution reads (`shapeDistribution`, its table, `reportLink`). */
export type DistributionNationalRow = Pick<
	NationalScoreRow,
	'service' | 'published' | 'published_as_stated' | 'score' | 'overall_rating' | 'flag' | 'report_url' | 'source'
>;

/**
 * The same rows with only those columns, for the pages that draw the distribution (the overview and a
 * report service's profile): SvelteKit writes every column of a prerendered row into the page, and
 * `hmip_ref`, `framework` and `score_basis` were 0.3 KB of the overview's gzipped HTML that nothing read.
 */
export const DISTRIBUTION_NATIONAL_SQL = `
SELECT service, published, published_as_stated, score, overall_rating, flag, report_url, source${NATIONAL_COMPARABLE}`;

/** One inspection report of a service in this dashboard. */
export interface ReportInspectionRow {
	inspection_id: string;
	service_id: string;
	service_name: string;
	local_authority: string;
	published: string | null;
	fieldwork: string | null;
	framework: string;
	score: number;
	score_max: number;
	overall_rating: string;
	overall_rating_source: string;
	/** Line the score was read from. */
	source: string;
}

const REPORT_INSPECTION_COLUMNS = `
SELECT i.inspection_id, s.service_id, s.service_name, s.local_authority, i.published, i.fieldwork, i.framework,
       i.score, i.score_max, i.overall_rating, i.overall_rating_source, i.source
FROM inspections i
JOIN services s ON s.service_id = i.service_id`;

/** Every report inspection, by local authority then newest first. */
export const REPORT_INSPECTIONS_SQL = `${REPORT_INSPECTION_COLUMNS}
ORDER BY s.local_authority, i.fieldwork DESC`;
