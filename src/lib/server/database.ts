/**
 * The build-time database used while prerendering: the same tables and the
 * same SQL as the browser, through @duckdb/node-api, so every page's HTML
 * already holds its charts before DuckDB-WASM starts.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { TABLES } from '../tables/schema';
import { LOADED_TABLES, createTableFromCsv, plainRows } from '../db/sql';
import type { QueryEngine } from '../db/types';

const DATA_DIR = resolve('static/data');
let opened: Promise<QueryEngine> | null = null;

async function open(): Promise<QueryEngine> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const name of LOADED_TABLES) {
		await conn.run(createTableFromCsv(TABLES[name], `${DATA_DIR}/${name}.csv`));
	}
	return {
		async query<T>(sql: string, params: ReadonlyArray<string | number | boolean | null> = []) {
			const reader = await conn.runAndReadAll(sql, params as (string | number | boolean | null)[]);
			return plainRows<T>(reader.getRowObjectsJS());
		}
	};
}

export function buildDatabase(): Promise<QueryEngine> {
	opened ??= open();
	return opened;
}
