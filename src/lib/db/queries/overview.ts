/** SQL of the overview (`/`): every rating of every inspection, one row per standard, with the score. */
import type { ProfileRatingRow } from './services';

/** A `ratings` row (one standard of one inspection) with its inspection's and service's columns. */
export interface RatingCellRow extends ProfileRatingRow {
	service_id: string;
	service_name: string;
	local_authority: string;
	score: number;
	score_max: number;
	overall_rating: string;
	overall_rating_source: string;
	score_source: string;
	fieldwork: string | null;
}

/** Every rating of every inspection, best score first. */
export const RATINGS_GRID_SQL = `
SELECT i.inspection_id, s.service_id, s.service_name, s.local_authority,
       i.score, i.score_max, i.overall_rating, i.overall_rating_source, i.source AS score_source, i.fieldwork,
       r.standard_code, r.domain, r.standard_name, r.rating, r.points, r.in_score, r.source
FROM ratings r
JOIN inspections i ON i.inspection_id = r.inspection_id
JOIN services s ON s.service_id = i.service_id
ORDER BY i.score DESC, s.local_authority, r.standard_code`;
