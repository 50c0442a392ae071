/**
 * A query result that starts as the prerendered rows and is replaced by the
 * browser database's answer once it is ready. A failing query keeps the last
 * good rows and exposes its error for the chart it feeds; other charts are
 * unaffected.
 */
import { untrack } from 'svelte';
import { database } from './status.svelte';

export type RowsOrigin = 'build' | 'live';
type Param = string | number | boolean | null;

export class LiveQuery<T> {
	rows = $state.raw<T[]>([]);
	origin = $state<RowsOrigin>('build');
	error = $state<string | null>(null);

	constructor(
		initial: () => T[],
		private readonly sql: () => string,
		/** `null`: nothing to ask (the prerendered rows stand). */
		private readonly params: () => Param[] | null = () => []
	) {
		// The prerendered rows; live results replace them once the database is ready.
		this.rows = untrack(initial);
		// The question as one string, so that a change of the page's state that leaves the SQL and
		// its parameters as they were (e.g. another standard of the same domain) asks nothing again:
		// re-asking redrew the whole page from equal rows once per query, after every change.
		const question = $derived.by(() => {
			const params = this.params();
			return params === null ? null : JSON.stringify([this.sql(), params]);
		});
		let answered: string | null = null;
		$effect(() => {
			const engine = database.engine;
			// A report added or removed in this browser changes the tables: ask again.
			void database.revision;
			const asked = question;
			if (!engine || asked === null) return;
			const [sql, params] = JSON.parse(asked) as [string, Param[]];
			// Until the new answer arrives, fall back to the prerendered rows, which
			// hold every filter value: rows answering the previous parameters would
			// show the new selection wrongly (e.g. as "not reported").
			if (answered !== null && answered !== asked) {
				untrack(() => {
					this.rows = initial();
					this.origin = 'build';
				});
			}
			let cancelled = false;
			engine
				.query<T>(sql, params)
				.then((rows) => {
					if (cancelled) return;
					this.rows = rows;
					this.origin = 'live';
					answered = asked;
					this.error = null;
					markLiveResult();
				})
				.catch((e: unknown) => {
					if (cancelled) return;
					this.error = e instanceof Error ? e.message.split('\n')[0] : 'the query failed';
				});
			return () => {
				cancelled = true;
			};
		});
	}
}

/** User-timing marks for `npm run bench`: the page's first live result, and the latest one. */
export const LIVE_MARKS = { first: 'first-live-result', latest: 'live-result' } as const;
let firstLiveResult = true;

function markLiveResult(): void {
	if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
	if (firstLiveResult) performance.mark(LIVE_MARKS.first);
	firstLiveResult = false;
	performance.clearMarks(LIVE_MARKS.latest);
	performance.mark(LIVE_MARKS.latest);
}
