/**
 * The DuckDB worker, wrapped: a classic worker script, shipped as-is (imported
 * with `?url` in client.ts), that loads DuckDB-WASM's own worker with
 * importScripts and takes over one step of it, downloading and compiling the
 * engine. Why:
 *
 * - Speed. The engine is downloaded and compiled as soon as this worker
 *   starts, while DuckDB's own script loads, straight from `fetch(wasm)`:
 *   streaming compilation as it downloads, from a Response that keeps its
 *   URL, which a browser's compiled-code cache is keyed on. (DuckDB's worker
 *   fetches only when asked to instantiate, and pipes the response through a
 *   progress TransformStream, a URL-less Response no cache can key. Chromium
 *   150 did not cache the engine either way: see src/lib/db/PERFORMANCE.md.)
 * - Failure. DuckDB's worker never catches a failed compile, so a blocked,
 *   missing or corrupt wasm left the page waiting for ever. Here the failure is
 *   posted to the page as `{ type: 'yjs-engine-failed', reason }`.
 *
 * The worker's URL carries `engine` (DuckDB's worker script) and `wasm`, both
 * absolute URLs on the page's origin.
 */
'use strict';
(() => {
	/** @type {any} */
	const scope = globalThis;
	const params = new URL(scope.location.href).searchParams;
	const engineUrl = params.get('engine') ?? '';
	const wasmUrl = new URL(params.get('wasm') ?? '', scope.location.href).href;
	const realFetch = scope.fetch.bind(scope);

	/** @param {unknown} input */
	const urlOf = (input) => new URL(input instanceof Request ? input.url : String(input), scope.location.href).href;

	// DuckDB fetches the wasm itself before compiling it: answer that request with an empty response
	// (the engine is downloaded once, below), and every other request as usual.
	/** @param {RequestInfo | URL} input @param {RequestInit} [init] */
	scope.fetch = (input, init) => (urlOf(input) === wasmUrl ? Promise.resolve(new Response(null)) : realFetch(input, init));

	/** @param {Response} response @returns {Promise<WebAssembly.Module>} */
	async function compile(response) {
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
		if (type === 'application/wasm') return WebAssembly.compileStreaming(response);
		// A host that serves .wasm under another type: compile from the bytes, after the download.
		return WebAssembly.compile(await response.arrayBuffer());
	}

	/** @param {unknown} error */
	function reason(error) {
		if (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError) return 'the file is corrupt';
		if (error instanceof TypeError) return 'the file could not be downloaded';
		return error instanceof Error ? error.message : String(error);
	}
	/** @param {unknown} error */
	const fail = (error) => scope.postMessage({ type: 'yjs-engine-failed', reason: reason(error) });

	// Download and compile at once, while DuckDB's script loads and the page sends its first request.
	const response = realFetch(wasmUrl, { credentials: 'same-origin' });
	const compiled = response.then(compile);
	compiled.catch(fail);

	// DuckDB instantiates the module we compiled. The returned promise never settles on failure:
	// DuckDB would not catch its rejection. The page hears of the failure from the message above
	// (or below) and terminates this worker.
	/** @param {unknown} _response DuckDB's (empty) response, ignored @param {WebAssembly.Imports} [imports] */
	WebAssembly.instantiateStreaming = (_response, imports) =>
		new Promise((resolve) => {
			compiled.then(
				/** @param {WebAssembly.Module} module */
				(module) =>
					WebAssembly.instantiate(module, imports).then(
						/** @param {WebAssembly.Instance} instance */ (instance) => resolve({ instance, module }),
						fail
					),
				() => undefined
			);
		});

	// DuckDB's script (1 MB) is loaded once the wasm's response has been handed to the compiler:
	// importScripts blocks this thread, and the compile could not start until it returned. Requests
	// from the page that arrive before DuckDB is listening are kept, then handed to it in order.
	/** @type {MessageEvent[]} */
	const early = [];
	scope.onmessage = (/** @type {MessageEvent} */ event) => early.push(event);
	response
		.catch(() => undefined)
		.then(() => {
			try {
				scope.importScripts(engineUrl);
			} catch {
				scope.postMessage({ type: 'yjs-engine-failed', reason: "the database worker's script could not be loaded" });
				return;
			}
			for (const event of early.splice(0)) scope.onmessage(event);
		});
})();
