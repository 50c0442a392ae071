/**
 * Overview addition: the five report services on the national distribution
 * of scores out of 36, in Chromium against the production build.
 *
 * Expected values: the reports' scores (suffolk.txt:97 9/36, east-sussex.txt:111
 * 25/36, thurrock.txt:97, west-sussex.txt:50, hartlepool.txt:53 26/36) and
 * static/data/national_scores.csv counted by hand: 83 comparable /36
 * inspections (the five among them), 6 scoring 9 or less (6/83 = 7.2%, so
 * "lowest 8%" rounding up).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import { baseURL, launch, openPage, waitForDatabase } from './setup/browser';

/** The database can take a while on a loaded machine: wait longer than the shared 30 s, then read its status. */
async function ready(page: Page): Promise<string> {
	await page.locator('.db-status[data-status="ready"], .db-status[data-status="failed"]').waitFor({ timeout: 90_000 });
	return waitForDatabase(page);
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const SCORES: Record<string, number> = { 'east-sussex': 25, hartlepool: 26, suffolk: 9, thurrock: 26, 'west-sussex': 26 };

describe('overview score distribution', () => {
	it('is in the prerendered HTML: 83 dots, the five services highlighted once each', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/');
		const strip = page.getByTestId('score-strip');
		expect(await strip.locator('circle.dot').count()).toBe(83);
		const highlighted = await strip.locator('circle[data-highlighted="true"]').evaluateAll((els) =>
			Object.fromEntries(els.map((e) => [e.getAttribute('data-service-id'), Number(e.getAttribute('data-score'))]))
		);
		expect(highlighted).toEqual(SCORES);
		expect(await page.locator('[data-testid="score-distribution-card"] h2').textContent()).toBe(
			"Suffolk's 9/36 is in the lowest 8% of 83 inspections scored out of 36 in 2020–2025; the other four score 25–26/36 (Good)"
		);
		const suffolkLabel = await strip.locator('.label[data-service="suffolk"]').textContent();
		expect(suffolkLabel).toContain('Suffolk 9/36');
		expect(suffolkLabel).toContain('Requires improvement');
		expect(suffolkLabel).toContain('published Jan 2023');
		await context.close();
	});

	it('redraws from the browser database with the same dots, and applies ?scores=table', { timeout: 120_000 }, async () => {
		const { context, page, problems } = await openPage(browser, '/?scores=table');
		expect(await ready(page)).toBe('ready');
		await page.locator('[data-testid="score-distribution-card"][data-origin="live"]').waitFor();
		const table = page.getByTestId('score-distribution-table');
		await table.waitFor();
		expect(await table.locator('tbody tr').count()).toBe(83);
		const suffolk = table.locator('tbody tr', { hasText: 'data/reports/suffolk.txt:97' });
		expect(await suffolk.count()).toBe(1);
		// The heatmap above keeps its own toggle.
		expect(await page.getByTestId('ratings-heatmap').count()).toBe(1);
		await page.locator('[data-testid="score-distribution-card"] button', { hasText: 'Show chart' }).click();
		await page.waitForURL((url) => url.pathname === '/' && url.search === '');
		expect(await page.getByTestId('score-strip').locator('circle.dot').count()).toBe(83);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('links each highlighted label to its profile', { timeout: 120_000 }, async () => {
		const { context, page } = await openPage(browser, '/');
		await ready(page);
		await page.locator('[data-testid="score-strip"] .label[data-service="thurrock"] a').click();
		await page.waitForURL('**/services/thurrock');
		expect(await page.getByTestId('profile-score').textContent()).toBe('26/36');
		await context.close();
	});
});
