/**
 * Each view's JavaScript waits for its first paint (src/lib/server/bootAfterFirstPaint.ts): the
 * entry modules are requested only after the first contentful paint, the page still hydrates,
 * and it hydrates where there is no paint to wait for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrated, launch } from './setup/browser';
import { onePagePerView } from './setup/routes';
import { watchedContext } from './setup/watch';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** When the first contentful paint happened and when each entry module was requested (ms from navigation). */
async function timings(page: Page): Promise<{ fcp: number | null; entries: number[] }> {
	return page.evaluate(() => ({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
		entries: performance
			.getEntriesByType('resource')
			.filter((e) => /\/_app\/immutable\/entry\/(start|app)\.[^/]+\.js$/.test(e.name))
			.map((e) => e.startTime)
	}));
}

describe.each(onePagePerView().map((p) => [p.path]))('%s', (path) => {
	it('requests its entry modules only after the first contentful paint, then hydrates', async () => {
		const watched = await watchedContext(browser);
		const page = await watched.open(path);
		await hydrated(page);
		const { fcp, entries } = await timings(page);
		expect(fcp).not.toBeNull();
		expect(entries).toHaveLength(2);
		for (const start of entries) expect(start).toBeGreaterThanOrEqual(fcp!);
		expect(watched.pageErrors).toEqual([]);
		expect((await watched.pageLog()).violations).toEqual([]);
		await watched.context.close();
	}, 60_000);
});

describe('where there is no paint to wait for', () => {
	const cases: [string, () => void][] = [
		[
			'a hidden tab',
			() => {
				Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
			}
		],
		[
			'a browser without PerformanceObserver',
			() => {
				Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
			}
		]
	];
	it.each(cases)('%s: the page hydrates, without an error', async (_, setUp) => {
		const watched = await watchedContext(browser, (context) => context.addInitScript(setUp));
		const page = await watched.open('/');
		await hydrated(page);
		// That it did not wait is checked where time can be controlled: the gate's unit test.
		expect((await timings(page)).entries).toHaveLength(2);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, 60_000);
});
