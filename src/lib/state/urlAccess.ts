/**
 * What URL state needs from the router, injected so that `UrlState` and the
 * view classes built on it import no SvelteKit module (Evidence's `core/` does
 * the same): routes pass `kitUrl` (`./kitUrl.svelte.ts`), tests can pass a fake.
 */
export interface UrlAccess {
	/** The current URL; reading it inside `$derived` must track navigation. */
	readonly url: URL;
	/** Write the view's address: a new history entry, or in place (`replaceState`); focus and scroll stay. */
	goto(target: string, options: { replaceState: boolean }): Promise<void>;
}
