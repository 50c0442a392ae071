/**
 * Holds a prerendered page's JavaScript until its first paint.
 *
 * Every page is usable as prerendered HTML, so its JavaScript only adds
 * behaviour. SvelteKit's start-up script imports the two entry modules at
 * once, and on two cores their download and parsing competed with the
 * first paint's raster: median first contentful paint of 7 cold visits to
 * `/` 296 ms with JavaScript, 224 ms without. This rewrites that script so
 * the imports start once the browser reports the first contentful paint
 * (at the latest after a second, and at once in a hidden tab, which paints
 * nothing), then updates the script's sha256 in the page's Content-Security-
 * Policy meta tag, which SvelteKit computed before this ran.
 *
 * Pure string functions: src/hooks.server.ts applies them while prerendering.
 */
import { createHash } from 'node:crypto';

/** SvelteKit's start: `Promise.all([import(start), import(app)]).then(([kit, app]) => …`. */
const ENTRY_IMPORTS = /Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)\.then\(/;

/**
 * A JavaScript expression for the page: a promise that resolves after the first contentful paint;
 * at once where there is no paint to wait for (a hidden tab, a browser without paint timing, a
 * paint already reported); after 1 s whatever happens. Exported for its unit test.
 */
export const FIRST_PAINT = `new Promise((go) => {
	const paint = "first-contentful-paint";
	if (document.visibilityState !== "visible" || typeof PerformanceObserver !== "function" || !(PerformanceObserver.supportedEntryTypes || []).includes("paint") || performance.getEntriesByName(paint).length > 0) return go();
	const observer = new PerformanceObserver((list) => { if (list.getEntriesByName(paint).length > 0) { observer.disconnect(); go(); } });
	observer.observe({ type: "paint" });
	setTimeout(go, 1000);
})`;

export class BootScriptError extends Error {}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page with its start-up script held until the first paint, and the policy's hash of it
 * updated. A page without the script (one rendered with `csr = false`; no view is, today) is
 * returned as it is.
 */
export function bootAfterFirstPaint(html: string): string {
	const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].filter((m) => ENTRY_IMPORTS.test(m[1]));
	if (scripts.length === 0) return html;
	if (scripts.length > 1) throw new BootScriptError(`expected one SvelteKit start-up script, found ${scripts.length}`);
	const [tag, before] = scripts[0];
	const after = before.replace(ENTRY_IMPORTS, (_, imports: string) => `${FIRST_PAINT}.then(() => Promise.all([${imports}])).then(`);
	// Functions as replacements: the script's text may hold `$` sequences, which a string replacement would expand.
	const page = html.replace(tag, () => `<script>${after}</script>`);

	// The dev server sends no policy; a prerendered page carries it in a meta tag listing the script's hash.
	const policy = /<meta http-equiv="content-security-policy" content="[^"]*"/.exec(page);
	if (!policy) return page;
	const oldHash = sha256(before);
	if (!policy[0].includes(oldHash)) throw new BootScriptError("the page's policy does not list its start-up script's hash");
	return page.replace(policy[0], () => policy[0].replace(oldHash, sha256(after)));
}
