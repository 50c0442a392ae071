/**
 * The browser database: DuckDB-WASM with self-hosted files, loading our CSV
 * tables. Import this module (and engine.ts, whose ?url imports pull the wasm
 * into the build) only from the browser, dynamically: see status.svelte.ts.
 *
 * Offline by design: extension autoload and autoinstall are switched off, so
 * DuckDB never tries to download a Parquet or JSON reader from another host;
 * we use its built-in CSV reader instead.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import type { TableName } from '../tables/schema';
import type { QueryEngine } from './types';
import type { EngineWorker } from './engine';
import type { AddedReport } from '../add/store';

/**
 * The schema, the SQL builders, the Arrow reader and the added reports' rows, imported when the
 * database opens, not with this module: `status.svelte.ts` prefetches this module before the page
 * hydrates, and these chunks are shared with other pages (the schema with /data, the added rows with
 * the views that list added reports), so a static import would put them in every page's first view.
 */
function openingModules() {
	return Promise.all([import('../tables/schema'), import('./sql'), import('../add/dashboard'), import('./arrowRows')]);
}

export interface BrowserDatabase extends QueryEngine {
	/**
	 * For the SQL console (src/lib/sqlConsole): a connection of its own, once
	 * every published table exists, so its queries never share the charts'.
	 */
	openConsole(): Promise<duckdb.AsyncDuckDBConnection>;
	/**
	 * Put the reports added in this browser (src/lib/add) in the tables already created, replacing
	 * what was there: after a report is added or removed. Tables created later take them as they load.
	 */
	syncAdded(reports: readonly AddedReport[]): Promise<void>;
	close(): Promise<void>;
}

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status})`);
	return response.text();
}

/** The engine must be up within this time, or we report it as unavailable. */
const START_TIMEOUT_MS = 30_000;

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

/**
 * Open the database on a worker from `startEngineWorker()` (engine.ts), which
 * may have been started before this module loaded. On failure the worker is
 * terminated: a retry starts a new one.
 */
export async function openBrowserDatabase(
	dataBase: string,
	engine: EngineWorker,
	loadAdded: () => Promise<readonly AddedReport[]> = async () => []
): Promise<BrowserDatabase> {
	const [{ TABLES }, { INSERT_BATCH, LOADED_TABLES, createTableFromCsv, insertValues, sqlString, tablesNamedIn }, { addedKeyColumn, addedTableRows, ADDED_PREFIX }, { arrowRows }] =
		await openingModules().catch((error: unknown) => {
			engine.worker.terminate();
			throw error;
		});
	/** Tables that can hold an added report's rows. */
	const ADDED_TABLES = LOADED_TABLES.filter((name) => addedKeyColumn(name) !== null);
	// Reports added in this browser (IndexedDB): read while the files download; none if storage is refused.
	let added: readonly AddedReport[] = [];
	const addedRead = loadAdded().then(
		(reports) => void (added = reports),
		() => undefined
	);
	const texts = Promise.all(LOADED_TABLES.map((name) => fetchText(`${dataBase}/${name}.csv`)));
	// All downloads start at once; a failure of any is reported, the others are not left unhandled.
	texts.catch(() => undefined);
	const { worker, wasmUrl, failed: workerFailed } = engine;
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		const startLimit = timeout(START_TIMEOUT_MS, 'starting the database engine');
		await Promise.race([db.instantiate(wasmUrl), workerFailed, startLimit.promise]).finally(startLimit.cancel);
		mark('db-wasm-compiled');
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
		const conn = await db.connect();
		await conn.query(`SET autoinstall_known_extensions = false`);
		await conn.query(`SET autoload_known_extensions = false`);
		// No query, the SQL console's included, may read any file but the published tables' own (registered
		// below), nor reach another host: DuckDB refuses other paths and URLs, and the setting cannot be undone.
		await conn.query(`SET allowed_paths = [${LOADED_TABLES.map((name) => sqlString(`${name}.csv`)).join(', ')}]`);
		await conn.query(`SET enable_external_access = false`);
		mark('db-engine-started');

		// Every data file must arrive (they download while the engine compiles), but a table is
		// created from its file only when a query first names it: a page pays for the tables it uses.
		const loaded = await texts;
		await addedRead;
		mark('db-files-fetched');
		/** Replace a created table's added rows by the current ones: values as `?` parameters, cast to the schema's types. */
		const insertAdded = async (name: TableName): Promise<void> => {
			const key = addedKeyColumn(name);
			if (!key) return;
			await conn.query(`DELETE FROM "${name}" WHERE starts_with("${key}", ${sqlString(ADDED_PREFIX)})`);
			const rows = addedTableRows(added, name);
			for (let i = 0; i < rows.length; i += INSERT_BATCH) {
				const batch = rows.slice(i, i + INSERT_BATCH);
				const statement = await conn.prepare(insertValues(TABLES[name], batch.length));
				try {
					await statement.query(...batch.flatMap((row) => TABLES[name].columns.map((c) => row[c.name] ?? null)));
				} finally {
					await statement.close();
				}
			}
		};
		const created = new Map<TableName, Promise<void>>();
		const createTable = (name: TableName): Promise<void> => {
			let done = created.get(name);
			if (!done) {
				const text = loaded[LOADED_TABLES.indexOf(name)];
				done = (async () => {
					await db.registerFileText(`${name}.csv`, text);
					await conn.query(createTableFromCsv(TABLES[name], `${name}.csv`));
					await db.dropFile(`${name}.csv`);
					// An added report that cannot be read into the table leaves the published rows standing.
					await insertAdded(name).catch(() => undefined);
				})();
				// A failed load is retried by the next query that needs the table.
				done.catch(() => created.delete(name));
				created.set(name, done);
			}
			return done;
		};

		return {
			async query<T>(sql: string, params: ReadonlyArray<string | number | boolean | null> = []) {
				await Promise.all(tablesNamedIn(sql).map(createTable));
				const statement = await conn.prepare(sql);
				try {
					return arrowRows<T>(await statement.query(...params));
				} finally {
					await statement.close();
				}
			},
			async openConsole() {
				await Promise.all(LOADED_TABLES.map(createTable));
				return db.connect();
			},
			async syncAdded(reports) {
				added = reports;
				for (const name of ADDED_TABLES) {
					const done = created.get(name);
					if (done) await done.then(() => insertAdded(name));
				}
			},
			async close() {
				await conn.close();
				await db.terminate();
			}
		};
	} catch (error) {
		await db.terminate().catch(() => undefined);
		worker.terminate();
		throw error;
	}
}
