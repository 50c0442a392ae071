/**
 * SQL of the board pack (`/services/<id>/board-pack`). It runs at build time
 * only: the pack is a printout, so everything it needs, including every
 * English authority's latest figures (for peers chosen in a link), is in
 * the prerendered page. Shaping lives in `src/lib/boardPack/`.
 */
import { NATIONAL_SCORES_SQL } from './scoreDistribution';

/** Every comparable (/36) inspection with the authorities it covers. */
export const PACK_NATIONAL_SQL = NATIONAL_SCORES_SQL.replace(
	'overall_rating, flag, report_url, source',
	'overall_rating, flag, report_url, source, la_names'
);

/** Ratings of every standard in every report inspection, with the framework version (3.4 differs). */
export const PACK_COMPARISON_RATINGS_SQL = `
SELECT r.inspection_id, s.service_name, i.framework, r.standard_code, r.rating
FROM ratings r
JOIN inspections i ON i.inspection_id = r.inspection_id
JOIN services s ON s.service_id = i.service_id
ORDER BY r.inspection_id, r.standard_code`;

/** Key questions with every published column (`*`: intervals join when the table gains them). Parameter: inspection id. */
export const PACK_KEY_QUESTIONS_SQL = `
SELECT *
FROM key_questions
WHERE inspection_id = ? AND level = 'key_question'
ORDER BY standard_code, aspect`;

/** DfE statistical neighbours of one authority. Parameter: DfE LA number. */
export const PACK_NEIGHBOURS_SQL = `
SELECT rank, neighbour_la_number, neighbour_la_name, closeness
FROM statistical_neighbours
WHERE la_number = ?
ORDER BY rank`;

export const PACK_MEASURES = ['first_time_entrant_rate', 'reoffending_rate_15_17', 'youth_justice_spend'] as const;

/**
 * Each measure in the latest year the service's authority has a figure
 * (else the latest year held), for every authority, region and England.
 * Parameter: the DfE LA number.
 */
export const PACK_INDICATORS_SQL = `
WITH m(measure) AS (VALUES ${PACK_MEASURES.map((id) => `('${id}')`).join(', ')}),
latest AS (
  SELECT m.measure, coalesce(
    (SELECT max(year) FROM la_indicators l
     WHERE l.measure = m.measure AND l.geography_level = 'local_authority' AND l.dfe_la_number = ? AND l.value IS NOT NULL),
    (SELECT max(year) FROM la_indicators l WHERE l.measure = m.measure)) AS year
  FROM m
)
SELECT li.la_name, li.dfe_la_number, li.region, li.geography_level, li.measure, li.period, li.year, li.value, li.suppressed, li.flag
FROM la_indicators li
JOIN latest ON latest.measure = li.measure AND latest.year = li.year
ORDER BY li.measure, li.geography_level, li.dfe_la_number`;

/** English local authorities in LAIT: the allow-list of `?peers=la:<number>`. */
export interface PackAuthorityRow {
	dfe_la_number: number;
	la_name: string;
}

export const PACK_AUTHORITIES_SQL = `
SELECT DISTINCT dfe_la_number, la_name
FROM la_indicators
WHERE geography_level = 'local_authority'
ORDER BY dfe_la_number`;
