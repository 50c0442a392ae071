import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Content-Security-Policy, sent as a <meta http-equiv> tag on every
 * prerendered page. mode 'hash': SvelteKit adds the sha256 of each page's own
 * inline start-up script to script-src, so no other inline script can run.
 * Everything is same-origin: no third-party host appears anywhere.
 *
 * static/_headers (and the README's nginx/Apache lines) send the same policy
 * as an HTTP header too, adding frame-ancestors (ignored in a meta tag);
 * tests/browser/security.test.ts checks the two agree.
 *
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const cspDirectives = {
	'default-src': ['self'],
	// 'wasm-unsafe-eval' only because DuckDB-WASM compiles its engine; no 'unsafe-eval', no 'unsafe-inline'.
	'script-src': ['self', 'wasm-unsafe-eval'],
	// Stylesheets from the site, and each page's own <style> elements by their sha256 (SvelteKit adds
	// the hashes of the CSS it inlines: inlineStyleThreshold below); no other inline style element.
	'style-src': ['self'],
	// Style *attributes* are allowed (not <style> elements): Svelte prerenders `style:` directives as
	// attributes, and SvelteKit's own route announcer has one (sveltejs/kit#11993, still open). Blocked
	// attributes would stay unstyled after hydration, so colour swatches would lose their colour.
	'style-src-attr': ['unsafe-inline'],
	// The PNG download draws the chart's SVG (a blob: or data: URL) on a canvas.
	'img-src': ['self', 'data:', 'blob:'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// 404.html: what a static host serves for an address with no page; it renders src/routes/+error.svelte
		// (a search, and /services/Suffolk sent on to /services/suffolk in the browser).
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { entries: ['*'], handleHttpError: 'fail' },
		csp: { mode: 'hash', directives: cspDirectives },
		// Every page's CSS (7 KB, 3 KB gzipped) goes into its HTML as <style> elements, which the policy
		// allows by their sha256: the first paint then waits for no stylesheet request (median first
		// paint of 9 cold visits 324 → 260 ms; `npm run bench` first chart 300–320 → 260–276 ms).
		inlineStyleThreshold: Infinity
	}
};

export default config;
