/** SQL of the overview (`/`): every rating of every inspection, one row per standard, with the score. */
import type { ProfileRatingRow } from './services';

/**
 * A `ratings` row (one standard of one inspection) with the columns of its inspection and service that
 * the heatmap, its table and its finding read. No more: SvelteKit writes every column of the
 * prerendered rows into the page, one row per standard, and the inspection's rating and score lines,
 * fieldwork date and the standard's domain (which the framework gives) were 0.3 KB of its gzipped HTML.
 */
export interface RatingCellRow extends Omit<ProfileRatingRow, 'domain'> {
	service_id: string;
	service_name: string;
	local_authority: string;
	score: number;
	score_max: number;
	overall_rating: string;
}

/** Every rating of every inspection, best score first. */
export const RATINGS_GRID_SQL = `
SELECT i.inspection_id, s.service_id, s.service_name, s.local_authority, i.score, i.score_max, i.overall_rating,
       r.standard_code, r.standard_name, r.rating, r.points, r.in_score, r.source
FROM ratings r
JOIN inspections i ON i.inspection_id = r.inspection_id
JOIN services s ON s.service_id = i.service_id
ORDER BY i.score DESC, s.local_authority, r.standard_code`;
