/**
 * The database worker, started on its own: this module is small (three asset
 * URLs and a listener), so the page can start the worker, and with it the
 * engine's download and compilation, while it still loads DuckDB's JS for the
 * main thread (client.ts). Browser only, like client.ts.
 *
 * In the build, the engine's `?url` is that of a copy trimmed to the exports
 * DuckDB's glue can reach (scripts/lib/engineWasm.ts): it starts about 1 s
 * sooner. The dev server serves the original, which the same glue runs too.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import engineWorker from './engineWorker.js?url&no-inline';

export interface EngineWorker {
	worker: Worker;
	/** Absolute URL of the engine's wasm, for DuckDB's `instantiate`. */
	wasmUrl: string;
	/** Rejects, with a plain message, if the worker or the engine cannot start; never resolves. */
	failed: Promise<never>;
}

/** Absolute URL of a same-origin asset (the worker resolves its parameters against its own URL). */
const absolute = (url: string): string => new URL(url, location.href).href;

export function startEngineWorker(): EngineWorker {
	const wasmUrl = absolute(ehWasm);
	// engineWorker.js downloads and compiles the wasm as soon as it starts, then loads DuckDB's worker.
	const worker = new Worker(`${engineWorker}?${new URLSearchParams({ engine: absolute(ehWorker), wasm: wasmUrl })}`);
	const failed = new Promise<never>((_, reject) => {
		// Both listeners are registered before DuckDB's own (attached later, by AsyncDuckDB), so a failure
		// is reported once, here, in plain words: DuckDB's listeners would log the raw event to the
		// console and drop the pending requests without rejecting them.
		worker.addEventListener(
			'error',
			(event) => {
				event.preventDefault();
				event.stopImmediatePropagation();
				reject(new Error('the database worker could not start'));
			},
			{ once: true }
		);
		worker.addEventListener('message', (event: MessageEvent<{ type?: unknown; reason?: unknown }>) => {
			if (event.data?.type !== 'yjs-engine-failed') return;
			event.stopImmediatePropagation();
			reject(new Error(`the database engine (wasm) could not be loaded: ${String(event.data.reason)}`));
		});
	});
	failed.catch(() => undefined);
	return { worker, wasmUrl, failed };
}
