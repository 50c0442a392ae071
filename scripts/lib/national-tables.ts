/**
 * The committed national tables (data/national/*.csv, made from ../shared/data
 * by scripts/import-national.ts) checked against the schema and passed on.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { TABLES, type Row, type TableSchema } from '../../src/lib/tables/schema';

const NATIONAL = ['national_scores', 'la_indicators', 'statistical_neighbours', 'national_comparators'] as const;

function readNational(schema: TableSchema): Row[] {
	const path = `data/national/${schema.name}.csv`;
	const parsed = csvParse(readFileSync(path, 'utf8'));
	const expected = schema.columns.map((c) => c.name);
	const missing = expected.filter((n) => !parsed.columns.includes(n));
	const extra = parsed.columns.filter((n) => !expected.includes(n));
	if (missing.length || extra.length) {
		throw new Error(`${path}: columns differ from the schema (missing: ${missing.join(', ') || 'none'}; unexpected: ${extra.join(', ') || 'none'})`);
	}
	return parsed.map((row) => Object.fromEntries(expected.map((n) => [n, row[n] === '' ? null : (row[n] ?? null)])));
}

export function nationalTables(): Record<(typeof NATIONAL)[number], Row[]> {
	return Object.fromEntries(NATIONAL.map((name) => [name, readNational(TABLES[name])])) as Record<(typeof NATIONAL)[number], Row[]>;
}
