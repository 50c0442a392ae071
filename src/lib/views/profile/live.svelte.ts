/** A page's list of queries (`queries.ts`) asked live: one `LiveQuery` per entry, starting from the prerendered rows. */
import { LiveQuery } from '../../db/liveQuery.svelte';
import { paramsOf, type QueryList, type RowOf, type RowsOf } from './queries';

export type LiveQueries<L extends QueryList> = { [K in keyof L]: LiveQuery<RowOf<L[K]>> };

export function liveQueries<L extends QueryList>(list: L, rows: () => RowsOf<L>, id: () => string): LiveQueries<L> {
	const live: Record<string, LiveQuery<unknown>> = {};
	for (const [name, q] of Object.entries(list)) {
		live[name] = new LiveQuery(() => rows()[name], () => q.sql, () => paramsOf(q, id()));
	}
	return live as LiveQueries<L>;
}
