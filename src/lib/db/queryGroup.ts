/**
 * The queries behind one chart or section, rolled up: where its rows come
 * from (prerendered until every query has its live answer) and the first
 * error, worded once for every view ("This chart could not be updated: …").
 */
import type { RowsOrigin } from './liveQuery.svelte';

interface QueryStatus {
	readonly origin: RowsOrigin;
	readonly error: string | null;
}

/** `live` only when every query has answered from the browser database. */
export function originOf(queries: readonly QueryStatus[]): RowsOrigin {
	return queries.every((q) => q.origin === 'live') ? 'live' : 'build';
}

/** The first error among the queries, or null. */
export function errorOf(queries: readonly QueryStatus[]): string | null {
	return queries.map((q) => q.error).find((e) => e) ?? null;
}

/**
 * The warning a chart card shows when its live queries failed and it keeps the
 * published rows: `what` names it ("chart", "comparison", "list").
 */
export function updateWarning(queries: readonly QueryStatus[], what = 'chart'): string | null {
	const error = errorOf(queries);
	return error ? `This ${what} could not be updated: ${error}.` : null;
}
