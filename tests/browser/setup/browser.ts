/** One Chromium per test file, launched with the flags this closed network needs. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = (): string => inject('baseURL');

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: inject('chromiumPath'),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/**
 * Waits until the page has hydrated: the layout's onMount starts the database, so its status line,
 * prerendered as 'idle', changes.
 */
export async function hydrated(page: Page, timeout = 30_000): Promise<void> {
	await page.waitForFunction(() => document.querySelector('.db-status')?.getAttribute('data-status') !== 'idle', undefined, { timeout });
}

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
}

/** A page that records console errors and uncaught exceptions, for assertions. */
export async function openPage(browser: Browser, path = '/'): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
	const context = await browser.newContext({ baseURL: baseURL() });
	const page = await context.newPage();
	const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') problems.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => problems.pageErrors.push(e.message));
	await page.goto(path);
	return { context, page, problems };
}

export async function waitForDatabase(page: Page): Promise<string> {
	const status = page.locator('.db-status');
	await status.and(page.locator('[data-status="ready"], [data-status="failed"]')).waitFor({ timeout: 90_000 });
	return (await status.getAttribute('data-status')) ?? '';
}
