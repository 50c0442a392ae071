/**
 * Findings search and "learn from" end to end on the production build and the
 * real data: typing finds passages across services and links to their lines,
 * the URL holds the search and filters and reproduces the view, and Suffolk's
 * 2.2 lists the services to learn from. Lines were read from the report texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, hydrated, launch, openPage } from './setup/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function results(page: Page) {
	return page.$$eval('[data-testid="findings-results"] .result', (items) =>
		items.map((li) => ({
			service: li.getAttribute('data-service'),
			kind: li.getAttribute('data-kind'),
			standard: li.getAttribute('data-standard'),
			href: li.querySelector('.cite a')?.getAttribute('href') ?? null,
			marks: [...li.querySelectorAll('mark')].map((m) => m.textContent)
		}))
	);
}

describe('findings search', () => {
	it('typing "contingency" finds the Suffolk and Thurrock passages, highlighted and linked to their lines', async () => {
		const { context, page, problems } = await openPage(browser, '/findings');
		// Generous waits: on a loaded machine (load average 40+ seen) typing eleven letters took over 30 s.
		page.setDefaultTimeout(90_000);
		await hydrated(page, 90_000);
		await page.locator('#findings-q').pressSequentially('contingency', { delay: 20 });
		await page.waitForURL(/q=contingency/);
		const found = await results(page);
		const hrefs = found.map((r) => r.href);
		// suffolk.txt:450 and 452 (2.2 Planning prose); thurrock.txt:725 (area for improvement), 1019 (3.2 prose).
		expect(hrefs).toEqual(expect.arrayContaining(['/sources/suffolk#L450', '/sources/suffolk#L452', '/sources/thurrock#L725', '/sources/thurrock#L1019']));
		expect(found.every((r) => r.marks.length > 0 && r.marks.every((m) => m?.toLowerCase() === 'contingency'))).toBe(true);
		const count = Number(await page.getByTestId('findings-count').getAttribute('data-matches'));
		expect(count).toBe(found.length);
		await expect(page.getByTestId('findings-count').textContent()).resolves.toMatch(/^\d+ passages from 5 services match “contingency”/);
		// A result's link opens the report text at that line.
		await page.locator('[data-source="data/reports/suffolk.txt:450"] .cite a').first().click();
		await page.waitForURL(/\/sources\/suffolk#L450$/);
		await expect(page.locator('#L450').textContent()).resolves.toContain('Too few cases included contingency planning');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});

	it('filters in the URL reproduce the view in a fresh browser', async () => {
		const { context, page } = await openPage(browser, '/findings');
		await hydrated(page);
		await page.locator('#findings-q').fill('contingency');
		await page.waitForURL(/q=contingency/);
		await page.selectOption('#findings-domain', '2');
		await page.waitForURL(/in=2(&|$)/);
		await page.selectOption('#findings-standard', '2.2');
		await page.waitForURL(/in=2\.2/);
		await page.locator('input[name="kind"][value="recommendation"]').uncheck();
		await page.waitForURL(/kind=/);
		await page.locator('input[name="services"][value="hartlepool"]').uncheck();
		await page.waitForURL(/services=/);
		const url = page.url();
		expect(new URL(url).search).toBe('?q=contingency&in=2.2&kind=narrative,strength,improvement&services=east-sussex,suffolk,thurrock,west-sussex');
		const sent = await results(page);
		expect(sent.length).toBeGreaterThan(0);
		expect(new Set(sent.map((r) => r.standard))).toEqual(new Set(['2.2']));
		expect(sent.some((r) => r.service === 'hartlepool')).toBe(false);

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(url);
		await hydrated(other);
		await other.waitForFunction(() => (document.querySelector('#findings-q') as HTMLInputElement | null)?.value === 'contingency');
		expect(await results(other)).toEqual(sent);
		expect(await other.locator('#findings-standard').inputValue()).toBe('2.2');
		expect(await other.locator('input[name="services"][value="hartlepool"]').isChecked()).toBe(false);
		expect(await other.getByTestId('url-notices').count()).toBe(0);
		await fresh.close();
		await context.close();
	});

	it('a hostile search is shown as text, never run as HTML', async () => {
		const { context, page, problems } = await openPage(browser, '/findings?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
		await hydrated(page);
		await page.waitForFunction(() => (document.querySelector('#findings-q') as HTMLInputElement | null)?.value.startsWith('<img'));
		expect(await page.locator('main img').count()).toBe(0);
		await expect(page.getByTestId('findings-count').textContent()).resolves.toBe('No passage matches “<img src=x onerror=alert(1)>” with these filters.');
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});
});

describe('learn from', () => {
	it("Suffolk's profile lists the services rated Good on 2.2 Planning, linked to their lines", async () => {
		const { context, page } = await openPage(browser, '/services/suffolk');
		const planning = page.locator('[data-testid="learn-from"] [data-standard="2.2"]');
		await expect(planning.locator('h3').textContent()).resolves.toBe('2.2 Planning: Suffolk is rated Inadequate');
		const examples = await planning.locator('.example').evaluateAll((els) => els.map((e) => [e.getAttribute('data-service'), e.getAttribute('data-rating')]));
		expect(examples).toEqual([
			['hartlepool', 'Good'],
			['thurrock', 'Good'],
			['west-sussex', 'Good']
		]);
		const westSussex = planning.locator('.example[data-service="west-sussex"]');
		await westSussex.locator('summary').click();
		// Before hydration SvelteKit writes links relative to the page (`../sources/…`): check where the link goes.
		const href = (await westSussex.locator('[data-kind="narrative"] a').first().getAttribute('href')) ?? '';
		const target = new URL(href, page.url());
		expect(target.pathname + target.hash).toBe('/sources/west-sussex#L554');
		// The profile links the original report on HMIP's site.
		await expect(page.getByTestId('hmip-report-link').getAttribute('href')).resolves.toBe(
			'https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/suffolkyos/'
		);
		await context.close();
	});

	it('the standards explorer shows the same list for 2.2', async () => {
		const { context, page } = await openPage(browser, '/standards?standard=2.2');
		await hydrated(page);
		const planning = page.locator('#standards-learn-from [data-standard="2.2"]');
		await planning.waitFor();
		await expect(planning.locator('h3').textContent()).resolves.toBe('2.2 Planning: East Sussex (Inadequate) and Suffolk (Inadequate) are rated below Good');
		expect(await planning.locator('.example').count()).toBe(3);
		await context.close();
	});
});
