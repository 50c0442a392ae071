/**
 * The browser creates a table only when a query names it (src/lib/db/client.ts):
 * every query the dashboard runs must therefore name every table it reads.
 * Each is prepared against a database holding only the tables
 * `tablesNamedIn` finds in it: a table it missed fails the bind.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { TABLES, type TableName } from '../../../src/lib/tables/schema';
import { tablesNamedIn } from '../../../src/lib/db/sql';

const modules = import.meta.glob('../../../src/lib/db/queries/*.ts', { eager: true });
const queries = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports as Record<string, unknown>)
		.filter(([name, value]) => name.endsWith('_SQL') && typeof value === 'string')
		.map(([name, value]) => [`${file.split('/').pop()} ${name}`, value as string] as const)
);

async function databaseWith(tables: readonly TableName[]) {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const name of tables) {
		const columns = TABLES[name].columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
		await conn.run(`CREATE TABLE "${name}" (${columns})`);
	}
	return conn;
}

describe('tablesNamedIn', () => {
	it('finds table names as words, in any case, and nothing else', () => {
		expect(tablesNamedIn('SELECT * FROM Ratings r JOIN "inspections" i USING (inspection_id)')).toEqual(['inspections', 'ratings']);
		expect(tablesNamedIn('SELECT rating_points FROM ratings_v')).toEqual([]);
		expect(tablesNamedIn('SELECT 1')).toEqual([]);
	});

	it('finds the queries to check', () => {
		expect(queries.length).toBeGreaterThan(25);
	});

	it.each(queries)('%s binds with only the tables it names', async (_, sql) => {
		const named = tablesNamedIn(sql);
		expect(named.length).toBeGreaterThan(0);
		const conn = await databaseWith(named);
		await expect(conn.prepare(sql)).resolves.toBeDefined();
		conn.closeSync();
	});

	it('a query missing a table fails to bind (the check above can fail)', async () => {
		const sql = queries.find(([name]) => name.includes('STANDARDS_RATINGS_SQL'))![1];
		const conn = await databaseWith(tablesNamedIn(sql).filter((t) => t !== 'inspections'));
		await expect(conn.prepare(sql)).rejects.toThrow(/inspections/);
		conn.closeSync();
	});
});
