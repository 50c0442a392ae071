/**
 * Svelte glue between a view's state spec and the page URL. The logic lives
 * in the pure `params.ts`; this file only reads the injected URL and navigates.
 *
 * Prerendered HTML shows the default view (the query is unknown at build
 * time); right after hydration the state switches to the linked one.
 * Deliberate steps push a history entry, typing replaces the current one, so
 * Back and Forward walk through views. Navigation keeps focus and scroll.
 */
import { onMount } from 'svelte';
import type { UrlAccess } from './urlAccess';
import { choose, parseQuery, resolve, toQuery, type Chosen, type Parsed, type StateSpec, type ViewState } from './params';

export interface UrlStateOptions<S extends StateSpec> {
	/** The router (`kitUrl` in a route), injected: this class imports no SvelteKit module. */
	url: UrlAccess;
	spec: () => S;
	defaults: () => ViewState<S>;
	preset?: () => Chosen<S>;
}

export class UrlState<S extends StateSpec> {
	private hydrated = $state(false);
	private dismissedFor = $state<string | null>(null);
	private readonly options: UrlStateOptions<S>;

	readonly parsed: Parsed<S> = $derived.by(() => {
		if (!this.hydrated) return { chosen: {}, notices: [] };
		return parseQuery(this.options.url.url.searchParams, this.options.spec());
	});

	/** The resolved view: URL value, else preset, else default. */
	readonly value: ViewState<S> = $derived.by(() =>
		resolve(this.parsed.chosen, this.options.defaults(), this.options.preset?.() ?? {})
	);

	/** Notices about ignored parameters, until dismissed. */
	readonly notices: string[] = $derived.by(() =>
		this.hydrated && this.dismissedFor !== this.options.url.url.search ? this.parsed.notices : []
	);

	constructor(options: UrlStateOptions<S>) {
		this.options = options;
		onMount(() => {
			this.hydrated = true;
		});
	}

	dismissNotices(): void {
		this.dismissedFor = this.options.url.url.search;
	}

	/** The canonical query for a change, without navigating (for links). */
	queryFor(changes: Chosen<S>): string {
		const next = choose(this.parsed.chosen, changes, this.options.defaults());
		return toQuery(next, this.options.spec(), this.options.defaults());
	}

	/**
	 * Apply a change. `replace` for typing-like changes (no history entry);
	 * a deliberate step (a select, a button) adds one.
	 */
	async set(changes: Chosen<S>, { replace = false }: { replace?: boolean } = {}): Promise<void> {
		const query = this.queryFor(changes);
		const { pathname, search } = this.options.url.url;
		const target = `${pathname}${query ? `?${query}` : ''}`;
		if (target === `${pathname}${search}`) return;
		await this.options.url.goto(target, { replaceState: replace });
	}
}
