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

/**
 * Pages drawn only in the browser, from the URL's query (`/add/view?id=…` shows a report added in this
 * browser: no build knows it, so nothing is prerendered to keep). They are checked on their own below.
 */
const CLIENT_RENDERED = ['/add/view'];
const VIEWS = onePagePerView().filter((v) => !CLIENT_RENDERED.includes(v.path));
/** Elements drawn from a LiveQuery carry data-origin="build" or "live" (chart marks use data-origin for other things). */
const FED = 'main [data-origin="build"], main [data-origin="live"]';
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
	{
		name: 'wasm blocked',
		pattern: /\.wasm$/,
		// The database worker fetches the wasm; Chromium does not log a worker's failed request to the page console.
		logsFailedLoad: false,
		apply: (c) => c.route(/\.wasm$/, (r) => r.abort())
	},
	{
		name: 'wasm returns 404',
		pattern: /\.wasm$/,
		logsFailedLoad: false,
		apply: (c) => c.route(/\.wasm$/, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }))
	},
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
		name: "DuckDB's worker script returns 404",
		pattern: /duckdb-browser-eh\.worker\.[^/]*\.js$/,
		// Loaded by our worker with importScripts; not logged to the page console.
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

/**
 * What a view shows without the database: its charts, tables and test ids.
 * Not what is loaded after the first view (`data-after-first-view`: the
 * overview's national chart, whose prerendered HTML has its counts in words)
 * but that part's finding, the same words in either.
 */
async function structure(page: Page) {
	return page.evaluate(() => {
		const main = document.querySelector('main')!;
		const all = (selector: string) => [...main.querySelectorAll(selector)].filter((e) => !e.closest('[data-after-first-view]'));
		return {
			testids: all('[data-testid]').map((e) => e.getAttribute('data-testid')).sort(),
			charts: all('svg').length,
			tables: all('table').length,
			// The finding of what loads after the first view: in words when prerendered, the chart card's title once loaded.
			later: [...main.querySelectorAll('[data-after-first-view] h3')].slice(0, 1).map((h) => h.textContent?.trim()),
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
		if (path === '/') {
			// Loaded after the first view, the national chart is drawn from the build's counts: its finding is the prerendered one.
			await page.locator('[data-after-first-view] section[data-origin="build"] [data-testid="national-picture-chart"]').waitFor({ timeout: 30_000 });
		}
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

describe('/add/view without the database', () => {
	it.each(FAILURES.map((f) => [f.name, f]))('%s: says the added report cannot be shown, and why, nothing unhandled', async (_, failure) => {
		const watched = await watchedContext(browser, failure.apply);
		const page = await watched.open('/add/view?id=added-testshire-2022');
		expect(await finalStatus(page)).toBe('failed');
		await expect(page.getByTestId('added-profile-failed').textContent()).resolves.toMatch(
			/The browser's database could not start, so the added report cannot be shown: .+\./
		);
		expect((await watched.pageLog()).rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});

describe('the database worker', () => {
	it('our worker script (engineWorker) returning 404: the same plain message, nothing unhandled', async () => {
		const watched = await watchedContext(browser, (c) =>
			c.route(/engineWorker\.[^/]*\.js(\?|$)/, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }))
		);
		const page = await watched.open('/');
		expect(await finalStatus(page)).toBe('failed');
		expect(await page.locator('.db-status').textContent()).toMatch(/Interactive filtering is unavailable: the database engine could not start/);
		expect((await watched.pageLog()).rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);

	it('a host that serves the wasm as application/octet-stream: the database still starts', async () => {
		const watched = await watchedContext(browser, (c) =>
			c.route(/\.wasm$/, async (r) => {
				const response = await r.fetch();
				await r.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream', 'content-encoding': '' } });
			})
		);
		const page = await watched.open('/');
		expect(await finalStatus(page)).toBe('ready');
		await page.locator('main [data-origin="live"]').first().waitFor();
		expect(watched.consoleErrors).toEqual([]);
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
		const fed = page.locator(FED);
		if ((await fed.count()) > 0) await page.locator('main [data-origin="live"]').first().waitFor();
		expect((await watched.pageLog()).rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});

/** Swap in an engine whose every query fails: each LiveQuery runs again and reports its error. */
async function failEveryQuery(page: Page): Promise<void> {
	await page.evaluate(() => {
		const db = (window as unknown as { __yjsDatabase: { engine: unknown } }).__yjsDatabase;
		db.engine = {
			query: () => Promise.reject(new Error('Binder Error: Table with name ratings does not exist!\nLINE 1: ...')),
			close: () => Promise.resolve()
		};
	});
}

const FAILED_QUERY = 'Binder Error: Table with name ratings does not exist!';

/**
 * The message about a failed query, in the card the query feeds: an alert in
 * place of the chart (or of its table), or, for a bare table, a message
 * above it.
 */
async function messageFor(fed: import('playwright-core').Locator) {
	// A chart card is the fed element itself; a bare table has its message somewhere above it on the page.
	const holder = (await fed.evaluate((e) => e.tagName)) === 'SECTION' ? fed : fed.page().locator('main');
	return holder.locator('[role="alert"], [role="status"]').filter({ hasText: FAILED_QUERY });
}

describe('a query that fails after start-up', () => {
	it.each(VIEWS.map((v) => [v.path]))('%s: every chart fed by the database shows the error in its place; the published chart on request', async (path) => {
		const watched = await watchedContext(browser, undefined, { bench: true });
		const page = await watched.open(path);
		expect(await finalStatus(page)).toBe('ready');
		const fed = page.locator(FED);
		const count = await fed.count();
		if (count === 0) return; // a page with no live query (e.g. the report text)
		await page.locator('main [data-origin="live"]').first().waitFor();
		const chartsBefore = (await structure(page)).charts;

		await failEveryQuery(page);
		for (let i = 0; i < count; i++) {
			const message = await messageFor(fed.nth(i));
			await message.first().waitFor({ timeout: 10_000 });
			expect(await message.first().textContent(), 'only the first line of the engine\'s message').not.toContain('LINE 1');
		}
		// Each chart card fed by the failing query holds its alert where its chart was, and no chart.
		const replaced = page.locator('main section.chart-card:has([data-testid$="-query-error"])');
		const cards = await replaced.count();
		for (let i = 0; i < cards; i++) {
			const card = replaced.nth(i);
			expect(await card.locator('[role="alert"]').textContent()).toContain(FAILED_QUERY);
			expect(await card.locator('figure svg').count()).toBe(0);
		}
		const fedCards = await page.locator('main section.chart-card[data-origin]').count();
		if (fedCards > 0) expect(cards, 'every fed chart card shows its error in place').toBe(fedCards);
		if (cards > 0) expect((await structure(page)).charts).toBeLessThan(chartsBefore);
		// Nothing is lost: asked for, every published chart comes back (the selection is unchanged, so it is right).
		const reveal = page.getByRole('button', { name: /^Show the published (chart|table)$/ });
		while ((await reveal.count()) > 0) await reveal.first().click();
		expect((await structure(page)).charts).toBe(chartsBefore);
		expect((await watched.pageLog()).rejections).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);

	it('a filter changed while queries fail shows the published figures for the new choice, never the old rows', async () => {
		// /standards asks the database for one domain at a time: moving from domain 2 to 1 changes the query.
		const select = '#standards-domain';
		if (!VIEWS.some((v) => v.path === '/standards')) return;
		// What /standards shows for domain 1 with a working database.
		const reference = await watchedContext(browser);
		const good = await reference.open('/standards?standard=1');
		expect(await finalStatus(good)).toBe('ready');
		await good.locator('main [data-origin="live"]').first().waitFor();
		const expected = await good.locator('main section[data-origin="live"] h2').first().textContent();
		await reference.context.close();

		const watched = await watchedContext(browser, undefined, { bench: true });
		const page = await watched.open('/standards?standard=2.2');
		expect(await finalStatus(page)).toBe('ready');
		await page.locator('main [data-origin="live"]').first().waitFor();
		await failEveryQuery(page);
		await page.selectOption(select, '1');
		await page.waitForURL(/standard=1(&|$)/);
		const card = page.locator('main section[data-origin="build"], main section[data-origin="live"]').first();
		await (await messageFor(card)).first().waitFor({ timeout: 10_000 });
		// The rows answering domain 2 are dropped for the prerendered ones, which hold every domain.
		await expect.poll(() => card.getAttribute('data-origin')).toBe('build');
		await expect.poll(() => card.locator('h2').first().textContent()).toBe(expected);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});
