/** The console's result: sorting (a header click) and the CSV download. Pure. */
import { rowsToCsv } from '../charts/export/csv';
import type { Cell, ResultColumn } from './runner';

export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
	column: number;
	direction: SortDirection;
}

/** Rows shown in the page; the CSV has every row kept. */
export const SHOWN_ROWS = 1_000;

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function compareCells(a: Cell, b: Cell): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
	return collator.compare(String(a), String(b));
}

/** A stable sort on one column; missing values last in either direction. */
export function sortRows(rows: readonly Cell[][], order: SortOrder | null): Cell[][] {
	if (!order) return [...rows];
	const sign = order.direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i }))
		.sort((x, y) => {
			const a = x.row[order.column];
			const b = y.row[order.column];
			if (a === null || b === null) return a === b ? x.i - y.i : a === null ? 1 : -1;
			return sign * compareCells(a, b) || x.i - y.i;
		})
		.map(({ row }) => row);
}

/** The next order when a column's header is clicked: ascending, descending, then the query's own order. */
export function nextSort(current: SortOrder | null, column: number): SortOrder | null {
	if (current?.column !== column) return { column, direction: 'ascending' };
	return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

/** The rows as CSV, header = column names (duplicates kept apart by position). */
export function resultCsv(columns: readonly ResultColumn[], rows: readonly Cell[][]): string {
	const keyed = columns.map((c, j) => ({ key: String(j), label: c.name }));
	return rowsToCsv(keyed, rows.map((row) => Object.fromEntries(row.map((v, j) => [String(j), v]))));
}
