/**
 * Runs while pages are prerendered. Every page is usable as prerendered HTML
 * (its charts and tables are in it), so its JavaScript must not hold up the
 * first paint. By default SvelteKit lists every module a page will need as a
 * `<link rel="modulepreload">`: about twenty requests that take the browser's
 * six connections and its parse threads while the render-blocking CSS is still
 * on its way (first chart 424 → 288 ms, median of 5 cold visits, `npm run
 * bench`, without them). The start-up script imports the two entry modules and
 * the browser finds the rest through their imports, after the first paint.
 */
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) => resolve(event, { preload: ({ type }) => type === 'css' });
