/**
 * The context view on the production build and the real data. Expected
 * figures were read from the reports (west-sussex.txt:976-980,
 * thurrock.txt:342-345; Hartlepool and Suffolk print neither rate) and from
 * static/data/la_indicators.csv (West Sussex first-time entrants 2016 = 212;
 * Hartlepool 10-14 reoffending 2019-2024 "-"; spend 2019-20 Hartlepool
 * 682,943 over its report's 8,902 children = £76.72).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, openPage, waitForDatabase } from './setup/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const cellStatus = (page: Page, service: string) =>
	page.$$eval(`[data-testid="report-figures-chart"] [data-service="${service}"] .cell`, (cells) =>
		cells.map((c) => [c.getAttribute('data-measure'), c.getAttribute('data-status'), c.textContent?.replace(/\s+/g, ' ').trim()])
	);

describe('context view', () => {
	it('prerenders the printed rates, with "Not reported in this inspection" where a report has none', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/context');
		const ws = await cellStatus(page, 'west-sussex');
		expect(ws.map((c) => c[1])).toEqual(['reported', 'reported']);
		expect(ws[0][2]).toContain('74');
		expect(ws[0][2]).toContain('E&W 167');
		expect(ws[1][2]).toContain('31.7%');
		expect(ws[1][2]).toContain('E&W 34.2%');
		const th = await cellStatus(page, 'thurrock');
		expect(th[0][2]).toContain('150');
		expect(th[1][2]).toContain('36.4%');
		expect(th[1][2]).toContain('E&W 33.6%');
		for (const service of ['hartlepool', 'suffolk']) {
			expect(await cellStatus(page, service)).toEqual([
				['first_time_entrant_rate', 'not-reported', 'Not reported in this inspection'],
				['reoffending_rate', 'not-reported', 'Not reported in this inspection']
			]);
		}
		// East Sussex prints no first-time entrant rate; its reoffending rate is stated only in prose (east-sussex.txt:156).
		const es = await cellStatus(page, 'east-sussex');
		expect(es[0][1]).toBe('not-reported');
		expect(es[1][2]).toContain('32.4% †');
		expect(await page.locator('[data-testid="report-rates-card"] .chart-sources a[href$="/sources/west-sussex#L976"]').count()).toBe(1);
		await context.close();
	});

	it('disables "Compare with" for spend, which has no comparator, and says why; other measures keep it', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/context');
		expect(await page.locator('#context-comparator').isDisabled()).toBe(false);
		await context.close();
		const { context: live, page: spend, problems } = await openPage(browser, '/context?measure=spend');
		const select = spend.locator('#context-comparator');
		await spend.waitForFunction(() => document.querySelector('#context-comparator')?.hasAttribute('disabled'));
		expect(await select.getAttribute('aria-describedby')).toBe('context-comparator-none');
		expect(await spend.locator('#context-comparator-none').textContent()).toBe('none for spend (totals)');
		expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
		await live.close();
	});

	it('loads the database and draws every service\u2019s LAIT trend against its region', async () => {
		const { context, page, problems } = await openPage(browser, '/context');
		expect(await waitForDatabase(page)).toBe('ready');
		await page.locator('[data-testid="trends-card"][data-origin="live"]').waitFor();
		const panels = await page.$$eval('[data-testid="trend-chart"] .panel', (els) => els.map((e) => e.getAttribute('data-service')));
		expect(panels).toEqual(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex']);
		expect(await page.locator('.mark[data-key="west-sussex|la|2016"]').getAttribute('data-value')).toBe('212');
		expect(await page.locator('.mark[data-key="west-sussex|comparator|2016"]').getAttribute('aria-label')).toBe('South East, 2016: 237 per 100,000');
		expect(await page.locator('[data-testid="trends-card"] h2').textContent()).toBe('First-time entrants: lower in 2024 than in 2016 in all 5 authorities');
		// Spend per child: Hartlepool 682,943 / 8,902; East Sussex and Suffolk print no youth population.
		expect(await page.locator('.bar[data-service="hartlepool"]').getAttribute('data-per-child')).toBe('76.72');
		expect(await page.locator('[data-testid="spend-per-child-chart"] [data-service="east-sussex"]').getAttribute('data-status')).toBe('unpaired');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('applies a linked view, shows suppressed years as gaps, and writes changes back to the URL', async () => {
		// The linked view is applied on hydration, from the prerendered rows or the live ones alike,
		// so this does not wait for the database.
		const { context, page, problems } = await openPage(browser, '/context?services=hartlepool&measure=reoffending-10-14&comparator=england');
		await page.locator('[data-testid="trends-card"] h2', { hasText: 'Hartlepool' }).waitFor();
		expect(await page.locator('#context-measure').inputValue()).toBe('reoffending-10-14');
		expect(await page.locator('#context-comparator').inputValue()).toBe('england');
		expect(await page.locator('#context-service-hartlepool').isChecked()).toBe(true);
		expect(await page.locator('#context-service-suffolk').isChecked()).toBe(false);
		const panels = await page.$$eval('[data-testid="trend-chart"] .panel', (els) => els.map((e) => e.getAttribute('data-service')));
		expect(panels).toEqual(['hartlepool']);
		const missing = await page.$$eval('[data-testid="trend-chart"] .mark[data-role="la"][data-missing="true"]', (els) => els.map((e) => e.getAttribute('data-year')));
		expect(missing).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
		expect(await page.locator('.mark[data-key="hartlepool|la|2019"]').textContent()).toContain('n/a');
		// England is suppressed for this measure: the region is drawn instead, and the note says why.
		expect(await page.locator('[data-testid="trend-chart"]').getAttribute('data-comparator')).toBe('region');
		expect(await page.locator('[data-testid="trends-card"] .chart-note').textContent()).toMatch(/region is shown instead/);
		expect(await page.locator('[data-testid="report-figures-chart"] [data-service]').count()).toBe(1);

		await page.locator('#context-from').selectOption('2018');
		await page.waitForURL(/from=2018/);
		expect(new URL(page.url()).searchParams.get('services')).toBe('hartlepool');
		await page.locator('.mark[data-key="hartlepool|la|2017"]').waitFor({ state: 'detached' });
		expect(await page.locator('.mark[data-key="hartlepool|la|2018"]').getAttribute('data-value')).toBe('47.62');

		await page.locator('#context-service-thurrock').check();
		await page.waitForURL(/services=hartlepool,thurrock/);
		await page.locator('[data-testid="trend-chart"] .panel[data-service="thurrock"]').waitFor();

		await page.locator('[data-testid="trends-card"] button', { hasText: 'Show table' }).click();
		await page.waitForURL(/view=table/);
		const table = page.locator('[data-testid="context-trends-table"]');
		await table.waitFor();
		expect(await table.locator('tr', { hasText: 'Hartlepool' }).filter({ hasText: '2019' }).textContent()).toContain('Not available');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('shows a tooltip for a point reached by keyboard', async () => {
		const { context, page } = await openPage(browser, '/context?services=west-sussex');
		// Hydrated once the linked view shows a single panel.
		await page.locator('[data-testid="trends-card"] h2', { hasText: 'West Sussex:' }).waitFor();
		const first = page.locator('[data-testid="trend-chart"] .mark[tabindex="0"]');
		await first.focus();
		await expect(page.locator('[data-testid="chart-tooltip"]').textContent()).resolves.toContain('West Sussex, 2016');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-testid="chart-tooltip"]').textContent()).resolves.toContain('West Sussex, 2017');
		await context.close();
	});
});
