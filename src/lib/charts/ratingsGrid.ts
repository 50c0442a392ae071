/**
 * The ratings grid (one row per inspection, one cell per standard) shared by
 * the heatmap and its table/CSV, so the picture and the numbers come from the
 * same grouping. A standard with no rating row stays absent: the heatmap draws
 * a dashed "not rated" cell and the table says so; nothing is filled in.
 */
import { STANDARDS, parseRating, type Rating } from '../framework';
import type { RatingCellRow } from '../db/queries/overview';
import type { TableColumn, TableRow } from './export/columns';

/** One inspection of the grid: its columns from its rating rows (the label is `local_authority`, shorter than the service name). */
export interface GridInspection
	extends Pick<RatingCellRow, 'inspection_id' | 'service_id' | 'service_name' | 'local_authority' | 'score' | 'score_max' | 'overall_rating'> {
	/** Rating rows by standard code; a standard not rated in the inspection has no entry. */
	cells: Map<string, RatingCellRow>;
}

/** Inspections in the order their first row appears (the query sorts best score first). */
export function groupByInspection(rows: readonly RatingCellRow[]): GridInspection[] {
	const byInspection = new Map<string, GridInspection>();
	for (const r of rows) {
		let entry = byInspection.get(r.inspection_id);
		if (!entry) {
			entry = {
				inspection_id: r.inspection_id,
				service_id: r.service_id,
				service_name: r.service_name,
				local_authority: r.local_authority,
				score: r.score,
				score_max: r.score_max,
				overall_rating: r.overall_rating,
				cells: new Map()
			};
			byInspection.set(r.inspection_id, entry);
		}
		entry.cells.set(r.standard_code, r);
	}
	return [...byInspection.values()];
}

export function cellRating(cell: RatingCellRow | undefined): Rating | null {
	return cell ? parseRating(cell.rating) : null;
}

export const NOT_RATED = 'Not rated in this inspection';

/** Columns of the grid's table and CSV: service, each standard's rating, score, overall rating. */
export const RATINGS_GRID_COLUMNS: TableColumn[] = [
	{ key: 'service', label: 'Service' },
	...STANDARDS.map((s) => ({ key: s.code, label: `${s.code} ${s.name}`, missing: NOT_RATED })),
	{ key: 'score', label: 'Score (out of 36)', numeric: true, format: (v: unknown, row: TableRow) => `${v}/${row.score_max ?? 36}` },
	{ key: 'overall_rating', label: 'Overall rating' }
];

/** One table row per inspection; a standard that was not rated is null (shown "Not rated in this inspection", empty in the CSV). */
export function ratingsGridRows(rows: readonly RatingCellRow[]): TableRow[] {
	return groupByInspection(rows).map((inspection) => ({
		service: inspection.service_name,
		...Object.fromEntries(STANDARDS.map((s) => [s.code, inspection.cells.get(s.code)?.rating ?? null])),
		score: inspection.score,
		score_max: inspection.score_max,
		overall_rating: inspection.overall_rating
	}));
}

export interface GridCell {
	row: number;
	col: number;
}

/**
 * Keyboard movement in the heatmap (one tab stop; WAI-ARIA grid keys): arrows
 * move one cell, Home/End go to the first/last cell of the row, and with Ctrl
 * to the first/last cell of the grid. Returns null for any other key.
 */
export function nextGridCell(key: string, ctrl: boolean, at: GridCell, rows: number, cols: number): GridCell | null {
	if (rows <= 0 || cols <= 0) return null;
	const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
	switch (key) {
		case 'ArrowRight':
			return { row: at.row, col: clamp(at.col + 1, cols) };
		case 'ArrowLeft':
			return { row: at.row, col: clamp(at.col - 1, cols) };
		case 'ArrowDown':
			return { row: clamp(at.row + 1, rows), col: at.col };
		case 'ArrowUp':
			return { row: clamp(at.row - 1, rows), col: at.col };
		case 'Home':
			return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
		case 'End':
			return ctrl ? { row: rows - 1, col: cols - 1 } : { row: at.row, col: cols - 1 };
		default:
			return null;
	}
}
