/**
 * When the browser database cannot start (wasm blocked, missing or corrupt; a
 * data file missing; the worker failing), every view keeps its prerendered
 * charts and tables, says so plainly with a Retry button, and leaves nothing
 * unhandled; Retry works once the cause is gone. A query that fails after
 * start-up shows its error in place of the chart it feeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch } from './setup/browser';
import { onePagePerView } from './setup/routes';
import { watchedContext } from './setup/watch';

const VIEWS = onePagePerView();
const SLOW = 120_000;

/** The engine's first megabyte, for a download cut short: a valid wasm header, then nothing. */
function truncatedWasm(): Buffer {
	const assets = 'build/_app/immutable/assets';
	const name = readdirSync(assets).find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	if (!name) throw new Error('no duckdb-eh wasm in the build');
	return readFileSync(`${assets}/${name}`).subarray(0, 1_000_000);
}

interface Failure {
	name: string;
	/** Requests it breaks. */
	pattern: RegExp;
	apply: (context: BrowserContext) => Promise<unknown>;
	/** True when Chromium logs the broken request itself as "Failed to load resource". */
	logsFailedLoad: boolean;
}

const FAILURES: Failure[] = [
	{ name: 'wasm blocked', pattern: /\.wasm$/, logsFailedLoad: true, apply: (c) => c.route(/\.wasm$/, (r) => r.abort()) },
	{
		name: 'a data file returns 404',
		pattern: /\/data\/ratings\.csv$/,
		logsFailedLoad: true,
		apply: (c) => c.route(/\/data\/ratings\.csv$/, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }))
	},
	{
		name: 'wasm is garbage',
		pattern: /\.wasm$/,
		logsFailedLoad: false,
		apply: (c) => c.route(/\.wasm$/, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('this is not a WebAssembly module '.repeat(64)) }))
	},
	{
		name: 'wasm is truncated',
		pattern: /\.wasm$/,
		logsFailedLoad: false,
		apply: (c) => c.route(/\.wasm$/, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: truncatedWasm() }))
	},
	{
		name: 'the worker script returns 404',
		pattern: /duckdb-browser-eh\.worker\.[^/]*\.js$/,
		// Chromium does not log a worker script's failed load to the page console.
		logsFailedLoad: false,
		apply: (c) => c.route(/duckdb-browser-eh\.worker\.[^/]*\.js$/, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }))
	}
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** What a view shows without the database: its charts, tables and test ids. */
async function structure(page: Page) {
	return page.evaluate(() => {
		const main = document.querySelector('main')!;
		return {
			testids: [...main.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')).sort(),
			charts: main.querySelectorAll('svg').length,
			tables: main.querySelectorAll('table').length,
			headings: [...main.querySelectorAll('h1, h2')].map((h) => h.textContent?.trim())
		};
	});
}

const prerendered = new Map<string, Awaited<ReturnType<typeof structure>>>();
async function prerenderedStructure(path: string) {
	if (!prerendered.has(path)) {
		const context = await browser.newContext({ baseURL: baseURL(), javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		prerendered.set(path, await structure(page));
		await context.close();
	}
	return prerendered.get(path)!;
}

async function finalStatus(page: Page): Promise<string> {
	await page.locator('.db-status[data-status="ready"], .db-status[data-status="failed"]').waitFor({ timeout: 90_000 });
	return (await page.locator('.db-status').getAttribute('data-status')) ?? '';
}

describe.each(VIEWS.map((v) => [v.path]))('%s without the database', (path) => {
	it.each(FAILURES.map((f) => [f.name, f]))('%s: keeps the published charts, says so, nothing unhandled', async (_, failure) => {
		const watched = await watchedContext(browser, failure.apply);
		const page = await watched.open(path);
		expect(await finalStatus(page)).toBe('failed');
		const status = page.locator('.db-status');
		expect(await status.textContent()).toMatch(/Interactive filtering is unavailable: .+\. The charts and tables below still show the published data\./);
		expect(await status.getByRole('button', { name: 'Retry' }).count()).toBe(1);
		expect(await structure(page)).toEqual(await prerenderedStructure(path));

		const log = await watched.pageLog();
		expect(log.rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		// The one console error allowed: Chromium's own line for the request we broke.
		const allowed = (e: { text: string; url: string }) =>
			failure.logsFailedLoad && e.text.startsWith('Failed to load resource') && failure.pattern.test(e.url);
		expect(watched.consoleErrors.filter((e) => !allowed(e))).toEqual([]);
		if (failure.logsFailedLoad) expect(watched.consoleErrors.filter(allowed)).toHaveLength(1);
		await watched.context.close();
	}, SLOW);
});

describe('Retry', () => {
	// Retry is the shared status line's; every failure is retried on one page, every view after one failure.
	const cases = [
		...FAILURES.map((f) => ['/', f] as const),
		...VIEWS.filter((v) => v.path !== '/').map((v) => [v.path, FAILURES[0]] as const)
	];
	it.each(cases.map(([path, f]) => [path, f.name, f]))('%s after "%s": succeeds once the cause is gone', async (path, _, failure) => {
		const watched = await watchedContext(browser, failure.apply);
		const page = await watched.open(path);
		expect(await finalStatus(page)).toBe('failed');
		await watched.context.unrouteAll();
		await page.locator('.db-status').getByRole('button', { name: 'Retry' }).click();
		expect(await finalStatus(page)).toBe('ready');
		const fed = page.locator('main [data-origin]');
		if ((await fed.count()) > 0) await page.locator('main [data-origin="live"]').first().waitFor();
		expect((await watched.pageLog()).rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});

describe('a query that fails after start-up', () => {
	it.each(VIEWS.map((v) => [v.path]))('%s: each chart fed by the database shows the error in place of the chart', async (path) => {
		const watched = await watchedContext(browser, undefined, { bench: true });
		const page = await watched.open(path);
		expect(await finalStatus(page)).toBe('ready');
		const fed = page.locator('main [data-origin]');
		const count = await fed.count();
		if (count === 0) return; // a page with no live query (e.g. the report text)
		await page.locator('main [data-origin="live"]').first().waitFor();

		// Swap in an engine whose every query fails: each LiveQuery re-runs and reports its error.
		await page.evaluate(() => {
			const db = (window as unknown as { __yjsDatabase: { engine: unknown } }).__yjsDatabase;
			db.engine = {
				query: () => Promise.reject(new Error('Binder Error: Table with name ratings does not exist!\nLINE 1: ...')),
				close: () => Promise.resolve()
			};
		});
		for (let i = 0; i < count; i++) {
			const card = fed.nth(i);
			// A chart card holds the alert; a bare table (data-origin on the table) has it beside it, in its section.
			const holder = (await card.evaluate((e) => e.tagName)) === 'TABLE' ? card.locator('xpath=ancestor::section[1]') : card;
			const alert = holder.getByRole('alert');
			await alert.first().waitFor({ timeout: 10_000 });
			expect(await alert.first().textContent(), `${path} #${i}`).toContain('Binder Error: Table with name ratings does not exist!');
			expect(await alert.first().textContent(), 'only the first line of the message').not.toContain('LINE 1');
			expect(await holder.locator('svg[role], table').count(), `${path} #${i}: the chart is replaced by the error`).toBe(0);
		}
		expect((await watched.pageLog()).rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});
