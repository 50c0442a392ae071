/**
 * Parquet from the CSV we just wrote, with the schema's column types, through
 * DuckDB's Node API (build time only; the browser reads the CSV).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { TableSchema } from '../../src/lib/tables/schema';
import { readCsv, sqlString } from '../../src/lib/db/sql';


export async function writeParquet(schema: TableSchema, csvPath: string, parquetPath: string): Promise<void> {
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	try {
		await conn.run(`COPY (${readCsv(schema, csvPath)}) TO ${sqlString(parquetPath)} (FORMAT parquet)`);
	} finally {
		conn.closeSync();
		db.closeSync();
	}
}
