/**
 * The numbers a chart shows, as columns and rows: one description feeds the
 * chart card's table view and its CSV download, so both always agree.
 *
 * A value that is absent stays absent: `null`, `undefined`, `''` and `NaN`
 * are "missing", shown as "Not reported" (or the column's own wording) in the
 * table and as an empty field in the CSV, never as 0.
 */

export type TableRow = Record<string, unknown>;

export interface TableColumn<R extends TableRow = TableRow> {
	/** Property of each row holding this column's value. */
	key: string;
	/** Header text in the table and the CSV. */
	label: string;
	/** Display text for a present value in the table; the CSV always has the raw value. */
	format?: (value: unknown, row: R) => string;
	/** Right-aligned in the table (figures). */
	numeric?: boolean;
	/** Table text for a missing value; default "Not reported". */
	missing?: string;
}

export const NOT_REPORTED = 'Not reported';

/** True for a value the source did not give: null, undefined, '' or NaN (0 is a value). */
export function isMissing(value: unknown): boolean {
	return value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

/** The table text of one cell: formatted value, or the column's missing wording. */
export function cellText<R extends TableRow>(column: TableColumn<R>, row: R): string {
	const value = row[column.key];
	if (isMissing(value)) return column.missing ?? NOT_REPORTED;
	return column.format ? column.format(value, row) : String(value);
}
