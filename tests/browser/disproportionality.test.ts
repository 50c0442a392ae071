/**
 * /disproportionality end to end on the real data, in Chromium against the
 * production build. Expected figures were read from the reports:
 * west-sussex.txt:997-999 (Black, Asian and minority ethnic 18% of the caseload,
 * 8.6% of "Youth population (10-17 years) in West Sussex YJS"), thurrock.txt:357-358
 * (27% vs 19%), thurrock.txt:353-354 (aged 10-14: 23% vs National average 18%),
 * hartlepool.txt:181 ("Demographics of children cautioned or sentenced"),
 * suffolk.txt:392 (girls 20 per cent of the caseload, prose only); East Sussex and
 * Suffolk print no demographic table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, openPage } from './setup/browser';

/**
 * The shared helper waits 30 s; DuckDB-WASM loading every table can take longer on a busy
 * machine (seen: 37 s with many builds running), so these tests allow 90 s.
 */
const SLOW = 240_000;
async function waitForDatabase(page: Page): Promise<string> {
	const status = page.locator('.db-status');
	await status.and(page.locator('[data-status="ready"], [data-status="failed"]')).waitFor({ timeout: 90_000 });
	return (await status.getAttribute('data-status')) ?? '';
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const dots = (page: Page) =>
	page.$$eval('[data-testid="demographic-dot-plot"] .service', (els) =>
		els.map((e) => [e.getAttribute('data-service'), e.getAttribute('data-status')])
	);
const shares = (page: Page, service: string, category: string) =>
	page
		.locator(`[data-testid="demographic-dot-plot"] [data-service="${service}"] [data-category="${category}"]`)
		.evaluate((e) => [e.getAttribute('data-caseload'), e.getAttribute('data-comparator')]);

describe('disproportionality', { timeout: SLOW }, () => {
	it('is in the prerendered HTML: every service, the printed shares, "Not reported" for the reports without a table', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/disproportionality');
		expect(await dots(page)).toEqual([
			['east-sussex', 'not-reported'],
			['hartlepool', 'reported'],
			['suffolk', 'not-reported'],
			['thurrock', 'reported'],
			['west-sussex', 'reported']
		]);
		expect(await shares(page, 'west-sussex', 'black_asian_minority_ethnic')).toEqual(['18', '8.6']);
		// Suffolk prints no table but states its shares of children cautioned or sentenced in its text (suffolk.txt:386).
		const suffolk = await page.locator('[data-service="suffolk"]').first().textContent();
		expect(suffolk).toContain('No table in this report; it states these shares in its text:');
		expect(suffolk).toContain('55 per cent identify as white');
		expect(await page.locator('[data-service="east-sussex"]').first().textContent()).toContain('No table in this report');
		expect(await page.locator('[data-service="hartlepool"] .service-sub').textContent()).toContain('Demographics of children cautioned or sentenced');
		// The relative rate is only for the two reports that print a local youth population.
		const rates = await page.$$eval('[data-testid="relative-rate-chart"] .rate-row', (els) =>
			els.map((e) => [e.getAttribute('data-service'), e.getAttribute('data-category'), e.getAttribute('data-rate')])
		);
		expect(rates.map((r) => r[0])).not.toContain('hartlepool');
		const wsRate = Number(rates.find((r) => r[0] === 'west-sussex' && r[1] === 'black_asian_minority_ethnic')![2]);
		expect(wsRate).toBeCloseTo(18 / 8.6, 6);
		await context.close();
	});

	it('applies a linked view, then updates from the browser database and the URL when the controls change', async () => {
		const { context, page, problems } = await openPage(browser, '/disproportionality?dimension=gender&services=thurrock,suffolk');
		expect(await waitForDatabase(page)).toBe('ready');
		await page.locator('section[aria-labelledby="demographics-title"][data-origin="live"]').waitFor();
		expect(await page.locator('#dimension-select').inputValue()).toBe('gender');
		expect(await page.getByRole('checkbox', { name: 'Suffolk', exact: true }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'Hartlepool', exact: true }).isChecked()).toBe(false);
		expect(await dots(page)).toEqual([
			['suffolk', 'not-reported'],
			['thurrock', 'reported']
		]);
		// The quoted sentence wraps over several <text> lines: read them as one.
		const suffolk = await page.$$eval('[data-testid="demographic-dot-plot"] [data-service="suffolk"] text', (ts) => ts.map((t) => t.textContent).join(' '));
		expect(suffolk.replace(/\s+/g, ' ')).toContain('girls make up 20 per cent');
		// Gender is compared only with a national average: no local rate, said plainly.
		expect(await page.getByTestId('relative-rate-empty').textContent()).toContain('only with a national average');

		await page.locator('#dimension-select').selectOption('age');
		await page.waitForURL(/dimension=age/);
		expect(new URL(page.url()).searchParams.get('services')).toBe('suffolk,thurrock');
		await page.locator('[data-testid="demographic-dot-plot"] [data-service="thurrock"] [data-category="10-14"]').waitFor();
		expect(await shares(page, 'thurrock', '10-14')).toEqual(['23', '18']);

		await page.getByRole('checkbox', { name: 'Hartlepool', exact: true }).check();
		await page.waitForURL(/services=hartlepool,suffolk,thurrock/);
		await page.locator('[data-testid="demographic-dot-plot"] [data-service="hartlepool"]').waitFor();

		await page.getByRole('button', { name: 'Show table' }).first().click();
		await page.waitForURL(/view=table/);
		const table = page.getByTestId('demographics-table');
		const suffolkRow = table.locator('tr', { hasText: 'Suffolk' });
		expect(await suffolkRow.locator('td').allTextContents()).toContain('Not reported');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('names what it could not apply from a link', async () => {
		const { context, page } = await openPage(browser, '/disproportionality?dimension=religion&services=thurrock,atlantis');
		await page.getByTestId('url-notices').waitFor();
		const notices = await page.getByTestId('url-notices').textContent();
		expect(notices).toContain("Unknown dimension 'religion' ignored");
		expect(notices).toContain("Unknown service 'atlantis' ignored");
		expect(await dots(page)).toEqual([['thurrock', 'reported']]);
		await context.close();
	});
});
