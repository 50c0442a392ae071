/**
 * Before the page hydrates: start the database worker, which downloads and
 * compiles DuckDB's engine (the slowest step of its start-up) on another
 * thread meanwhile. Nothing visible changes here; the status line and the
 * queries start from the layout's onMount. This file is in the client build
 * only, so the wasm URL imported through engine.ts never reaches the server.
 */
import type { ClientInit } from '@sveltejs/kit';
import { startEngineWorker } from '$lib/db/engine';
import { database } from '$lib/db/status.svelte';

export const init: ClientInit = () => {
	database.prefetch(startEngineWorker);
};
