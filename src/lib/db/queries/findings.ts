/**
 * The search index of `/findings`: every finding of every inspection
 * (strengths, areas for improvement, recommendations and inspectors' prose)
 * with its service and the service's rating on the standard it sits under.
 * Read once at build time; the page searches it in memory.
 */

export interface FindingsIndexRow {
	service_id: string;
	/** Local authority, the short display name, e.g. `Suffolk`. */
	service: string;
	/** Standard (`2.2`) or domain (`2`); null for a recommendation. */
	standard_code: string | null;
	kind: 'strength' | 'improvement' | 'recommendation' | 'narrative';
	number: number | null;
	text: string;
	source: string;
	line_end: number | null;
	/** The service's rating on that standard, where it is one. */
	rating: string | null;
}

export const FINDINGS_INDEX_SQL = `
SELECT s.service_id, s.local_authority AS service, f.standard_code, f.kind, f.number,
       f.text, f.source, f.line_end, r.rating
FROM findings f
JOIN inspections i ON i.inspection_id = f.inspection_id
JOIN services s ON s.service_id = i.service_id
LEFT JOIN ratings r ON r.inspection_id = f.inspection_id AND r.standard_code = f.standard_code
ORDER BY s.local_authority, TRY_CAST(split_part(f.source, ':', 2) AS INTEGER)`;
