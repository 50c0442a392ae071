/**
 * How each national figure is cited. Every output row carries one of these
 * (or a page URL) in its `source` column; the wording names the file in
 * ../shared/data and the original release it was copied from.
 */

export const SHARED_FILES = {
	scores: 'hmip_yjs_overall_scores_2021_2025.csv',
	publicPages: 'ratings_facts_from_public_pages.csv',
	lait: 'lait_youth_justice_by_la.csv',
	neighbours: 'dfe_statistical_neighbours_2025.csv',
	comparators: 'national_comparators.csv'
} as const;

export const SCRAPE_SOURCE = `${SHARED_FILES.scores} (data-to-insight scrape of HMIP reports, hmi-probation-youth-justice-scrape @9dd53af)`;

/** LAIT long table at the commit named in ../shared/data/README.md. */
export function laitSource(measureCode: string): string {
	return `DfE LAIT bds_long_0.parquet @2e30e39, measure ${measureCode}`;
}

export const NEIGHBOURS_SOURCE = 'DfE children\'s services statistical neighbours, May 2025 release (LAIT sn_may_2025.xlsx)';

export function comparatorSource(sourceUrl: string): string {
	return `${SHARED_FILES.comparators} (hand-transcribed headline figure; from ${sourceUrl})`;
}
