/**
 * Accessibility of every page of the production build: axe-core (WCAG 2.2 AA
 * rules) on the page, on the table view of every chart and with a chart
 * tooltip open; and the keyboard: the skip link comes first and moves focus to
 * main, every focusable element is reachable with Tab and shows where focus is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch } from './setup/browser';
import { sampledPages } from './setup/routes';

// Every page, with the 155 service pages cut to a sample of each kind (setup/routes.ts).
const PAGES = sampledPages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SLOW = 120_000;

interface Violation {
	rule: string;
	impact: string | null;
	help: string;
	targets: string[];
}

declare global {
	interface Window {
		axe: {
			run: (
				context: Element | Document,
				options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] }
			) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
		};
	}
}

/** axe-core's violations, flattened to what a report needs: rule, element selectors. */
async function axe(page: Page): Promise<Violation[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
	return page.evaluate(async (tags) => {
		const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
	}, TAGS);
}

/**
 * For an element with no outline or box-shadow on focus (chart marks often
 * thicken a stroke instead): does focusing it change how it looks? Compares
 * screenshots of its box (plus a margin) focused and blurred, tooltips hidden.
 */
async function focusChangesPixels(page: Page): Promise<boolean> {
	const focused = await page.evaluateHandle(() => document.activeElement as HTMLElement);
	const element = focused.asElement() as import('playwright-core').ElementHandle<HTMLElement> | null;
	if (!element) return false;
	await element.scrollIntoViewIfNeeded();
	const box = await element.boundingBox();
	if (!box) return false;
	const m = 6;
	const clip = { x: Math.max(0, box.x - m), y: Math.max(0, box.y - m), width: box.width + 2 * m, height: box.height + 2 * m };
	const hideTips = await page.addStyleTag({ content: '[role="tooltip"] { visibility: hidden !important; }' });
	const withFocus = await page.screenshot({ clip, animations: 'disabled' });
	await element.evaluate((e) => e.blur());
	const without = await page.screenshot({ clip, animations: 'disabled' });
	await element.evaluate((e) => e.focus());
	await hideTips.evaluate((e) => (e as HTMLElement).remove());
	return !withFocus.equals(without);
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(PAGES.map((p) => [p.path]))('%s', (path) => {
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		// bypassCSP only so that axe can be injected as a script tag; security.test.ts checks the CSP.
		context = await browser.newContext({ baseURL: baseURL(), bypassCSP: true });
		page = await context.newPage();
		await page.goto(path);
		await page.locator('.db-status[data-status="ready"], .db-status[data-status="failed"]').waitFor({ timeout: 90_000 });
	}, SLOW);
	afterAll(async () => {
		await context?.close();
	});

	it('Tab from the top reaches the skip link first, and it moves focus to main', async () => {
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
		const box = await page.locator('.skip-link').boundingBox();
		expect(box && box.x >= 0 && box.y >= 0, 'the focused skip link is on screen').toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
	});

	it('every focusable element is reached by Tab and shows a focus indicator', async () => {
		// Visible elements that should be in the tab order (not inside a closed <details>, except its summary).
		const expected = await page.evaluate(() => {
			const all = document.querySelectorAll<HTMLElement>(
				'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'
			);
			const shown = (e: HTMLElement) => {
				const closed = e.parentElement?.closest('details:not([open])');
				if (closed && !(e.tagName === 'SUMMARY' && e.parentElement === closed)) return false;
				return e.checkVisibility({ visibilityProperty: true }) && !e.closest('[inert], [hidden]');
			};
			return [...all].filter(shown).map((e, i) => {
				e.dataset.a11yIndex = String(i);
				return i;
			});
		});
		// From the top: the skip link (checked above) is the first stop.
		await page.locator('.skip-link').focus();
		const reached = new Set<number>();
		const missing: string[] = [];
		for (let step = 0; step < expected.length + 20; step++) {
			if (step > 0) await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const e = document.activeElement as HTMLElement | null;
				if (!e || e === document.body) return null;
				const style = getComputedStyle(e);
				const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
				const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
				// A short description of the element, for the failure message.
				const text = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
				const testid = e.closest('[data-testid]')?.getAttribute('data-testid');
				const name = `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${e.getAttribute('class')!.split(' ')[0]}` : ''}${testid ? ` in [data-testid=${testid}]` : ''} "${text}"`;
				return { index: e.dataset.a11yIndex, indicator: outline || shadow, name };
			});
			// Leaving the page (focus back on body) or coming round again ends the walk.
			if (!info || (info.index !== undefined && reached.has(Number(info.index)))) break;
			if (info.index !== undefined) reached.add(Number(info.index));
			if (!info.indicator && !(await focusChangesPixels(page))) missing.push(info.name);
		}
		expect(missing, 'focused without a visible change (no outline, no box-shadow, no other change to its pixels)').toEqual([]);
		const unreached = await page.evaluate(
			(seen) =>
				[...document.querySelectorAll<HTMLElement>('[data-a11y-index]')]
					.filter((e) => !seen.includes(Number(e.dataset.a11yIndex)))
					.map((e) => `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 50)}"`),
			[...reached]
		);
		expect(unreached, 'not reachable with Tab').toEqual([]);
	});

	it('has no WCAG 2.2 AA violations', async () => {
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		expect(await axe(page)).toEqual([]);
	});

	it('has none with a chart tooltip open (first chart mark focused)', async () => {
		const mark = page.locator('main svg [tabindex="0"]').first();
		if ((await mark.count()) === 0) return; // no chart with focusable marks on this page
		await mark.focus();
		await page.getByRole('tooltip').first().waitFor({ timeout: 5_000 });
		expect(await axe(page)).toEqual([]);
		await page.keyboard.press('Escape');
	});

	it('has none with every chart shown as a table', async () => {
		for (let i = 0; i < 50; i++) {
			const toggle = page.locator('main button', { hasText: /^\s*Show table\s*$/ }).first();
			if ((await toggle.count()) === 0) break;
			await toggle.click();
		}
		expect(await page.locator('main button', { hasText: /^\s*Show table\s*$/ }).count()).toBe(0);
		expect(await axe(page)).toEqual([]);
	});
});
