/**
 * SvelteKit's router as the `UrlAccess` a view's URL state is given (the one place state meets `$app`).
 *
 * A change of view writes the address with SvelteKit's shallow routing (`pushState`/`replaceState`), not
 * `goto`: the page, its data and its scroll stay as they are, so there is nothing to navigate. `goto` redrew
 * the page and then read the scroll position, which made the browser lay the new page out at once (a third
 * of a change of standard's time, measured in Chromium). Shallow routing leaves `page.url` at the address
 * the router last navigated to, so the URL read here is the document's own address, re-read whenever the
 * router navigates (`page.url`), a view writes one, or Back and Forward move between them (`popstate`).
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { UrlAccess } from './urlAccess';

/** Bumped when this module writes the address or the history moves: what `url` depends on besides the router. */
let written = $state(0);
if (typeof window !== 'undefined') addEventListener('popstate', () => written++);

export const kitUrl: UrlAccess = {
	get url() {
		const routed = page.url;
		void written;
		if (typeof window === 'undefined') return routed;
		const here = new URL(window.location.href);
		// Back to another page: until the router has drawn it, the page on screen reads the address it was drawn for.
		return here.pathname === routed.pathname ? here : routed;
	},
	goto(target, { replaceState: replace }) {
		(replace ? replaceState : pushState)(target, {});
		written++;
		return Promise.resolve();
	}
};
