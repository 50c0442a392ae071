/**
 * Every view is a shareable URL: a copied link reproduces the view in a fresh
 * browser, Back and Forward walk through views, and hostile parameters show a
 * notice and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, hydrated, launch } from './setup/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function standardsView(page: Page) {
	return {
		url: new URL(page.url()).search,
		standard: await page.locator('#standards-standard').inputValue(),
		sort: await page.locator('#standards-sort').inputValue(),
		title: (await page.locator('#standards-chart-title').first().textContent())?.trim(),
		checked: await page.$$eval('input[type="checkbox"]', (els) => els.map((e) => (e as HTMLInputElement).checked))
	};
}

describe('deep links', () => {
	it('a copied link opens the same view in a new browser context', async () => {
		const context = await browser.newContext({ baseURL: baseURL() });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
		const page = await context.newPage();
		await page.goto('/standards');
		await hydrated(page);
		await page.selectOption('#standards-standard', '2.2');
		await page.waitForURL(/standard=2\.2/);
		await page.selectOption('#standards-sort', 'safety_of_others');
		await page.waitForURL(/sort=safety_of_others/);
		await page.locator('label.check', { hasText: 'Hartlepool' }).locator('input').uncheck();
		await page.waitForURL(/services=/);
		const sent = await standardsView(page);

		await page.getByTestId('copy-link').click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(page.url());
		expect(new URL(link).search).toBe('?standard=2.2&sort=safety_of_others&services=east-sussex,suffolk,thurrock,west-sussex');

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(link);
		await hydrated(other);
		await other.waitForFunction(() => (document.querySelector('#standards-standard') as HTMLSelectElement | null)?.value === '2.2');
		expect(await standardsView(other)).toEqual(sent);
		expect(await other.getByTestId('url-notices').count()).toBe(0);
		await fresh.close();
		await context.close();
	});

	it('links made before the register (report ids, hmip:, national: and la: ids) open the same views', async () => {
		const context = await browser.newContext({ baseURL: baseURL() });
		const page = await context.newPage();
		const old = '?services=thurrock,suffolk,hmip:bromleyyjs,national:hartlepool-2020,la:883';
		await page.goto(`/compare${old}`);
		await hydrated(page);
		const ids = await page.$$eval('[data-testid="compare-table"] thead th[data-id]', (ths) => ths.map((t) => t.getAttribute('data-id')));
		expect(ids).toEqual(['suffolk', 'thurrock', 'hmip:bromleyyjs', 'national:hartlepool-2020', 'la:883']);
		expect(await page.getByTestId('url-notices').count()).toBe(0);
		expect(new URL(page.url()).searchParams.get('services')).toBe('thurrock,suffolk,hmip:bromleyyjs,national:hartlepool-2020,la:883');
		await page.goto('/peers?service=suffolk&measure=spend');
		await hydrated(page);
		expect(await page.locator('#peers-service').inputValue()).toBe('suffolk');
		expect(await page.locator('#peers-measure').inputValue()).toBe('spend');
		expect(await page.getByTestId('url-notices').count()).toBe(0);
		await context.close();
	});

	it('Back and Forward restore earlier views', async () => {
		const context = await browser.newContext({ baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/standards');
		await hydrated(page);
		const initial = await page.locator('#standards-standard').inputValue();
		for (const code of ['2.2', '2.4']) {
			await page.selectOption('#standards-standard', code);
			await page.waitForURL(new RegExp(`standard=${code.replace('.', '\\.')}`));
		}
		await page.goBack();
		await page.waitForURL(/standard=2\.2/);
		expect(await page.locator('#standards-standard').inputValue()).toBe('2.2');
		expect(await page.locator('#standards-chart-title').first().textContent()).toMatch(/2\.2/);
		await page.goBack();
		await page.waitForURL((url) => !url.search.includes('standard='));
		expect(await page.locator('#standards-standard').inputValue()).toBe(initial);
		await page.goForward();
		await page.waitForURL(/standard=2\.2/);
		expect(await page.locator('#standards-standard').inputValue()).toBe('2.2');
		await context.close();
	});

	const HOSTILE = new URLSearchParams({
		standard: '<script>window.__pwned=1</script>',
		services: `thurrock,' OR 1=1; DROP TABLE ratings; --`,
		view: '"><img src=x onerror="window.__pwned=2">',
		measure: 'x'.repeat(10_000),
		service: '../../etc/passwd',
		dimension: "ethnicity' UNION SELECT * FROM services --",
		q: '"><img src=x onerror="window.__pwned=3">'
	}).toString();

	it.each(['/', '/standards', '/findings', '/context', '/peers', '/disproportionality', '/compare', '/services', '/services/suffolk', '/services/derby', '/services/cardiff', '/data', '/add'])(
		'hostile parameters on %s show the notice and nothing else',
		async (path) => {
			const context = await browser.newContext({ baseURL: baseURL() });
			const page = await context.newPage();
			const pageErrors: string[] = [];
			let dialogs = 0;
			page.on('pageerror', (e) => pageErrors.push(e.message));
			page.on('dialog', async (d) => {
				dialogs++;
				await d.dismiss();
			});
			await page.goto(`${path}?${HOSTILE}`);
			await hydrated(page);
			const notice = page.getByTestId('url-notices');
			await notice.waitFor();
			const text = (await notice.textContent()) ?? '';
			expect(text).toMatch(/ignored/);
			expect(text.length).toBeLessThan(2_000);
			// Markup in parameters is shown as text, never parsed.
			expect(await page.locator('img[src="x"]').count()).toBe(0);
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(dialogs).toBe(0);
			expect(pageErrors).toEqual([]);
			// The page still shows its content.
			expect(await page.locator('main h1').count()).toBe(1);
			await notice.getByRole('button', { name: 'Dismiss' }).click();
			await expect(notice.count()).resolves.toBe(0);
			await context.close();
		}
	);
});
