/**
 * /disproportionality by keyboard, in Chromium against the production build:
 * each of its three charts is one tab stop (the arrow keys move between its
 * marks), and a published service's name in a chart is a link to its profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForDatabase } from './setup/browser';

const SLOW = 240_000;
const CHARTS = ['demographic-dot-plot', 'relative-rate-chart', 'care-status-chart'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** What has focus: the chart it is in, and whether it is a mark (role="img") or a link. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const e = document.activeElement;
		if (!e || e === document.body) return null;
		return {
			chart: e.closest('svg[data-testid]')?.getAttribute('data-testid') ?? null,
			kind: e.getAttribute('role') === 'img' ? 'mark' : e.tagName.toLowerCase() === 'a' ? 'link' : 'other',
			label: e.getAttribute('aria-label') ?? e.textContent?.trim() ?? ''
		};
	});

describe('disproportionality by keyboard', { timeout: SLOW }, () => {
	it('Tab enters each chart once; the arrow keys then move between its marks', async () => {
		const { context, page, problems } = await openPage(browser, '/disproportionality');
		expect(await waitForDatabase(page)).toBe('ready');
		await page.locator('section[aria-labelledby="demographics-title"][data-origin="live"]').waitFor();
		// From the dimension control (above the charts) to the end of the page.
		await page.locator('#dimension-select').focus();
		const marks = new Map<string, string[]>(CHARTS.map((c) => [c, []]));
		for (let step = 0; step < 200; step++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (!f) break;
			if (f.chart && f.kind === 'mark') marks.get(f.chart)?.push(f.label);
		}
		for (const chart of CHARTS) expect(marks.get(chart), chart).toHaveLength(1);

		// In each chart, ArrowDown moves focus (and the tooltip) to the next mark, End to the last.
		for (const chart of CHARTS) {
			const svg = page.getByTestId(chart);
			const stop = svg.locator('[role="img"][tabindex="0"]');
			expect(await stop.count()).toBe(1);
			expect(await svg.locator('[role="img"][tabindex="-1"]').count()).toBe((await svg.locator('[role="img"]').count()) - 1);
			await stop.focus();
			const first = (await focused(page))!.label;
			await page.keyboard.press('ArrowDown');
			const second = (await focused(page))!;
			expect(second.chart).toBe(chart);
			expect(second.kind).toBe('mark');
			expect(second.label).not.toBe(first);
			expect(await page.getByRole('tooltip').first().isVisible()).toBe(true);
			await page.keyboard.press('End');
			expect((await focused(page))!.label).toBe(await svg.locator('[role="img"]').last().getAttribute('aria-label'));
		}
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it("a service's name in each chart links to its profile, outside every role=\"img\"", async () => {
		const { context, page } = await openPage(browser, '/disproportionality');
		expect(await waitForDatabase(page)).toBe('ready');
		for (const chart of CHARTS) {
			const link = page.getByTestId(chart).locator('a[href$="/services/thurrock"]').first();
			expect(await link.count(), chart).toBe(1);
			expect(await link.evaluate((a) => a.closest('[role="img"]'))).toBeNull();
		}
		// Followed by keyboard: focus the link in the relative rate chart and press Enter.
		await page.getByTestId('relative-rate-chart').locator('a[href$="/services/thurrock"]').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/services\/thurrock$/);
		expect(await page.locator('h1').first().textContent()).toContain('Thurrock');
		await context.close();
	});

	it('on a 360 px screen the names are still links, with each chart still one tab stop', async () => {
		const { context, page } = await openPage(browser, '/disproportionality');
		await page.setViewportSize({ width: 360, height: 800 });
		expect(await waitForDatabase(page)).toBe('ready');
		for (const chart of CHARTS) {
			const svg = page.getByTestId(chart);
			expect(await svg.locator('[role="img"][tabindex="0"]').count(), chart).toBe(1);
			const link = svg.locator('a[href$="/services/west-sussex"]').first();
			expect(await link.evaluate((a) => a.closest('[role="img"]')), chart).toBeNull();
			const box = await link.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 360, `${chart}: the link is on screen`).toBe(true);
		}
		// A click on the name (not the row behind it) follows the link.
		await page.getByTestId('care-status-chart').locator('a[href$="/services/west-sussex"]').first().click();
		await page.waitForURL(/\/services\/west-sussex$/);
		await context.close();
	});
});
