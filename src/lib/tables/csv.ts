/** RFC 4180 CSV in the schema's column order; missing values are empty fields. */
import { csvFormatBody, csvFormatRows } from 'd3-dsv';
import type { Row, TableSchema } from './schema';

function cell(value: Row[string]): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' && !Number.isFinite(value)) return '';
	return String(value);
}

export function toCsv(schema: TableSchema, rows: readonly Row[]): string {
	const names = schema.columns.map((c) => c.name);
	for (const row of rows) {
		const extra = Object.keys(row).filter((k) => !names.includes(k));
		if (extra.length) throw new Error(`table ${schema.name}: unknown column(s) ${extra.join(', ')}`);
	}
	const header = csvFormatRows([names]);
	const body = csvFormatBody(
		rows.map((row) => Object.fromEntries(names.map((n) => [n, cell(row[n])]))),
		names
	);
	return `${header}\n${body}${body ? '\n' : ''}`;
}
