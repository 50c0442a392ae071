/**
 * Runs while pages are prerendered. Every page is usable as prerendered HTML
 * (its charts and tables are in it), so its JavaScript must not hold up the
 * first paint:
 *
 * - By default SvelteKit lists every module a page will need as a
 *   `<link rel="modulepreload">`: about twenty requests that took the
 *   browser's six connections and its parse threads while the page was still
 *   being parsed and laid out (first chart 424 → 288 ms without them, median
 *   of 5 cold visits, `npm run bench`). The start-up script imports the two
 *   entry modules and the browser finds the rest through their imports.
 * - The start-up script itself waits for the first paint before it imports
 *   anything (src/lib/server/bootAfterFirstPaint.ts).
 *
 * (The CSS is inlined in the page: svelte.config.js.)
 */
import type { Handle } from '@sveltejs/kit';
import { bootAfterFirstPaint } from '$lib/server/bootAfterFirstPaint';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type === 'css',
		// Pages are not streamed (no load returns a promise), so a chunk is the whole page.
		transformPageChunk: ({ html }) => bootAfterFirstPaint(html)
	});
