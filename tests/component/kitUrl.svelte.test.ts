/**
 * `kitUrl`, the router a view's URL state is given: a change of view writes
 * the address with SvelteKit's shallow routing (pushState for a step,
 * replaceState for typing), never `goto`, and the URL it reads follows what
 * it wrote, Back and Forward (popstate) and the router's own navigations.
 * SvelteKit's `$app` modules are replaced by fakes that behave as the real
 * ones do: shallow routing moves the address but leaves `page.url` as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';

const calls = vi.hoisted(() => [] as string[]);
const router = vi.hoisted(() => ({ page: { url: new URL('http://localhost/') } }));

vi.mock('$app/navigation', () => ({
	goto: (target: string) => {
		calls.push(`goto ${target}`);
		return Promise.resolve();
	},
	pushState: (target: string) => {
		calls.push(`push ${target}`);
		history.pushState({}, '', target);
	},
	replaceState: (target: string) => {
		calls.push(`replace ${target}`);
		history.replaceState({}, '', target);
	}
}));
vi.mock('$app/state', async () => {
	// The router's page as `$app/state` gives it: its URL is reactive.
	const { routerPage } = await import('./kitUrlPage.svelte');
	router.page = routerPage;
	return { page: routerPage };
});

const { kitUrl } = await import('../../src/lib/state/kitUrl.svelte');

beforeEach(() => {
	calls.length = 0;
	history.replaceState({}, '', '/standards');
	router.page.url = new URL(location.href);
});
afterEach(() => {
	history.replaceState({}, '', '/');
});

describe('kitUrl', () => {
	it('writes a step as a new history entry and typing in place, with shallow routing, not goto', async () => {
		await kitUrl.goto('/standards?standard=2.2', { replaceState: false });
		await kitUrl.goto('/standards?standard=2.2&q=pl', { replaceState: true });
		expect(calls).toEqual(['push /standards?standard=2.2', 'replace /standards?standard=2.2&q=pl']);
		// The router's page still has the address it navigated to; the view reads the one written.
		expect(router.page.url.search).toBe('');
		expect(kitUrl.url.search).toBe('?standard=2.2&q=pl');
	});

	it('is read again when it writes, when the history moves and when the router navigates', async () => {
		const seen: string[] = [];
		const stop = $effect.root(() => {
			const search = $derived(kitUrl.url.search);
			$effect(() => {
				seen.push(search);
			});
		});
		flushSync();
		await kitUrl.goto('/standards?standard=2.3', { replaceState: false });
		flushSync();
		// Back: the address moves, SvelteKit puts back the page's own URL, popstate follows.
		history.replaceState({}, '', '/standards?standard=2.1');
		window.dispatchEvent(new PopStateEvent('popstate'));
		flushSync();
		// A navigation by the router (a link to the same page with another query).
		history.replaceState({}, '', '/standards?standard=3.1');
		router.page.url = new URL(location.href);
		flushSync();
		expect(seen).toEqual(['', '?standard=2.3', '?standard=2.1', '?standard=3.1']);
		stop();
	});

	it("keeps the router's URL while the address is already another page's (Back to another page, not yet drawn)", () => {
		history.replaceState({}, '', '/context?measure=spend');
		expect(kitUrl.url.pathname).toBe('/standards');
		expect(kitUrl.url.href).toBe(router.page.url.href);
	});
});
