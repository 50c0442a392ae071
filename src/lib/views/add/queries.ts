/**
 * SQL of the profile of a 2025-framework report added in this browser
 * (`/add/view?id=…`): its row of the register's inspection history and its
 * area ratings, as a published 2025 inspection is held. One `?` parameter:
 * the inspection key.
 */
export const ADDED_2025_INSPECTION_SQL = `
SELECT inspection_key, service_id, product, published_label, overall_rating, rating_source
FROM inspection_history
WHERE inspection_key = ?`;

export interface Added2025InspectionRow {
	inspection_key: string;
	service_id: string;
	product: string;
	published_label: string;
	overall_rating: string | null;
	rating_source: string | null;
}

export const ADDED_2025_AREAS_SQL = `
SELECT code, rating, source
FROM inspection_area_ratings
WHERE inspection_key = ? AND level = 'area'`;

export interface Added2025AreaRow {
	code: string;
	rating: string;
	source: string;
}
