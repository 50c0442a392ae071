/**
 * Register service pages, in Chromium against the production build, on the
 * real data. Expected values from static/data (npm run data) and the shared
 * files: Derby 2025 Outstanding (HMIP page), victims area Outstanding (Derby
 * council page); Cardiff 2020 Inadequate (Care Inspectorate Wales page, and
 * a press article); West Mercia's four member authorities; East Sussex 2024
 * 25/36 Good from its report (east-sussex.txt:111/113), also in HMIP's table
 * and the council's cabinet report; Wakefield 2021 (2018–2024 standards,
 * 10/36 Requires improvement) and 2025 (2025 framework, Good).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, openPage } from './setup/browser';

/**
 * A static host answers an address with no page with build/404.html and
 * status 404 (`vite preview` renders its own error page instead): the page
 * opens the address as a static host would serve it.
 */
async function openAsStaticHost(path: string) {
	const context = await browser.newContext({ baseURL: baseURL() });
	const page = await context.newPage();
	const problems = { consoleErrors: [] as string[], pageErrors: [] as string[] };
	page.on('console', (m) => {
		if (m.type() === 'error') problems.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => problems.pageErrors.push(e.message));
	const notFound = readFileSync('build/404.html', 'utf8');
	await page.route(`**${path}`, (route) =>
		route.request().resourceType() === 'document' ? route.fulfill({ status: 404, contentType: 'text/html', body: notFound }) : route.continue()
	);
	await page.goto(path);
	return { context, page, problems };
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function staticPage(path: string) {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
	const page = await context.newPage();
	await page.goto(path);
	return { context, page };
}

describe('register service pages', () => {
	it('show a 2025-framework inspection with its framework, no score, its area rating and sources', async () => {
		const { context, page } = await staticPage('/services/derby');
		expect(await page.locator('h1').textContent()).toBe('Derby');
		const item = page.locator('[data-testid="inspection-history"] li[data-framework="youth-2025"]');
		expect(await item.count()).toBe(1);
		expect(await item.locator('.rating-chip').first().getAttribute('data-rating')).toBe('Outstanding');
		expect(await item.textContent()).toContain('2025 framework');
		expect(await item.textContent()).toContain('no score');
		expect(await item.locator('.areas').textContent()).toContain('Work with victims');
		expect(await item.locator('.sources a').first().getAttribute('href')).toContain('derby-city-2025');
		// LAIT for an English service: trends against the region and a dot among ten neighbours.
		expect(await page.locator('[data-testid="profile-trends"] svg').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-testid="profile-peers"]').count()).toBe(1);
		expect(await page.locator('[data-testid="not-held"]').textContent()).toContain('No inspection report is read here');
		await context.close();
	});

	it('say plainly that LAIT covers England only on a Welsh page', async () => {
		const { context, page } = await staticPage('/services/cardiff');
		expect(await page.getByTestId('lait-wales').textContent()).toContain('covers England only');
		expect(await page.locator('[data-testid="profile-trends"]').count()).toBe(0);
		const item = page.locator('[data-testid="inspection-history"] li[data-framework="youth-2018"]');
		expect(await item.count()).toBe(1);
		expect(await item.locator('.sources li').count()).toBe(2);
		expect(await item.locator('summary').textContent()).toContain('rating from: Council or other public body');
		await context.close();
	});

	it('show a joint service per member authority, labelled', async () => {
		const { context, page } = await staticPage('/services/west-mercia');
		const indicators = page.getByTestId('local-indicators');
		expect(await indicators.locator('.lede').textContent()).toContain('covers 4 local authorities: Herefordshire, Shropshire, Telford and Wrekin, Worcestershire');
		expect(await page.locator('[data-testid="profile-peers"]').count()).toBe(4);
		await context.close();
	});

	it('keep a report service’s profile and add its history with every source', async () => {
		const { context, page } = await staticPage('/services/east-sussex');
		expect(await page.getByTestId('profile-score').textContent()).toBe('25/36');
		const item = page.locator('[data-testid="inspection-history"] li[data-inspection="east-sussex-2024"]');
		expect(await item.locator('.sources li').count()).toBe(3);
		expect(await item.locator('.sources a').first().getAttribute('href')).toMatch(/\/sources\/east-sussex#L113$/);
		await context.close();
	});

	it('mark a change of rating across frameworks', async () => {
		const { context, page } = await staticPage('/services/wakefield');
		const items = page.locator('[data-testid="inspection-history"] ol > li');
		expect(await items.evaluateAll((li) => li.map((l) => [l.getAttribute('data-framework'), l.getAttribute('data-change')]))).toEqual([
			['youth-2025', 'better'],
			['youth-2018', 'first']
		]);
		expect(await items.first().locator('.change').textContent()).toContain('under a different framework');
		await context.close();
	});

	it('update from the browser database without errors, and switch measure in the URL', { timeout: 180_000 }, async () => {
		const { context, page, problems } = await openPage(browser, '/services/bury-and-rochdale');
		await page.locator('[data-testid="profile-trends"][data-origin="live"]').waitFor({ timeout: 120_000 });
		await page.selectOption('#profile-measure', 'spend');
		await page.waitForURL((url) => url.search === '?measure=spend');
		expect(await page.locator('[data-testid="profile-peers"]').count()).toBe(2);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});
});

describe('service addresses', () => {
	it('send /services/Suffolk (any case) to the canonical page', { timeout: 120_000 }, async () => {
		const { context, page, problems } = await openAsStaticHost('/services/Suffolk');
		await page.waitForURL((url) => url.pathname === '/services/suffolk', { timeout: 60_000 });
		await page.getByTestId('profile-score').waitFor();
		expect(problems.pageErrors).toEqual([]);
		// The only console lines allowed are the browser's own notes that the mistyped address (and its data) were a 404.
		expect(problems.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		await context.close();
	});

	it('give an unknown service a 404 page with a title and a search, and no script error', { timeout: 120_000 }, async () => {
		const { context, page, problems } = await openAsStaticHost('/services/atlantis');
		await page.getByTestId('not-found').waitFor();
		expect(await page.title()).toContain('Page not found');
		expect(await page.getByTestId('not-found').textContent()).toContain('no page for a service called “atlantis”');
		await page.locator('#not-found-search').fill('derby');
		await page.locator('form[role="search"] button').click();
		await page.waitForURL((url) => url.pathname === '/services' && url.search === '?q=derby');
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		await context.close();
	});

	it("load the 404's search with a missing page only, not with every page", { timeout: 120_000 }, async () => {
		const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
		const chunk = manifest['src/lib/components/NotFound.svelte']?.file;
		expect(chunk).toBeTruthy();
		// Every script a page has loaded, by the page's own resource timing (whenever it was asked for).
		const loaded = (page: import('playwright-core').Page) =>
			page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
		const overview = await openPage(browser, '/');
		await overview.page.waitForLoadState('networkidle');
		expect(await loaded(overview.page)).not.toContain(`/${chunk}`);
		await overview.context.close();

		const missing = await openAsStaticHost('/no-such-page');
		await missing.page.getByTestId('not-found').waitFor();
		expect(await missing.page.getByTestId('not-found').textContent()).toContain('There is no page at this address.');
		expect(await loaded(missing.page)).toContain(`/${chunk}`);
		await missing.context.close();
	});
});
