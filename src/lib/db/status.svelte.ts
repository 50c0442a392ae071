/**
 * The browser database's life cycle as reactive state. Pages render from
 * their prerendered (build-time) rows at once and switch to live query
 * results when the database is ready; a failure leaves the prerendered
 * charts in place and offers a retry.
 *
 * Every failure (a data file that 404s, a blocked, missing or corrupt wasm,
 * a worker that cannot start) ends here as status 'failed' with a
 * plain-language problem; start() never rejects, so nothing is left unhandled.
 */
import type { BrowserDatabase } from './client';
import type { EngineWorker } from './engine';
import type { AddedReport } from '../add/store';

export type DatabaseStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** User-timing marks, read by `npm run bench` (scripts/bench.ts). */
export const MARKS = { prefetch: 'db-prefetch', start: 'db-start', ready: 'db-ready', failed: 'db-failed' } as const;

/**
 * The DuckDB-WASM client, loaded on demand in the browser. Vite replaces
 * `import.meta.env.SSR` with a constant, so the server (prerender) build drops
 * this import and none of the ~35 MB of wasm lands in it.
 */
const loadClient = import.meta.env.SSR ? null : () => import('./client');
/** The worker's starter: src/hooks.client.ts imports it statically; a retry loads it from here. */
const loadEngine = import.meta.env.SSR ? null : () => import('./engine');
/** Reports added in this browser (src/lib/add/store.ts, IndexedDB), which join the tables. */
const listAdded = async (): Promise<readonly AddedReport[]> => (await import('../add/store')).listAdded();

class DatabaseState {
	status = $state<DatabaseStatus>('idle');
	/** Plain-language reason shown to the user; never a stack trace. */
	problem = $state<string | null>(null);
	engine = $state.raw<BrowserDatabase | null>(null);
	/** Goes up when the tables' contents change (a report added or removed): live queries run again. */
	revision = $state(0);
	private starting: Promise<void> | null = null;
	/** A worker started by `prefetch()`, taken by the next `start()`. */
	private prestarted: Promise<EngineWorker> | null = null;

	/**
	 * Start the engine's worker (its download and compilation) and the download
	 * of DuckDB's JS, without touching any state: safe to call before the page
	 * hydrates (src/hooks.client.ts does), so the database is not kept waiting
	 * for it. `start()` takes the worker over.
	 */
	prefetch(startEngineWorker: () => EngineWorker): void {
		if (!loadClient || this.prestarted || this.engine) return;
		mark(MARKS.prefetch);
		try {
			this.prestarted = Promise.resolve(startEngineWorker());
		} catch (error) {
			this.prestarted = Promise.reject(error);
		}
		this.prestarted.catch(() => undefined);
		void loadClient().catch(() => undefined);
	}

	/** Start loading (once); safe to call from every page's onMount. */
	start(dataBase: string): Promise<void> {
		if (this.status === 'ready' || this.starting) return this.starting ?? Promise.resolve();
		this.status = 'loading';
		this.problem = null;
		exposeForBench(this);
		mark(MARKS.start);
		this.starting = (async () => {
			let engineWorker: Promise<EngineWorker> | null = null;
			try {
				if (!loadClient || !loadEngine) throw new Error('the database runs in the browser only');
				engineWorker = this.prestarted ?? loadEngine().then((m) => m.startEngineWorker());
				this.prestarted = null;
				const [{ openBrowserDatabase }, worker] = await Promise.all([loadClient(), engineWorker]);
				this.engine = await openBrowserDatabase(dataBase, worker, listAdded);
				this.status = 'ready';
				mark(MARKS.ready);
			} catch (error) {
				// A worker already started (e.g. DuckDB's JS failed to load) is stopped; Retry starts a new one.
				engineWorker?.then((w) => w.worker.terminate(), () => undefined);
				this.status = 'failed';
				this.problem = describeFailure(error);
				mark(MARKS.failed);
			} finally {
				this.starting = null;
			}
		})();
		return this.starting;
	}

	/** After a report is added or removed in this browser: the tables take the stored reports again. */
	async syncAdded(): Promise<void> {
		// A database still opening may have read the store before the change.
		if (this.starting) await this.starting;
		const engine = this.engine;
		if (!engine) return;
		await engine.syncAdded(await listAdded());
		this.revision++;
	}

	retry(dataBase: string): Promise<void> {
		if (this.starting) return this.starting;
		this.status = 'idle';
		return this.start(dataBase);
	}
}

/** Exported for unit tests: the message a failure is shown with. */
export function describeFailure(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	if (/wasm|WebAssembly|worker|engine|instantiate/i.test(message)) return 'the database engine could not start in this browser';
	if (/could not be loaded|Failed to fetch|NetworkError|404/i.test(message)) return 'a data file could not be loaded';
	return 'the database could not be opened';
}

function mark(name: string): void {
	if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/**
 * The benchmark (and the tests that make a query fail on purpose) reach the
 * database through `window.__yjsDatabase`. It exists only when the page was
 * opened with `window.__yjsBench = true` set beforehand (an init script), so
 * a normal visit exposes nothing and no URL parameter is involved.
 */
function exposeForBench(state: DatabaseState): void {
	if (typeof window === 'undefined') return;
	const w = window as unknown as { __yjsBench?: boolean; __yjsDatabase?: DatabaseState };
	if (w.__yjsBench === true) w.__yjsDatabase = state;
}

export const database = new DatabaseState();
