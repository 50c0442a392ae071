/**
 * Parquet from the CSV we just wrote, with the schema's column types, through
 * DuckDB's Node API (build time only; the browser reads the CSV).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { TableSchema } from '../../src/lib/tables/schema';

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function writeParquet(schema: TableSchema, csvPath: string, parquetPath: string): Promise<void> {
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	try {
		const columns = schema.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
		await conn.run(
			`COPY (SELECT * FROM read_csv(${sqlString(csvPath)}, header = true, columns = {${columns}}))
			 TO ${sqlString(parquetPath)} (FORMAT parquet)`
		);
	} finally {
		conn.closeSync();
		db.closeSync();
	}
}
