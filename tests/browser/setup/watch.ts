/**
 * A page instrumented for the quality gates: every request it (or its worker)
 * makes, CSP violations, console errors with the URL they point at, uncaught
 * exceptions and unhandled promise rejections.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL } from './browser';

export interface Watched {
	context: BrowserContext;
	page: Page;
	requests: string[];
	consoleErrors: { text: string; url: string }[];
	pageErrors: string[];
	/** CSP violations and unhandled rejections, recorded in the page (see `readPageLog`). */
	pageLog: () => Promise<PageLog>;
}

export interface PageLog {
	violations: { directive: string; blocked: string; sample: string; source: string }[];
	rejections: string[];
}

declare global {
	interface Window {
		__qualityLog?: PageLog;
		__yjsBench?: boolean;
	}
}

export async function watchedContext(
	browser: Browser,
	setup?: (context: BrowserContext) => Promise<unknown>,
	options: { bench?: boolean } = {}
): Promise<Omit<Watched, 'page'> & { open: (path: string) => Promise<Page> }> {
	const context = await browser.newContext({ baseURL: baseURL() });
	const requests: string[] = [];
	const consoleErrors: { text: string; url: string }[] = [];
	const pageErrors: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	await context.addInitScript((bench: boolean) => {
		const log: PageLog = { violations: [], rejections: [] };
		window.__qualityLog = log;
		if (bench) window.__yjsBench = true;
		document.addEventListener('securitypolicyviolation', (e) =>
			log.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` })
		);
		window.addEventListener('unhandledrejection', (e) => log.rejections.push(String(e.reason)));
	}, options.bench ?? false);
	if (setup) await setup(context);
	let current: Page | undefined;
	return {
		context,
		requests,
		consoleErrors,
		pageErrors,
		pageLog: async () => (current ? await current.evaluate(() => window.__qualityLog ?? { violations: [], rejections: [] }) : { violations: [], rejections: [] }),
		open: async (path: string) => {
			const page = await context.newPage();
			current = page;
			// Console messages of the page's workers arrive here too.
			page.on('console', (m) => {
				if (m.type() === 'error') consoleErrors.push({ text: `${m.worker() ? '[worker] ' : ''}${m.text()}`, url: m.location().url });
			});
			page.on('pageerror', (e) => pageErrors.push(e.message));
			await page.goto(path);
			return page;
		}
	};
}
