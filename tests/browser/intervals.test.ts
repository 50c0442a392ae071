/**
 * How sure a key-question figure is, end to end on the production build and
 * the real data: the 95% interval is drawn behind the mark, written in the
 * table, and in the downloaded CSV, and the page links to /methods.
 * Hartlepool 2.2, the child's safety: 4 of 6 cases (hartlepool.txt:980),
 * Wilson 30.0 to 90.3. Thurrock 2.2: 63% of the 8 court cases examined
 * (thurrock.txt:779, 1202), Wilson 31.0 to 86.6.
 */
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hydrated, launch, openPage } from './setup/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const SLOW = { timeout: 240_000 };

describe('key-question intervals', () => {
	it('draws the interval behind each mark, from the figure\u2019s own limits', SLOW, async () => {
		const { context, page, problems } = await openPage(browser, '/standards?standard=2.2');
		// The prerendered page is 2.1; the URL's 2.2 is drawn once the page has hydrated.
		await page.locator('[data-testid="standard-dots"][data-standard="2.2"]').waitFor({ timeout: 60_000 });
		const mark = page.locator('[data-testid="standard-dots"] [data-service="hartlepool"] .mark[data-aspect="safety_of_child"]');
		expect([await mark.getAttribute('data-ci-low'), await mark.getAttribute('data-ci-high'), await mark.getAttribute('data-small-sample')]).toEqual([
			'30',
			'90.3',
			'true'
		]);
		const bar = await mark.locator('rect.interval').boundingBox();
		const dot = await mark.locator('path').boundingBox();
		expect(bar!.x).toBeLessThan(dot!.x);
		expect(bar!.x + bar!.width).toBeGreaterThan(dot!.x + dot!.width);
		expect(await mark.getAttribute('aria-label')).toContain('4 of 6 cases, derived from counts, a small sample; could plausibly be 30% to 90%');
		// Thurrock's rating (Good) against its lowest key question's range, in words for screen readers.
		const thurrock = page.locator('[data-testid="standard-dots"] [data-service="thurrock"] .rating');
		expect(await thurrock.getAttribute('aria-label')).toContain('is not clearly below the 65% line');
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});

	it('carries the interval in the table and the downloaded CSV, and links the note to /methods', SLOW, async () => {
		const { context, page, problems } = await openPage(browser, '/standards?standard=2.2&view=table');
		await hydrated(page);
		await page.locator('section[data-selection="2.2"] [data-testid="standards-chart-table"]').waitFor({ timeout: 60_000 });
		const row = page.locator('[data-testid="standards-chart-table"] tr', { hasText: 'Hartlepool' }).filter({ hasText: "Child's safety" });
		const text = await row.textContent();
		expect(text).toContain('30');
		expect(text).toContain('90.3');
		expect(text).toContain('printed for the question');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).first().click();
		const csv = await readFile((await (await download).path())!, 'utf8');
		const [header, ...records] = csvParseRows(csv.replace(/^\ufeff/, ''));
		const at = (record: string[], label: string) => record[header.indexOf(label)];
		const sample = (record: string[]) =>
			['Cases', 'Cases counted', 'Plausibly from (95% interval, %)', 'Plausibly to (95% interval, %)', 'Small sample (under 10 cases)'].map((l) => at(record, l));
		const childSafety = (service: string) => records.find((r) => r[0] === service && at(r, 'Aspect') === "Child's safety and wellbeing")!;
		expect(sample(childSafety('Hartlepool'))).toEqual(['6', 'printed_for_question', '30', '90.3', 'true']);
		expect(sample(childSafety('Thurrock'))).toEqual(['8', 'domain_cases_inspected', '31', '86.6', 'true']);
		const methods = page.locator('[data-testid="chart-note"] a.methods-link').first();
		expect(await methods.getAttribute('href')).toMatch(/\/methods#key-question-intervals$/);
		await methods.click();
		await page.waitForURL(/\/methods#key-question-intervals$/);
		await expect(page.locator('#key-question-intervals').textContent()).resolves.toContain('30.0% to 90.3%');
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});
});
