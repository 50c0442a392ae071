/**
 * arrowRows (src/lib/db/arrowRows.ts) reads DuckDB-WASM's Arrow results a
 * column at a time. Checked against the real engine (DuckDB-WASM's own
 * Node.js build of the same wasm) on every published table: the rows equal
 * what Arrow's row-by-row reading gives, and a missing value stays null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { LOADED_TABLES, plainRows } from '../../../src/lib/db/sql';
import { arrowRows, type ArrowTable } from '../../../src/lib/db/arrowRows';
import { loadPublishedTables, startWasmEngine } from './wasmEngine';

let conn: DuckDBConnection;

beforeAll(async () => {
	conn = loadPublishedTables(await startWasmEngine());
}, 60_000);
afterAll(() => {
	conn?.close();
});

const rowByRow = (table: ReturnType<DuckDBConnection['query']>) => plainRows(table.toArray().map((r) => r.toJSON()));

describe('arrowRows', () => {
	it.each(LOADED_TABLES.map((t) => [t]))('%s: the same rows as reading row by row', (name) => {
		const table = conn.query(`SELECT * FROM "${name}"`);
		expect(table.numRows).toBeGreaterThan(0);
		expect(arrowRows(table as unknown as ArrowTable)).toEqual(rowByRow(table));
	});

	it('keeps a missing value null in every column type, never a number', () => {
		const table = conn.query(`
			SELECT * FROM (VALUES
				(1::INTEGER, 2.5::DOUBLE, true, 'a', 10::BIGINT),
				(NULL, NULL, NULL, NULL, NULL),
				(0::INTEGER, 0.0::DOUBLE, false, '', 0::BIGINT)
			) t(i, d, b, s, n)`);
		expect(arrowRows(table as unknown as ArrowTable)).toEqual([
			{ i: 1, d: 2.5, b: true, s: 'a', n: 10 },
			{ i: null, d: null, b: null, s: null, n: null },
			{ i: 0, d: 0, b: false, s: '', n: 0 }
		]);
	});

	it('reads the facts table with its missing periods as null (the check above can fail)', () => {
		const rows = arrowRows<{ period: string | null; value: number }>(conn.query(`SELECT period, value FROM facts`) as unknown as ArrowTable);
		expect(rows.some((r) => r.period === null)).toBe(true);
		expect(rows.every((r) => typeof r.value === 'number')).toBe(true);
	});
});
