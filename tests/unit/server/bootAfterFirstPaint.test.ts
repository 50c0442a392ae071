/**
 * The start-up script held until the first paint (src/lib/server/bootAfterFirstPaint.ts), on a page
 * shaped as SvelteKit 2 prerenders one: its policy's script hash must follow the rewritten script,
 * or the browser would refuse to run it (tests/browser/security.test.ts checks the built pages).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bootAfterFirstPaint, BootScriptError } from '../../../src/lib/server/bootAfterFirstPaint';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** SvelteKit's start-up script, with data that holds `$` sequences a string replacement would expand. */
const START = `
				{
					__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("./_app/immutable/entry/start.X1.js"),
						import("./_app/immutable/entry/app.Y2.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [{ note: "costs $& and $1" }] });
					});
				}
			`;
const STYLE_HASH = "'sha256-c3R5bGU='";

function page(script = START, policyHash = hash(script)): string {
	return [
		'<!doctype html><html><head>',
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${policyHash}; style-src 'self' ${STYLE_HASH}">`,
		'<style>body{}</style></head><body><div style="display: contents">',
		`<main>chart</main><script>${script}</script>`,
		'</div></body></html>'
	].join('\n');
}

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1];
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('bootAfterFirstPaint', () => {
	const out = bootAfterFirstPaint(page());
	const script = scriptOf(out);

	it('imports the entry modules only once the first contentful paint is reported', () => {
		const gate = script.indexOf('first-contentful-paint');
		expect(gate).toBeGreaterThan(-1);
		expect(script.indexOf('import("./_app/immutable/entry/start.X1.js")')).toBeGreaterThan(gate);
		expect(script).toMatch(/\.then\(\(\) => Promise\.all\(\[\s*import\("[^"]+start\.X1\.js"\),\s*import\("[^"]+app\.Y2\.js"\)\s*\]\)\)\.then\(\(\[kit, app\]\) =>/);
	});

	it('keeps the rest of the script as it was, `$` sequences included, and reads the script element synchronously', () => {
		expect(script).toContain('kit.start(app, element, { node_ids: [0, 2], data: [{ note: "costs $& and $1" }] });');
		// document.currentScript is only set while the script runs: it must be read before the wait.
		expect(script.indexOf('document.currentScript')).toBeLessThan(script.indexOf('first-contentful-paint'));
		// Outside the script, the page differs only by the policy's hash of it.
		expect(out.replace(script, '').replace(hash(script), 'HASH')).toBe(page().replace(START, '').replace(hash(START), 'HASH'));
	});

	it("replaces the script's hash in the policy with the new script's, and touches nothing else in it", () => {
		expect(policyOf(out)).toBe(policyOf(page()).replace(hash(START), hash(script)));
		expect(policyOf(out)).toContain(hash(script));
		expect(policyOf(out)).not.toContain(hash(START));
		expect(policyOf(out)).toContain(STYLE_HASH);
	});

	it('falls back rather than waits for ever: no paint timing, a hidden tab, a paint already reported, or 1 s', () => {
		expect(script).toContain('typeof PerformanceObserver !== "function"');
		expect(script).toContain('document.visibilityState !== "visible"');
		expect(script).toContain('performance.getEntriesByName(paint).length > 0) return go()');
		expect(script).toContain('setTimeout(go, 1000)');
	});

	it('leaves a page without a start-up script as it is, and rewrites one without a policy (the dev server)', () => {
		const noScript = page().replace(/<script>[\s\S]*<\/script>/, '');
		expect(bootAfterFirstPaint(noScript)).toBe(noScript);
		const noPolicy = page().replace(/<meta http-equiv[^>]*>/, '');
		expect(scriptOf(bootAfterFirstPaint(noPolicy))).toBe(script);
	});

	it('refuses a policy that does not list the script, and a page with two start-up scripts', () => {
		expect(() => bootAfterFirstPaint(page(START, "'sha256-b3RoZXI='"))).toThrow(BootScriptError);
		const twice = page().replace('</main>', `</main><script>${START}</script>`);
		expect(() => bootAfterFirstPaint(twice)).toThrow(/found 2/);
	});
});
