/**
 * SQL shared by the build-time database (prerender, @duckdb/node-api) and the
 * browser database (DuckDB-WASM), so the prerendered chart and the live chart
 * come from the same query. Identifiers come only from the table schema;
 * values reach SQL only as `?` parameters.
 */
import { TABLES, type TableName, type TableSchema } from '../tables/schema';

export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Tables the browser loads, in dependency-free order. */
export const LOADED_TABLES: readonly TableName[] = Object.keys(TABLES) as TableName[];

/**
 * The tables a statement may read: every table name that appears in it as a
 * word. Over-matching (a name inside a string or column) only loads a table
 * early; our SQL names each table it reads, so none is missed.
 */
export function tablesNamedIn(sql: string): TableName[] {
	const words = new Set(sql.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
	return LOADED_TABLES.filter((name) => words.has(name));
}

/** Read one of our CSV files with the schema's exact column types (no sniffing). */
export function readCsv(schema: TableSchema, csvPath: string): string {
	const columns = schema.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
	return `SELECT * FROM read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
}

/** CREATE TABLE from one of our CSV files. */
export function createTableFromCsv(schema: TableSchema, csvPath: string): string {
	return `CREATE OR REPLACE TABLE "${schema.name}" AS ${readCsv(schema, csvPath)}`;
}

/** Rows one INSERT takes (its parameters are rows × columns). */
export const INSERT_BATCH = 100;

/** INSERT of `rows` rows, every value a `?` parameter cast to the schema's type, in the schema's column order. */
export function insertValues(schema: TableSchema, rows: number): string {
	const row = `(${schema.columns.map((c) => `CAST(? AS ${c.type})`).join(', ')})`;
	return `INSERT INTO "${schema.name}" VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
}

/** Turn whatever the engine returns (bigint, Date, Arrow values) into plain JSON values. */
export function plainValue(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	return String(v);
}

export function plainRows<T>(rows: ReadonlyArray<Record<string, unknown>>): T[] {
	return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plainValue(v)])) as T);
}
