/**
 * A chart's rows as CSV (RFC 4180: fields with commas, quotes or line breaks
 * are quoted and quotes doubled, by d3-dsv; records end with CRLF).
 * The header is the column labels; values are raw (numbers unformatted, so a
 * spreadsheet reads them as numbers); a missing value is an empty field.
 */
import { csvFormatRow } from 'd3-dsv';
import { isMissing, type TableColumn, type TableRow } from './columns';

function field(value: unknown): string {
	if (isMissing(value)) return '';
	if (value instanceof Date) return value.toISOString();
	return String(value);
}

export function rowsToCsv<R extends TableRow>(columns: readonly TableColumn<R>[], rows: readonly R[]): string {
	const records = [columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => field(row[c.key])))];
	return records.map((r) => csvFormatRow(r)).join('\r\n') + '\r\n';
}
