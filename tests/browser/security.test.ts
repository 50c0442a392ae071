/**
 * Content-Security-Policy and "nothing leaves the origin", on every page of
 * the production build: the meta policy SvelteKit writes, the header policy
 * in static/_headers, and what the browser actually does under them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cspDirectives } from '../../svelte.config.js';
import { baseURL, launch } from './setup/browser';
import { builtPages, sampledPages } from './setup/routes';
import { watchedContext } from './setup/watch';

const PAGES = builtPages();
/** Starting DuckDB-WASM (34 MB of wasm) takes seconds, many more on a busy machine. */
const SLOW = 120_000;

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
	return new Map(
		text
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name, values])
	);
}

/** svelte.config.js's directives as the browser sees them (keywords quoted). */
function configuredPolicy(): Policy {
	const keyword = /^(self|none|unsafe-inline|unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic)$/;
	return new Map(
		Object.entries(cspDirectives).map(([name, values]) => [name, (values as string[]).map((v) => (keyword.test(v) ? `'${v}'` : v))])
	);
}

function metaPolicy(html: string): { policy: Policy; count: number } {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
	return { policy: parsePolicy((metas[0]?.[1] ?? '').replace(/&#39;|&apos;/g, "'")), count: metas.length };
}

function headerPolicy(): Policy {
	const line = readFileSync('static/_headers', 'utf8')
		.split('\n')
		.find((l) => /^\s+Content-Security-Policy:/i.test(l));
	return parsePolicy(line?.replace(/^\s+Content-Security-Policy:\s*/i, '') ?? '');
}

const sha256 = (v: string) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v);

describe('the policy as written', () => {
	it('svelte.config.js allows no third-party origin, no eval and no inline script', () => {
		const policy = configuredPolicy();
		for (const [name, values] of policy) {
			for (const v of values) expect(v, `${name} ${v}`).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|'unsafe-inline'|data:|blob:)$/);
		}
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
	});

	it('every built page carries exactly one meta policy: the configured one plus a hash for each inline script', () => {
		expect(PAGES.length).toBeGreaterThan(0);
		const configured = configuredPolicy();
		for (const { file } of PAGES) {
			const html = readFileSync(`build/${file}`, 'utf8');
			const { policy, count } = metaPolicy(html);
			expect(count, file).toBe(1);
			// The meta tag comes before any script, or it would not apply to it.
			expect(html.search(/<meta http-equiv="content-security-policy"/i), file).toBeLessThan(html.search(/<script|<link[^>]+modulepreload/i));
			expect([...policy.keys()].sort(), file).toEqual([...configured.keys()].sort());
			for (const [name, values] of configured) {
				if (name === 'script-src') {
					expect(policy.get(name)!.filter((v) => !sha256(v)), file).toEqual(values);
					const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length;
					expect(policy.get(name)!.filter(sha256).length, file).toBe(inlineScripts);
				} else if (name === 'style-src') {
					// The page's own CSS is inlined (svelte.config.js inlineStyleThreshold): one hash for its <style>.
					expect(policy.get(name)!.filter((v) => !sha256(v)), file).toEqual(values);
					const inlineStyles = [...html.matchAll(/<style[\s>]/g)].length;
					expect(inlineStyles, file).toBeGreaterThan(0);
					expect(policy.get(name)!.filter(sha256).length, file).toBe(inlineStyles);
				} else expect(policy.get(name), `${file} ${name}`).toEqual(values);
			}
		}
	});

	it('no page has an inline event handler or a javascript: URL', () => {
		for (const { file } of PAGES) {
			const html = readFileSync(`build/${file}`, 'utf8');
			const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
			expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t)), file).toEqual([]);
			expect(html, file).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
		}
	});

	it('static/_headers sends the same policy, plus frame-ancestors and what the worker needs', () => {
		const header = headerPolicy();
		const expected = configuredPolicy();
		expected.set('script-src', [...expected.get('script-src')!, "'unsafe-inline'"]);
		expected.set('style-src', [...expected.get('style-src')!, "'unsafe-inline'"]);
		expected.set('frame-ancestors', ["'none'"]);
		expect(Object.fromEntries(header)).toEqual(Object.fromEntries(expected));
	});

	it("the README's nginx and Apache lines send the same header as static/_headers", () => {
		const readme = readFileSync('README.md', 'utf8');
		const lines = [...readme.matchAll(/Content-Security-Policy "([^"]+)"/g)].map((m) => Object.fromEntries(parsePolicy(m[1])));
		expect(lines).toHaveLength(2);
		for (const policy of lines) expect(policy).toEqual(Object.fromEntries(headerPolicy()));
	});
});

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const origin = () => new URL(baseURL()).origin;
const offOrigin = (urls: string[]) => urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin());

async function waitReady(page: Page): Promise<string> {
	await page.locator('.db-status[data-status="ready"], .db-status[data-status="failed"]').waitFor({ timeout: 90_000 });
	return (await page.locator('.db-status').getAttribute('data-status')) ?? '';
}

/** Let late work (live queries, hover preloads) happen before reading the logs. */
async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	// Hover every in-site link: SvelteKit preloads on hover (data-sveltekit-preload-data="hover").
	for (const link of (await page.locator('main a[href]').all()).slice(0, 20)) await link.hover({ timeout: 2_000 }).catch(() => undefined);
	await page.waitForLoadState('networkidle');
}

// In a browser: a sample of each kind of service page (setup/routes.ts); the file checks above read every page.
describe.each(sampledPages(PAGES).map((p) => [p.path]))('%s under the meta policy', (path) => {
	it('stays on its origin, breaks no rule, logs no error, and the database reaches ready', async () => {
		const watched = await watchedContext(browser);
		const page = await watched.open(path);
		expect(await waitReady(page)).toBe('ready');
		await settle(page);
		const log = await watched.pageLog();
		expect(offOrigin(watched.requests)).toEqual([]);
		expect(log.violations).toEqual([]);
		expect(log.rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});

describe('the header policy (static/_headers) on top of the meta policy', () => {
	const policy = [...headerPolicy()].map(([name, values]) => [name, ...values].join(' ')).join('; ');

	it('still lets the database start (the worker gets only the header) and blocks injected scripts and other hosts', async () => {
		const watched = await watchedContext(browser, async (context) => {
			// What a host sends with static/_headers: the header on every response, the worker's included.
			await context.route('**/*', async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
			});
		});
		const page = await watched.open('/');
		expect(await waitReady(page)).toBe('ready');
		await page.locator('section[data-origin="live"]').first().waitFor();
		expect((await watched.pageLog()).violations).toEqual([]);

		// An inline script that is not SvelteKit's own: the header alone would allow it, the meta hashes do not.
		const ran = await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__injected = true';
			document.body.append(s);
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		// Likewise an inline style element that is not the page's own CSS: it must not apply.
		const styled = await page.evaluate(() => {
			const s = document.createElement('style');
			s.textContent = 'body { outline: 7px solid rgb(1, 2, 3) }';
			document.head.append(s);
			return getComputedStyle(document.body).outlineWidth === '7px';
		});
		expect(styled).toBe(false);
		// The page's own inlined CSS does apply under both policies: the layout is styled.
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('header nav ul')!).display)).toBe('flex');
		// A request to another host is refused by the policy before it reaches the network.
		const fetched = await page.evaluate(() => fetch('https://example.org/').then(() => 'sent', () => 'refused'));
		expect(fetched).toBe('refused');
		// Each policy that refuses something reports it: the fetch is refused by both, the script and the
		// style by the meta tag only.
		const directives = new Set((await watched.pageLog()).violations.map((v) => v.directive));
		expect([...directives].sort()).toEqual(['connect-src', 'script-src-elem', 'style-src-elem']);
		expect(offOrigin(watched.requests)).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});
