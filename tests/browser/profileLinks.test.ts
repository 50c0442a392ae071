/**
 * A service's name in the overview heatmap is a link to its profile: drawn
 * (an SVG link, after the chart is redrawn from DuckDB-WASM), it opens the
 * profile; on a phone, where the heatmap stacks its domains and repeats the
 * names, each service is still one link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, openPage, waitForDatabase } from './setup/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const LINK = '[data-testid="ratings-heatmap"] a.row-label-link';

describe('overview heatmap row labels', () => {
	it('link to the service’s profile, and clicking one opens it', async () => {
		const { context, page, problems } = await openPage(browser, '/');
		expect(await waitForDatabase(page)).toBe('ready');
		// Redrawn from the browser's database, so the links were made by the client, not only prerendered.
		await page.locator('section[data-origin="live"]:has([data-testid="ratings-heatmap"])').waitFor();
		const suffolk = page.locator(`${LINK}[href$="/services/suffolk"]`);
		expect(await suffolk.count()).toBe(1);
		expect(await suffolk.evaluate((a) => a.namespaceURI)).toBe('http://www.w3.org/2000/svg');
		expect((await suffolk.textContent())?.trim()).toBe('Suffolk');
		// Drawn where it can be clicked (an HTML <a> in an <svg> would have no box).
		const box = await suffolk.boundingBox();
		expect(box && box.width > 20 && box.height > 8).toBe(true);
		await suffolk.click();
		await page.waitForURL(/\/services\/suffolk\/?$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('Suffolk');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('on a 360 px screen (domains stacked, names repeated) links each service once', async () => {
		const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto('/');
		expect(await waitForDatabase(page)).toBe('ready');
		await page.locator('[data-testid="ratings-heatmap"][data-layout="stacked"]').waitFor();
		const hrefs = await page.$$eval(LINK, (links) => links.map((a) => a.getAttribute('href')));
		const rows = await page.locator('[data-testid="ratings-heatmap"] .row').count();
		const services = new Set(await page.$$eval('[data-testid="ratings-heatmap"] .row', (r) => r.map((g) => g.getAttribute('data-service'))));
		expect(rows).toBeGreaterThan(services.size); // the names are repeated block by block
		expect(hrefs).toHaveLength(services.size);
		expect(new Set(hrefs).size).toBe(services.size);
		await context.close();
	});
});
