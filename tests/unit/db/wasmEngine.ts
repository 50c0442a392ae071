/**
 * For tests: DuckDB-WASM's own Node.js build (`@duckdb/duckdb-wasm/blocking`),
 * the same engine the browser runs, opened with the browser's settings
 * (src/lib/db/client.ts) and loaded with the published tables.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { TABLES } from '../../../src/lib/tables/schema';
import { LOADED_TABLES, createTableFromCsv } from '../../../src/lib/db/sql';

export const DUCKDB_DIST = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

/** DuckDB's own engine files, or (`engine`) another wasm for every bundle, so no other file can be picked. */
export async function startWasmEngine(engine?: string): Promise<DuckDBBindings> {
	const db = await createDuckDB(
		{
			mvp: { mainModule: engine ?? join(DUCKDB_DIST, 'duckdb-mvp.wasm'), mainWorker: join(DUCKDB_DIST, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: engine ?? join(DUCKDB_DIST, 'duckdb-eh.wasm'), mainWorker: join(DUCKDB_DIST, 'duckdb-node-eh.worker.cjs') }
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate(() => undefined);
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	return db;
}

/** A connection with every published table created from its CSV in static/data, as the browser does. */
export function loadPublishedTables(db: DuckDBBindings): DuckDBConnection {
	const conn = db.connect();
	for (const name of LOADED_TABLES) {
		db.registerFileText(`${name}.csv`, readFileSync(`static/data/${name}.csv`, 'utf8'));
		conn.query(createTableFromCsv(TABLES[name], `${name}.csv`));
	}
	return conn;
}
