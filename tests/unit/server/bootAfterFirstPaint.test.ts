/**
 * The start-up script held until the first paint (src/lib/server/bootAfterFirstPaint.ts), on a page
 * shaped as SvelteKit 2 prerenders one: its policy's script hash must follow the rewritten script,
 * or the browser would refuse to run it (tests/browser/security.test.ts checks the built pages).
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootAfterFirstPaint, BootScriptError, FIRST_PAINT } from '../../../src/lib/server/bootAfterFirstPaint';

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

/**
 * The gate itself, run in a fresh context with a stand-in page: what it waits for is decided by the
 * page's visibility, its paint timing and a timer, all of which the test controls.
 */
describe('the first-paint gate', () => {
	interface Page {
		visibility?: string;
		observer?: boolean;
		paintSupported?: boolean;
		paintedAlready?: boolean;
	}

	function run({ visibility = 'visible', observer = true, paintSupported = true, paintedAlready = false }: Page) {
		let observed: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | null = null;
		let disconnected = false;
		let timer: (() => void) | null = null;
		let timerMs = 0;
		class FakeObserver {
			static supportedEntryTypes = paintSupported ? ['paint', 'mark'] : ['mark'];
			constructor(callback: typeof observed) {
				observed = callback;
			}
			observe(options: { type: string }) {
				expect(options.type).toBe('paint');
			}
			disconnect() {
				disconnected = true;
			}
		}
		const sandbox = {
			document: { visibilityState: visibility },
			PerformanceObserver: observer ? FakeObserver : undefined,
			performance: { getEntriesByName: (n: string) => (paintedAlready && n === 'first-contentful-paint' ? [{}] : []) },
			setTimeout: (fn: () => void, ms: number) => {
				timer = fn;
				timerMs = ms;
			}
		};
		let resolved = false;
		const gate = runInNewContext(FIRST_PAINT, sandbox) as Promise<void>;
		void gate.then(() => (resolved = true));
		const settle = () => new Promise((r) => setImmediate(r));
		return {
			settle,
			isResolved: () => resolved,
			paint: (name: string) => observed?.({ getEntriesByName: (n: string) => (n === name ? [{}] : []) }),
			fireTimer: () => timer?.(),
			timerMs: () => timerMs,
			disconnected: () => disconnected
		};
	}

	it('waits for the first contentful paint, not for first-paint, then stops observing', async () => {
		const g = run({});
		await g.settle();
		expect(g.isResolved()).toBe(false);
		g.paint('first-paint');
		await g.settle();
		expect(g.isResolved()).toBe(false);
		g.paint('first-contentful-paint');
		await g.settle();
		expect(g.isResolved()).toBe(true);
		expect(g.disconnected()).toBe(true);
	});

	it('gives up waiting after 1 s', async () => {
		const g = run({});
		expect(g.timerMs()).toBe(1000);
		g.fireTimer();
		await g.settle();
		expect(g.isResolved()).toBe(true);
	});

	it.each<[string, Page]>([
		['a hidden tab', { visibility: 'hidden' }],
		['a page being prerendered by the browser', { visibility: 'prerender' }],
		['no PerformanceObserver', { observer: false }],
		['no paint timing', { paintSupported: false }],
		['a paint already reported', { paintedAlready: true }]
	])('does not wait at all in %s', async (_, page) => {
		const g = run(page);
		await g.settle();
		expect(g.isResolved()).toBe(true);
	});
});
