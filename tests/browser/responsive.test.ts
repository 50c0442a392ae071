/**
 * Phones and tablets: at 360, 768 and 1280 px wide, no page is wider than the
 * screen and no chart is wider than its card (so nothing scrolls sideways).
 * One page per view (every page of a single-page view; one service profile,
 * one source page; /compare also with services chosen): the charts re-lay
 * out per component, not per data. Every chart re-lays itself out for its
 * card's width (issue 15): one wider than its card, or whose card says it
 * scrolls sideways, fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { baseURL, launch, waitForDatabase } from './setup/browser';
import { onePagePerView } from './setup/routes';

const WIDTHS = [360, 768, 1280];
/** Every view, plus /compare with services chosen (its charts are drawn only then). */
const PAGES = [...onePagePerView().map((p) => p.path), '/compare?services=thurrock,suffolk,hmip:bromleyyjs,la:883'];
const SLOW = 120_000;

interface Overflow {
	card: string;
	chart: string | null;
	cardRight: number;
	chartWidth: number;
	frameWidth: number;
	/** The card's "scroll the chart sideways" hint is showing. */
	hint: boolean;
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(WIDTHS)('%i px wide', (width) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await browser.newContext({ baseURL: baseURL(), viewport: { width, height: 900 } });
	});
	afterAll(async () => {
		await context?.close();
	});

	it.each(PAGES.map((p) => [p]))('%s: the page and every chart card fit the screen', async (path) => {
		const page = await context.newPage();
		try {
			await page.goto(path);
			// Charts are drawn again from the live database: measure the layout it leaves.
			await waitForDatabase(page);
			const measured = await page.evaluate(() => {
				const screen = document.documentElement.clientWidth;
				const cards: Overflow[] = [...document.querySelectorAll<HTMLElement>('.chart-card')].map((card) => {
					const frame = card.querySelector<HTMLElement>('.chart-frame');
					return {
						card: card.getAttribute('aria-labelledby') ?? card.className,
						chart: card.querySelector('svg[data-testid]')?.getAttribute('data-testid') ?? null,
						cardRight: Math.round(card.getBoundingClientRect().right),
						chartWidth: frame?.scrollWidth ?? 0,
						frameWidth: frame?.clientWidth ?? 0,
						hint: !!card.querySelector('.scroll-hint')
					};
				});
				return { screen, pageWidth: document.documentElement.scrollWidth, cards };
			});
			expect(measured.pageWidth, `${path} is wider than a ${measured.screen} px screen`).toBeLessThanOrEqual(measured.screen);
			const tooWide = measured.cards
				.filter((c) => c.cardRight > measured.screen || c.chartWidth > c.frameWidth + 1 || c.hint)
				.map((c) => `${c.card} (${c.chart ?? 'no chart'}): chart ${c.chartWidth} px in a ${c.frameWidth} px card ending at ${c.cardRight} px${c.hint ? ', says it scrolls sideways' : ''}`);
			expect(tooWide, `chart cards wider than a ${measured.screen} px screen on ${path}`).toEqual([]);
		} finally {
			await page.close();
		}
	}, SLOW);
});
