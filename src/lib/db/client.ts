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

/** `\0asm` and binary format version 1. */
const WASM_HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/**
 * A cheap integrity check of a wasm binary (a dozen steps, no compiling):
 * the header, then top-level sections (an id 0-12 and a LEB128 length each)
 * that end exactly at the end of the file. A truncated or garbled download
 * fails here; inside DuckDB's worker it would only fail as an unhandled
 * rejection there, leaving us to wait for the start-up timeout.
 */
export function wasmLooksIntact(bytes: Uint8Array): boolean {
	if (bytes.length <= WASM_HEADER.length || !WASM_HEADER.every((b, i) => bytes[i] === b)) return false;
	let at = WASM_HEADER.length;
	while (at < bytes.length) {
		if (bytes[at++] > 12) return false;
		let size = 0;
		for (let shift = 0; ; shift += 7) {
			if (at >= bytes.length || shift > 28) return false;
			const byte = bytes[at++];
			size += (byte & 0x7f) * 2 ** shift;
			if ((byte & 0x80) === 0) break;
		}
		at += size;
	}
	return at === bytes.length;
}
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
	if (!wasmLooksIntact(bytes)) throw new Error('the database engine (wasm) file is corrupt');
	return URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
}

/** Rejects after `ms`; `cancel()` stops the timer once the race it guards is over. */
function timeout(ms: number, what: string): { promise: Promise<never>; cancel: () => void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const promise = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
	});
	return { promise, cancel: () => clearTimeout(timer) };
}

/** User-timing marks of the start-up steps, read by `npm run bench`. */
function mark(name: string): void {
	if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

export async function openBrowserDatabase(dataBase: string): Promise<BrowserDatabase> {
	const wasmUrl = fetchWasm(ehWasm).catch((e: unknown) => {
		throw e instanceof TypeError ? new Error('the database engine (wasm) could not be loaded') : e;
	});
	const texts = Promise.all(LOADED_TABLES.map((name) => fetchText(`${dataBase}/${name}.csv`)));
	// All downloads start at once; a failure of any is reported, the others are not left unhandled.
	texts.catch(() => undefined);

	// The worker downloads and parses its script while the wasm downloads.
	const worker = new Worker(ehWorker);
	const workerFailed = new Promise<never>((_, reject) => {
		// Registered before DuckDB's own listener (attached by the constructor below), so a worker that
		// cannot load is reported once, here, in plain words: DuckDB's listener would log the raw event
		// to the console and drop the pending requests without rejecting them.
		worker.addEventListener(
			'error',
			(event) => {
				event.preventDefault();
				event.stopImmediatePropagation();
				reject(new Error('the database worker could not start'));
			},
			{ once: true }
		);
	});
	workerFailed.catch(() => undefined);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	let moduleUrl: string | null = null;
	try {
		moduleUrl = await Promise.race([wasmUrl, workerFailed]);
		mark('db-wasm-fetched');
		const startLimit = timeout(START_TIMEOUT_MS, 'starting the database engine');
		await Promise.race([db.instantiate(moduleUrl), workerFailed, startLimit.promise]).finally(startLimit.cancel);
		URL.revokeObjectURL(moduleUrl);
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
		const conn = await db.connect();
		await conn.query(`SET autoinstall_known_extensions = false`);
		await conn.query(`SET autoload_known_extensions = false`);
		mark('db-engine-started');

		const loaded = await texts;
		for (const [i, name] of LOADED_TABLES.entries()) {
			await db.registerFileText(`${name}.csv`, loaded[i]);
			await conn.query(createTableFromCsv(TABLES[name], `${name}.csv`));
		}
		mark('db-tables-loaded');

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
		// The wasm may still arrive after the worker failed: free its 34 MB blob whenever it does.
		if (moduleUrl) URL.revokeObjectURL(moduleUrl);
		else wasmUrl.then((url) => URL.revokeObjectURL(url), () => undefined);
		await db.terminate().catch(() => undefined);
		worker.terminate();
		throw error;
	}
}
