/**
 * The peers view on the production build and the real data. Expected values
 * were read from static/data/statistical_neighbours.csv, la_indicators.csv
 * and national_scores.csv: East Sussex 2024 first-time entrants 101, its
 * neighbour Dorset (838) "-" in 2024; Hartlepool 15-17 reoffending 2023 = 50;
 * inspection scores Hartlepool 26, Gateshead 26, County Durham 11, Knowsley 29.
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

describe('peers view', () => {
	it('prerenders the default service (the first with an inspection report), with a suppressed neighbour as "not available"', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/peers');
		expect(await page.locator('h1').textContent()).toContain('East Sussex');
		const rows = await page.$$eval('[data-testid="peer-chart"] .row', (els) => els.map((e) => e.getAttribute('data-la')));
		expect(rows).toHaveLength(11);
		expect(rows).toEqual(expect.arrayContaining(['East Sussex', 'Devon', 'Kent', 'Cornwall', 'Norfolk', 'Essex', 'Bury', 'Dorset', 'West Sussex', 'Northumberland', 'Bournemouth, Christchurch and Poole']));
		expect(await page.locator('.mark[data-service="true"]').getAttribute('data-value')).toBe('101');
		const dorset = page.locator('[data-testid="peer-chart"] .row[data-la="Dorset"]');
		expect(await dorset.getAttribute('data-status')).toBe('missing');
		expect(await dorset.textContent()).toContain('not available');
		expect(await page.locator('.mark[data-la="Dorset"]').count()).toBe(0);
		// The median's note is read whole, and is drawn inside the chart (on one line it ran past the edge, cut off).
		const label = page.getByTestId('peer-median-label');
		expect(await label.textContent()).toMatch(/peer median .* shaded band: similar \(.* to .*, the peers' robust spread\)/);
		const fits = await label.evaluate((el) => {
			const t = el as SVGGraphicsElement;
			const svg = t.ownerSVGElement!;
			const box = t.getBBox();
			return { right: box.x + box.width, width: svg.viewBox.baseVal?.width || svg.width.baseVal.value };
		});
		expect(fits.right).toBeLessThanOrEqual(fits.width);
		await context.close();
	});

	it('applies a linked view and writes control changes back to the URL', async () => {
		// Applied on hydration from the prerendered rows or the live ones alike: no wait for the database.
		const { context, page, problems } = await openPage(browser, '/peers?service=hartlepool&measure=reoffending-15-17&year=2023');
		await page.locator('h1', { hasText: 'Hartlepool' }).waitFor();
		expect(await page.locator('#peers-service').inputValue()).toBe('hartlepool');
		expect(await page.locator('#peers-measure').inputValue()).toBe('reoffending-15-17');
		expect(await page.locator('#peers-year').inputValue()).toBe('2023');
		expect(await page.locator('.mark[data-service="true"]').getAttribute('data-value')).toBe('50');
		expect(await page.locator('[data-testid="peers-card"] h2').textContent()).toBe("Hartlepool's reoffending, aged 15–17 (2023), 50%, is higher than its statistical neighbours' median of 37.5% (worse)");

		await page.locator('#peers-measure').selectOption('inspection-score');
		await page.waitForURL(/measure=inspection-score/);
		expect(new URL(page.url()).searchParams.get('service')).toBe('hartlepool');
		await page.locator('[data-testid="peer-chart"][data-measure="inspection-score"]').waitFor();
		const scores = await page.$$eval('[data-testid="peer-chart"] .mark', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-la'), e.getAttribute('data-value')])));
		expect(scores).toEqual({ Hartlepool: '26', Gateshead: '26', Durham: '11', Knowsley: '29' });
		expect(await page.locator('#peers-year').isDisabled()).toBe(true);
		// Median of 11, 26, 29 is 26: Hartlepool is "similar", not better or worse.
		expect(await page.locator('[data-testid="peers-card"] h2').textContent()).toContain('is similar to its statistical neighbours');
		expect(await page.locator('[data-testid="peer-chart"] .row[data-la="Redcar and Cleveland"]').textContent()).toContain('no comparable inspection');

		await page.locator('[data-testid="peers-card"] button', { hasText: 'Show table' }).click();
		await page.waitForURL(/view=table/);
		await page.locator('[data-testid="peers-inspection-score-table"]').waitFor();
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('redraws from the browser database with the same figures', async () => {
		const { context, page, problems } = await openPage(browser, '/peers?service=thurrock');
		expect(await waitForDatabase(page)).toBe('ready');
		await page.locator('[data-testid="peers-card"][data-origin="live"]').waitFor();
		// Thurrock 2024 first-time entrants 168; neighbours Swindon, Bexley, Havering, Medway, North and West
		// Northamptonshire, Bedford Borough, Dudley, Lincolnshire, Suffolk.
		expect(await page.locator('.mark[data-service="true"]').getAttribute('data-value')).toBe('168');
		expect(await page.locator('[data-testid="peer-chart"] .row').count()).toBe(11);
		expect(await page.locator('.mark[data-la="Suffolk"]').getAttribute('data-value')).toBe('123');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('draws any English register service without a report: Derby among its neighbours, from the browser database', async () => {
		const { context, page, problems } = await openPage(browser, '/peers?service=derby');
		await page.locator('h1', { hasText: 'Derby among its statistical neighbours' }).waitFor();
		expect(await page.locator('#peers-service').inputValue()).toBe('derby');
		expect(await waitForDatabase(page)).toBe('ready');
		await page.locator('[data-testid="peers-card"][data-origin="live"]').waitFor();
		// la_indicators.csv: Derby (831) first-time entrants 2024 = 88; ten neighbours from statistical_neighbours.csv.
		expect(await page.locator('.mark[data-service="true"]').getAttribute('data-value')).toBe('88');
		expect(await page.locator('[data-testid="peer-chart"] .row').count()).toBe(11);
		expect(await page.locator('[data-testid="peers-scope"]').count()).toBe(0);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('says which authority a joint service is shown through, and that a Welsh service has no peers here', async () => {
		const { context, page } = await openPage(browser, '/peers?service=bedfordshire');
		await page.locator('h1', { hasText: 'Bedford Borough among its statistical neighbours' }).waitFor();
		expect(await page.getByTestId('peers-scope').textContent()).toContain('joint service covering Bedford Borough and Central Bedfordshire');
		await page.goto(`${baseURL()}/peers?service=cardiff`);
		await page.locator('h1', { hasText: 'Cardiff' }).waitFor();
		await page.getByTestId('peers-scope').waitFor();
		expect(await page.getByTestId('peers-scope').textContent()).toContain('cover England only');
		expect(await page.locator('[data-testid="peers-card"]').count()).toBe(0);
		expect(await page.locator('[data-testid="url-notices"]').count()).toBe(0);
		await context.close();
	});

	it('is linked from an English register profile and a report profile', async () => {
		const { context, page } = await openPage(browser, '/services/derby');
		expect(await page.getByTestId('profile-peers-link').getAttribute('href')).toMatch(/\/peers\?service=derby$/);
		await page.goto(`${baseURL()}/services/suffolk`);
		expect(await page.getByTestId('profile-peers-view-link').getAttribute('href')).toMatch(/\/peers\?service=suffolk$/);
		await page.goto(`${baseURL()}/services/cardiff`);
		expect(await page.getByTestId('profile-peers-link').count()).toBe(0);
		await context.close();
	});

	it('names an unknown parameter value and keeps the default', async () => {
		const { context, page } = await openPage(browser, '/peers?service=atlantis');
		await page.locator('[data-testid="url-notices"]').waitFor();
		expect(await page.locator('[data-testid="url-notices"]').textContent()).toContain("Unknown service 'atlantis' ignored");
		expect(await page.locator('#peers-service').inputValue()).toBe('east-sussex');
		await context.close();
	});

	it('shows a tooltip for a dot reached by keyboard', async () => {
		const { context, page } = await openPage(browser, '/peers?service=west-sussex');
		await page.locator('h1', { hasText: 'West Sussex' }).waitFor();
		await page.locator('[data-testid="peer-chart"] .mark[tabindex="0"]').focus();
		await expect(page.locator('[data-testid="chart-tooltip"]').textContent()).resolves.toContain('Gloucestershire');
		await context.close();
	});
});
