/**
 * CSV in and out for the national tables. d3-dsv does RFC 4180 quoting;
 * here we only add what the shared files need: a BOM and CRLF tolerant
 * reader, and a writer that keeps a fixed column order and writes missing
 * values as an empty field (never 0).
 */
import { csvFormat, csvParse } from 'd3-dsv';

export type CsvValue = string | number | boolean | null | undefined;

/** Parses CSV text into string records; strips a BOM and accepts CRLF. */
export function parseCsv(text: string): Record<string, string>[] {
	const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	return csvParse(clean).map((row) => {
		const out: Record<string, string> = {};
		for (const [k, v] of Object.entries(row)) out[k.trim()] = v ?? '';
		return out;
	});
}

function cell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`Refusing to write non-finite number ${value}`);
		return String(value);
	}
	return String(value);
}

/** Formats rows with exactly `columns`, in that order; throws on a key outside them so a typo cannot drop data. */
export function formatCsv<T extends object>(rows: ReadonlyArray<T>, columns: ReadonlyArray<keyof T & string>): string {
	const known = new Set<string>(columns);
	const strings = rows.map((row) => {
		for (const key of Object.keys(row)) {
			if (!known.has(key)) throw new Error(`Column "${key}" is not in the output columns`);
		}
		const out: Record<string, string> = {};
		for (const c of columns) out[c] = cell(row[c] as CsvValue);
		return out;
	});
	return csvFormat(strings, [...columns]) + '\n';
}

/** Looks up a column and throws when the source file lacks it, so a renamed column fails loudly. */
export function requireColumns(rows: ReadonlyArray<Record<string, string>>, columns: ReadonlyArray<string>, file: string): void {
	if (rows.length === 0) throw new Error(`${file}: no rows`);
	const have = new Set(Object.keys(rows[0]));
	const missing = columns.filter((c) => !have.has(c));
	if (missing.length) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
}
