/**
 * An added report's rows in DuckDB-WASM, inserted the way src/lib/db/client.ts
 * does (insertValues, `?` parameters cast to the schema's types): they read
 * back with the same values and types as the published rows of the report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPublishedTables, startWasmEngine } from './wasmEngine';
import { arrowRows, type ArrowTable } from '../../../src/lib/db/arrowRows';
import { INSERT_BATCH, insertValues } from '../../../src/lib/db/sql';
import { previewReport } from '../../../src/lib/add/preview';
import { addedRows } from '../../../src/lib/add/rows';
import { TABLES } from '../../../src/lib/tables/schema';
import { REPORT_TABLES } from '../../../src/lib/tables/fromReports';

describe('added rows in the browser engine', () => {
	it('thurrock.txt read as an added report: every table takes its rows, with the published values', async () => {
		const db = await startWasmEngine();
		const conn = loadPublishedTables(db);
		const input = { name: 'thurrock.txt', kind: 'text' as const, text: readFileSync('data/reports/thurrock.txt', 'utf8') };
		const outcome = previewReport(input);
		if (!outcome.ok) throw new Error(outcome.message);
		const rows = addedRows(input, outcome.preview.report!);
		for (const name of REPORT_TABLES) {
			const schema = TABLES[name];
			for (let i = 0; i < rows[name].length; i += INSERT_BATCH) {
				const batch = rows[name].slice(i, i + INSERT_BATCH);
				const statement = conn.prepare(insertValues(schema, batch.length));
				statement.query(...batch.flatMap((row) => schema.columns.map((c) => row[c.name] ?? null)));
				statement.close();
			}
		}
		const read = <T>(sql: string) => arrowRows<T>(conn.query(sql) as unknown as ArrowTable);
		const columns = (name: string) => TABLES[name as keyof typeof TABLES].columns.map((c) => `"${c.name}"`).filter((c) => !/source|_id"$/.test(c)).join(', ');
		for (const name of ['inspections', 'ratings', 'key_questions', 'facts']) {
			const mine = read(`SELECT ${columns(name)} FROM ${name} WHERE inspection_id LIKE 'added-thurrock-%' ORDER BY ALL`);
			const published = read(`SELECT ${columns(name)} FROM ${name} WHERE inspection_id = 'thurrock-2022' ORDER BY ALL`);
			expect(mine.length, name).toBeGreaterThan(0);
			expect(mine, name).toEqual(published);
		}
		expect(read<{ n: number }>(`SELECT count(*) AS n FROM services WHERE service_id = 'added-thurrock'`)[0].n).toBe(1);
		conn.close();
	}, 60_000);
});
