/**
 * The walking skeleton end to end: the prerendered heatmap, then the same
 * chart from DuckDB-WASM, with the ratings the reports print.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, waitForDatabase } from './setup/browser';
import { builtPages } from './setup/routes';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Read from the reports' ratings pages (west-sussex.txt lines 56-90, suffolk.txt lines 109-187). */
const WEST_SUSSEX = {
	'1.1': 'Good', '1.2': 'Outstanding', '1.3': 'Good', '1.4': 'Good',
	'2.1': 'Good', '2.2': 'Good', '2.3': 'Requires improvement', '2.4': 'Requires improvement',
	'3.1': 'Outstanding', '3.2': 'Outstanding', '3.3': 'Outstanding', '3.4': 'Good', '4.1': 'Good'
};
const SUFFOLK = {
	'1.1': 'Requires improvement', '1.2': 'Requires improvement', '1.3': 'Good', '1.4': 'Requires improvement',
	'2.1': 'Requires improvement', '2.2': 'Inadequate', '2.3': 'Inadequate', '2.4': 'Inadequate',
	'3.1': 'Inadequate', '3.2': 'Requires improvement', '3.3': 'Requires improvement', '3.4': 'Requires improvement', '4.1': 'Good'
};

async function cellRatings(page: import('playwright-core').Page, service: string): Promise<Record<string, string>> {
	return page.$$eval(`[data-testid="ratings-heatmap"] [data-service="${service}"] .cell`, (cells) =>
		Object.fromEntries(cells.map((c) => [c.getAttribute('data-standard'), c.getAttribute('data-rating')]))
	);
}

describe('overview heatmap', () => {
	it('is in the prerendered HTML before any script runs', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: (await import('./setup/browser')).baseURL() });
		const page = await context.newPage();
		await page.goto('/');
		const services = await page.$$eval('[data-testid="ratings-heatmap"] [data-service]', (els) => els.map((e) => e.getAttribute('data-service')));
		expect(services.sort()).toEqual(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex']);
		expect(await cellRatings(page, 'west-sussex')).toEqual(WEST_SUSSEX);
		await context.close();
	});

	it('is painted before its scripts load: no built page preloads JavaScript modules (src/hooks.server.ts)', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(5);
		for (const { file } of pages) {
			const html = readFileSync(`build/${file}`, 'utf8');
			expect(html, file).not.toMatch(/rel="modulepreload"/);
			// The start-up script is still there: the page hydrates once its modules arrive.
			expect(html, file).toMatch(/import\(".*\/_app\/immutable\/entry\/start\.[\w-]+\.js"\)/);
		}
	});

	it('loads the database and redraws the heatmap from SQL with the reports\u2019 ratings', async () => {
		const { context, page, problems } = await openPage(browser, '/');
		expect(await waitForDatabase(page)).toBe('ready');
		// The heatmap's own card: other cards on the page carry data-origin too.
		await page.locator('section[data-origin="live"]:has([data-testid="ratings-heatmap"])').waitFor();

		const rows = page.locator('[data-testid="ratings-heatmap"] [data-service]');
		expect(await rows.count()).toBe(5);
		for (const service of ['west-sussex', 'hartlepool', 'east-sussex', 'suffolk', 'thurrock']) {
			const ratings = await cellRatings(page, service);
			const scored = Object.entries(ratings).filter(([code, r]) => code !== '4.1' && r !== 'not rated');
			expect(scored, service).toHaveLength(12);
		}
		expect(await cellRatings(page, 'west-sussex')).toEqual(WEST_SUSSEX);
		expect(await cellRatings(page, 'suffolk')).toEqual(SUFFOLK);
		// Hartlepool 2020 predates the resettlement standard: shown as not rated, never as a rating.
		expect((await cellRatings(page, 'hartlepool'))['4.1']).toBe('not rated');
		expect(await page.locator('[data-service="suffolk"] .score').textContent()).toContain('9/36');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('keeps the prerendered chart and says so plainly when the database cannot load', async () => {
		const context = await browser.newContext({ baseURL: (await import('./setup/browser')).baseURL() });
		await context.route(/\.wasm$/, (route) => route.abort());
		const page = await context.newPage();
		const pageErrors: string[] = [];
		page.on('pageerror', (e) => pageErrors.push(e.message));
		await page.goto('/');
		expect(await waitForDatabase(page)).toBe('failed');
		await expect(page.locator('.db-status').textContent()).resolves.toMatch(/Interactive filtering is unavailable/);
		expect(await page.locator('[data-testid="ratings-heatmap"] [data-service]').count()).toBe(5);
		expect(await page.locator('.db-status button', { hasText: 'Retry' }).count()).toBe(1);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

describe('overview national picture', () => {
	it('is prerendered as its counts in words, with its chart card and 2025-framework list loaded after the first view', async () => {
		// Without scripts: the finding, every count the chart draws, the services without an inspection and
		// the links that list them; not the chart, its table or the 2025 list (nor the 155 rows they come from).
		const html = readFileSync('build/index.html', 'utf8');
		expect(html).toMatch(/data-testid="national-picture-summary"/);
		expect(html).not.toMatch(/data-testid="national-picture-chart"|data-testid="framework-2025-list"/);
		expect(html).not.toMatch(/latest:\[\{inspection_key/);
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: (await import('./setup/browser')).baseURL() });
		const still = await context.newPage();
		await still.goto('/');
		const summary = await still.locator('[data-testid="national-picture-summary"]').innerText();
		expect(summary).toMatch(/2018–2024 standards: 97 services/);
		expect(summary).toMatch(/2025 framework: 15 services/);
		expect(await still.locator('[data-testid="no-inspection-count"]').innerText()).toMatch(/^43 of 155 services have no inspection/);
		expect(await still.locator('[data-testid="national-picture"] a[href$="services?framework=youth-2025"]').count()).toBe(1);
		await context.close();

		// With scripts: the card (chart, table toggle, downloads) and the list replace the words, live once the database answers.
		const { context: live, page, problems } = await openPage(browser, '/');
		await page.locator('[data-testid="national-picture"] section[data-origin="live"] [data-testid="national-picture-chart"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid="framework-2025-list"] tbody tr').count()).toBe(15);
		expect(await page.locator('[data-testid="national-picture-summary"]').count()).toBe(0);
		expect(await page.locator('[data-testid="no-inspection-count"]').innerText()).toMatch(/^43 of 155 services have no inspection/);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await live.close();
	});
});
