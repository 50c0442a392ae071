/**
 * The browser database: DuckDB-WASM with self-hosted files, loading our CSV
 * tables. Import this module only from the browser (dynamic import in
 * onMount): its ?url imports pull the wasm into the client build, never the
 * server build.
 *
 * Offline by design: extension autoload and autoinstall are switched off, so
 * DuckDB never tries to download a Parquet or JSON reader from another host;
 * we use its built-in CSV reader instead.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { TABLES } from '../tables/schema';
import { LOADED_TABLES, createTableFromCsv, plainRows } from './sql';
import type { QueryEngine } from './types';

export interface BrowserDatabase extends QueryEngine {
	close(): Promise<void>;
}

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status})`);
	return response.text();
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
/** The engine must be up within this time, or we report it as unavailable. */
const START_TIMEOUT_MS = 30_000;

/**
 * Fetch the wasm here, not in the worker: a worker that fails to fetch it
 * never reports back (its promise just hangs), so a blocked, missing or
 * corrupt file must be caught before the worker sees it. The worker then
 * instantiates from a same-origin blob URL of the bytes we checked.
 */
async function fetchWasm(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the database engine (wasm) could not be loaded (HTTP ${response.status})`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	if (!WASM_MAGIC.every((b, i) => bytes[i] === b)) throw new Error('the database engine (wasm) file is corrupt');
	return URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
}

function timeout(ms: number, what: string): Promise<never> {
	return new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms));
}

export async function openBrowserDatabase(dataBase: string): Promise<BrowserDatabase> {
	const wasmUrl = fetchWasm(ehWasm).catch((e: unknown) => {
		throw e instanceof TypeError ? new Error('the database engine (wasm) could not be loaded') : e;
	});
	const texts = Promise.all(LOADED_TABLES.map((name) => fetchText(`${dataBase}/${name}.csv`)));
	// Both downloads start at once; a failure of either is reported, the other is not left unhandled.
	texts.catch(() => undefined);
	const moduleUrl = await wasmUrl;

	const worker = new Worker(ehWorker);
	const workerFailed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', () => reject(new Error('the database worker could not start')), { once: true });
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await Promise.race([db.instantiate(moduleUrl), workerFailed, timeout(START_TIMEOUT_MS, 'starting the database engine')]);
		URL.revokeObjectURL(moduleUrl);
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
		const conn = await db.connect();
		await conn.query(`SET autoinstall_known_extensions = false`);
		await conn.query(`SET autoload_known_extensions = false`);

		const loaded = await texts;
		for (const [i, name] of LOADED_TABLES.entries()) {
			await db.registerFileText(`${name}.csv`, loaded[i]);
			await conn.query(createTableFromCsv(TABLES[name], `${name}.csv`));
		}

		return {
			async query<T>(sql: string, params: ReadonlyArray<string | number | boolean | null> = []) {
				const statement = await conn.prepare(sql);
				try {
					const table = await statement.query(...params);
					return plainRows<T>(table.toArray().map((row) => row.toJSON()));
				} finally {
					await statement.close();
				}
			},
			async close() {
				await conn.close();
				await db.terminate();
			}
		};
	} catch (error) {
		URL.revokeObjectURL(moduleUrl);
		await db.terminate().catch(() => undefined);
		worker.terminate();
		throw error;
	}
}
