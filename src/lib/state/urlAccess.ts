/**
 * What URL state needs from the router, injected so that `UrlState` and the
 * view classes built on it import no SvelteKit module (Evidence's `core/` does
 * the same): routes pass `kitUrl` (`./kitUrl.svelte.ts`), tests can pass a fake.
 */
export interface UrlAccess {
	/** The current URL; reading it inside `$derived` must track navigation. */
	readonly url: URL;
	/** Navigate within the app, keeping focus and scroll. */
	goto(target: string, options: { replaceState: boolean }): Promise<void>;
}
