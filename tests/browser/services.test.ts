/**
 * Services list, service profiles and the source viewer, in Chromium against
 * the production build, on the real data.
 *
 * Expected scores and ratings read from the reports' ratings pages:
 * east-sussex.txt:111/113 25/36 Good; hartlepool.txt:53/55 26/36 Good;
 * suffolk.txt:97/101 9/36 Requires improvement; thurrock.txt:97/101 26/36
 * Good; west-sussex.txt:50 26/36 and :7 "rated as 'Good'".
 * west-sussex.txt:983 is "867,635 Total population West Sussex".
 * Suffolk prints no age/ethnicity/gender table; Thurrock's 2.4 table
 * (thurrock.txt:874-876) has no "other people safe" row; Hartlepool (2020)
 * has no 4.1 rating.
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

const EXPECTED: Record<string, { score: number; rating: string; name: string }> = {
	'east-sussex': { score: 25, rating: 'Good', name: 'East Sussex Youth Justice Service' },
	hartlepool: { score: 26, rating: 'Good', name: 'Hartlepool Youth Offending Service' },
	suffolk: { score: 9, rating: 'Requires improvement', name: 'Suffolk Youth Justice Service' },
	thurrock: { score: 26, rating: 'Good', name: 'Thurrock Youth Justice Service' },
	'west-sussex': { score: 26, rating: 'Good', name: 'West Sussex YJS' }
};

/** The database can take a while on a loaded machine: wait longer than the shared 30 s, then read its status. */
async function ready(page: Page): Promise<string> {
	await page.locator('.db-status[data-status="ready"], .db-status[data-status="failed"]').waitFor({ timeout: 90_000 });
	return waitForDatabase(page);
}

async function headline(page: Page) {
	return {
		h1: (await page.locator('h1').textContent())?.trim(),
		score: Number(await page.getByTestId('profile-score').getAttribute('data-score')),
		scoreText: (await page.getByTestId('profile-score').textContent())?.trim(),
		rating: await page.locator('[data-testid="profile-rating"] .rating-chip').getAttribute('data-rating')
	};
}

describe('service profiles', () => {
	it('are prerendered with the score and overall rating each report prints', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		for (const [id, want] of Object.entries(EXPECTED)) {
			await page.goto(`/services/${id}`);
			expect(await headline(page), id).toEqual({ h1: want.name, score: want.score, scoreText: `${want.score}/36`, rating: want.rating });
			// The service's own dot on the national strip is highlighted, with the report's score.
			const own = page.locator(`[data-testid="score-strip"] circle[data-highlighted="true"]`);
			expect(await own.count(), id).toBe(1);
			expect(await own.getAttribute('data-score'), id).toBe(String(want.score));
		}
		await context.close();
	});

	it('switch to the browser database with the same figures, moving between profiles in the app', async () => {
		const { context, page, problems } = await openPage(browser, '/services');
		expect(await ready(page)).toBe('ready');
		for (const [id, want] of Object.entries(EXPECTED)) {
			// Client-side navigation: each profile must start from its own rows, not the last one's.
			await page.locator(`[data-testid="services-table"] a[href="/services/${id}"]`).click();
			await page.locator(`.profile[data-service="${id}"][data-origin="live"]`).waitFor({ timeout: 60_000 });
			expect(await headline(page), id).toEqual({ h1: want.name, score: want.score, scoreText: `${want.score}/36`, rating: want.rating });
			expect(await page.locator('[data-testid="ratings-list"] tr[data-standard]').count(), id).toBe(13);
			expect(await page.locator('[data-testid="score-strip"] circle.dot').count(), id).toBe(83);
			expect(await page.locator('[data-testid="score-strip"] circle[data-highlighted="true"]').getAttribute('data-service-id'), id).toBe(id);
			if (id === 'suffolk') expect(await page.getByTestId('demographics-missing').textContent()).toMatch(/^Not reported in this inspection/);
			if (id === 'thurrock') {
				const others = page.locator('[data-testid="key-questions-chart"] .row[data-key="2.4:safety_of_others"]');
				expect(await others.getAttribute('data-pct')).toBe('missing');
			}
			await page.goBack();
			await page.waitForURL('**/services');
		}
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	}, 300_000);

	it('say "Not reported" / "Not rated" where the report has no figure', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/services/suffolk');
		expect(await page.getByTestId('demographics-missing').textContent()).toMatch(/^Not reported in this inspection/);
		expect(await page.getByTestId('facts-missing-budget').textContent()).toBe('Not reported in this inspection.');
		await page.goto('/services/thurrock');
		const others = page.locator('[data-testid="key-questions-chart"] .row[data-key="2.4:safety_of_others"]');
		expect(await others.getAttribute('data-pct')).toBe('missing');
		expect(await others.textContent()).toContain('Not reported in this inspection');
		expect(await others.locator('circle').count()).toBe(0);
		await page.goto('/services/hartlepool');
		const resettlement = page.locator('[data-testid="ratings-list"] tr[data-standard="4.1"]');
		expect(await resettlement.getAttribute('data-rating')).toBe('not rated');
		expect(await resettlement.textContent()).toContain('Not rated in this inspection');
		await context.close();
	});

	it("open a fact's source line in the source viewer, scrolled to it", { timeout: 120_000 }, async () => {
		const { context, page, problems } = await openPage(browser, '/services/west-sussex');
		await ready(page);
		const link = page.locator('[data-testid="facts-population"] tr[data-measure="population"] a');
		expect(await link.getAttribute('href')).toBe('/sources/west-sussex#L983');
		await link.click();
		await page.waitForURL('**/sources/west-sussex#L983');
		const target = page.locator(':target');
		await target.waitFor();
		expect(await target.getAttribute('id')).toBe('L983');
		// The line as in the file (it ends with a space).
		expect((await target.locator('.text').textContent())?.trim()).toBe('867,635 Total population West Sussex');
		await expect.poll(() => target.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return r.top >= 0 && r.bottom <= window.innerHeight;
		})).toBe(true);
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});

	it('keep each chart/table toggle in the URL', { timeout: 120_000 }, async () => {
		const { context, page } = await openPage(browser, '/services/thurrock?questions=table');
		await ready(page);
		const table = page.getByTestId('key-questions-table');
		await table.waitFor();
		expect(await table.locator('tbody tr').count()).toBe(21);
		// The other chart keeps its own state.
		expect(await page.locator('[data-testid="score-strip"]').count()).toBe(1);
		await page.locator('#key-questions button', { hasText: 'Show chart' }).click();
		await page.waitForURL((url) => !url.search.includes('questions'));
		await page.getByTestId('key-questions-chart').waitFor();
		await page.locator('#score button', { hasText: 'Show table' }).click();
		await page.waitForURL((url) => url.search === '?scores=table');
		expect(await page.getByTestId('score-distribution-table').locator('tbody tr').count()).toBe(83);
		await context.close();
	});

	it('name a parameter they cannot apply', { timeout: 120_000 }, async () => {
		const { context, page } = await openPage(browser, '/services/suffolk?questions=pie');
		await ready(page);
		expect(await page.getByTestId('url-notices').textContent()).toContain("Unknown view 'pie' ignored");
		await page.getByTestId('key-questions-chart').waitFor();
		await context.close();
	});

	it('show a national dot’s details on keyboard focus', { timeout: 120_000 }, async () => {
		const { context, page } = await openPage(browser, '/services/suffolk');
		await ready(page);
		const first = page.locator('[data-testid="score-strip"] circle.dot[tabindex="0"]');
		await first.focus();
		const tip = page.getByTestId('chart-tooltip');
		await tip.waitFor();
		// The lowest score nationally: Slough 3/36, published 14 Jan 2025 (national_scores.csv).
		expect(await tip.textContent()).toContain('Slough');
		expect(await tip.textContent()).toContain('3/36 · Inadequate');
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-score'))).toBe('5');
		await context.close();
	});
});

describe('services list', () => {
	it('lists all 155 services; the five report services keep their score, rating and link', { timeout: 120_000 }, async () => {
		const { context, page } = await openPage(browser, '/services');
		await ready(page);
		const rows = page.locator('[data-testid="services-table"] tbody tr');
		expect(await rows.count()).toBe(155);
		for (const [id, want] of Object.entries(EXPECTED)) {
			const row = page.locator(`[data-testid="services-table"] tr[data-service="${id}"]`);
			expect(await row.locator('.score').textContent()).toBe(`${want.score}/36`);
			expect(await row.locator('.rating-chip').getAttribute('data-rating')).toBe(want.rating);
			expect(await row.locator('th a').getAttribute('href')).toBe(`/services/${id}`);
		}
		await context.close();
	});

	it('applies ?sort= and filters from the link and puts a changed sort in the URL', { timeout: 120_000 }, async () => {
		const { context, page } = await openPage(browser, '/services?sort=score&region=east');
		await ready(page);
		const order = () => page.locator('[data-testid="services-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-service')));
		// East of England by score: Suffolk 9/36 is the lowest score there (national_scores.csv); unscored services follow it.
		await expect.poll(async () => (await order()).length).toBe(10);
		const scored = await page.locator('[data-testid="services-table"] tbody tr td.score').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-score')));
		expect(scored.filter(Boolean).at(-1)).toBe('9');
		await page.selectOption('#services-sort', 'name');
		await page.waitForURL((url) => url.pathname === '/services' && url.search === '?region=east');
		await page.selectOption('#services-sort', 'date');
		await page.waitForURL((url) => url.search === '?region=east&sort=date');
		await context.close();
	});

	it('searches as the user types, exact match first, and keeps the search in the URL', { timeout: 120_000 }, async () => {
		const { context, page, problems } = await openPage(browser, '/services');
		await ready(page);
		await page.locator('#services-search').pressSequentially('derby');
		const order = () => page.locator('[data-testid="services-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-service')));
		await expect.poll(order).toEqual(['derby', 'derbyshire']);
		await page.waitForURL((url) => url.search === '?q=derby');
		await page.locator('#services-search').fill('zzzz');
		expect(await page.getByTestId('services-empty').textContent()).toContain('No service matches');
		await page.goto(`${new URL(page.url()).origin}/services?q=halton`);
		await expect.poll(order).toEqual(['cheshire-east-cheshire-west-halton-and-warrington']);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await context.close();
	});
});

describe('source viewer', () => {
	it('has a page per report with numbered, linkable lines', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/sources/suffolk#L97');
		expect(await page.locator('#L97 .text').textContent()).toBe('Score 9/36');
		expect(await page.locator('#L101 .text').textContent()).toBe('Requires improvement');
		expect(await page.locator('#L97 a.no').getAttribute('href')).toBe('#L97');
		await page.goto('/sources');
		expect(await page.locator('[data-testid="source-list"] li').count()).toBe(5);
		await context.close();
	});
});
