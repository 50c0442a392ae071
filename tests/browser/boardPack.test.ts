/**
 * Board packs printed to PDF by Chromium, as a board member's browser would
 * (A4, the page's own print stylesheet), checked with poppler's pdfinfo and
 * pdftotext: at most two pages; the service's name, score and every
 * recommendation in the text; nothing wider than the printable area; the
 * chart whole on one page. Recommendations are read from the published
 * findings table (static/data/findings.csv), not typed here.
 *
 * Every service of the register has a pack: the five report services, and two
 * without a report (Derby, on the 2025 framework; Barnet, scored out of 36).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, hydrated, launch } from './setup/browser';

const SERVICES: Record<string, { name: string; score: number; inspection: string }> = {
	'east-sussex': { name: 'East Sussex Youth Justice Service', score: 25, inspection: 'east-sussex-2024' },
	hartlepool: { name: 'Hartlepool Youth Offending Service', score: 26, inspection: 'hartlepool-2020' },
	suffolk: { name: 'Suffolk Youth Justice Service', score: 9, inspection: 'suffolk-2022' },
	thurrock: { name: 'Thurrock Youth Justice Service', score: 26, inspection: 'thurrock-2022' },
	'west-sussex': { name: 'West Sussex YJS', score: 26, inspection: 'west-sussex-2022' }
};

const findings = csvParse(readFileSync('static/data/findings.csv', 'utf8'));
const recommendationsOf = (inspection: string) =>
	findings.filter((f) => f.inspection_id === inspection && f.kind === 'recommendation').map((f) => f.text!.trim());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const dir = mkdtempSync(join(tmpdir(), 'board-pack-'));
const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ baseURL: baseURL() });
	const page = await context.newPage();
	await page.goto(path);
	await hydrated(page);
	return { page, close: () => context.close() };
}

async function printPdf(page: Page, name: string): Promise<{ pages: number; text: (page?: number) => string }> {
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))?.[1]);
	const text = (n?: number) => tool('pdftotext', [...(n ? ['-f', String(n), '-l', String(n)] : []), '-layout', file, '-']);
	return { pages, text };
}

describe('board pack, printed', () => {
	for (const [id, want] of Object.entries(SERVICES)) {
		it(`${id}: at most two A4 pages with the name, the score, every recommendation and the chart whole on one page`, async () => {
			const { page, close } = await open(`/services/${id}/board-pack`);
			const pdf = await printPdf(page, id);
			expect(pdf.pages, `${id} pages`).toBeGreaterThanOrEqual(1);
			expect(pdf.pages, `${id} pages`).toBeLessThanOrEqual(2);

			const all = squash(pdf.text());
			expect(all).toContain(want.name);
			expect(all).toContain(`${want.score}/36`);
			const recs = recommendationsOf(want.inspection);
			expect(recs.length, `${id} has recommendations`).toBeGreaterThan(0);
			for (const rec of recs) expect(all, `${id}: ${rec.slice(0, 40)}`).toContain(squash(rec));
			// The running footer: service, page number and data date on every page.
			for (let n = 1; n <= pdf.pages; n++) {
				const pageText = squash(pdf.text(n));
				expect(pageText).toContain(`Page ${n} of ${pdf.pages}`);
				expect(pageText).toMatch(new RegExp(`${want.name} · board pack · data built \\d{1,2} \\w{3} \\d{4}`));
			}
			// No validation tables and no navigation on paper.
			expect(all).not.toMatch(/Validation checks|Copy link|Print or save as PDF/);

			// The chart (its band labels and its caption) sits whole on exactly one page.
			const chartPages = Array.from({ length: pdf.pages }, (_, i) => i + 1).filter((n) => /RI 7–18|G 19–30/.test(pdf.text(n)));
			expect(chartPages, `${id} chart pages`).toHaveLength(1);
			const chartPage = squash(pdf.text(chartPages[0]));
			expect(chartPage).toMatch(/I 0–6/);
			expect(chartPage).toMatch(/O 31–36/);
			expect(chartPage).toMatch(/All \d+ inspections scored out of 36, counted by/);
			await close();
		});
	}

	// Services without a report: the pack heads with the latest inspection on record (inspection_history.csv).
	const NON_REPORT: Record<string, { name: string; reads: string[] }> = {
		derby: { name: 'Derby', reads: ['No inspection report is held here for Derby', 'No score: the 2025 framework gives none.', 'Outstanding', 'Sep 2025'] },
		barnet: { name: 'Barnet', reads: ['No inspection report is held here for Barnet', '21/36', 'Good', '31 May 2022'] }
	};
	for (const [id, want] of Object.entries(NON_REPORT)) {
		it(`${id} (no report): at most two A4 pages with its latest inspection on record and the footer`, async () => {
			const { page, close } = await open(`/services/${id}/board-pack`);
			const pdf = await printPdf(page, id);
			expect(pdf.pages, `${id} pages`).toBeLessThanOrEqual(2);
			const all = squash(pdf.text());
			for (const text of [want.name, ...want.reads]) expect(all, text).toContain(text);
			// The same structure as a report service's pack, saying plainly what is not held.
			for (const heading of ['1. Headline', '2. Ratings by standard', '3. Weakest key questions', '4. Context', '5. Recommendations: checklist', '6. Sources and dates'])
				expect(all, heading).toContain(heading);
			expect(all).toContain('Not held: key questions are read from an inspection report');
			for (let n = 1; n <= pdf.pages; n++) expect(squash(pdf.text(n))).toContain(`Page ${n} of ${pdf.pages}`);
			await close();
		});
	}

	it('nothing is wider than the printable area of an A4 page', async () => {
		for (const id of [...Object.keys(SERVICES), ...Object.keys(NON_REPORT)]) {
			const { page, close } = await open(`/services/${id}/board-pack`);
			await page.emulateMedia({ media: 'print' });
			// A4 is 210 mm; the pack's page has 22 mm and 12 mm side margins: 176 mm at 96 px per inch.
			await page.setViewportSize({ width: Math.floor((176 / 25.4) * 96), height: 1100 });
			const overflow = await page.evaluate(() => {
				const pack = document.querySelector('[data-testid="board-pack"]')!.getBoundingClientRect();
				const out: string[] = [];
				for (const el of document.querySelectorAll('[data-testid="board-pack"] *')) {
					const r = el.getBoundingClientRect();
					if (r.width === 0 && r.height === 0) continue;
					if (r.right > pack.right + 0.5 || r.left < pack.left - 0.5) out.push(`${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`);
				}
				// A clipped table would be cut on paper: no scroll container may need to scroll.
				for (const el of document.querySelectorAll<HTMLElement>('[data-testid="board-pack"] .scroll'))
					if (el.scrollWidth > el.clientWidth + 1) out.push(`scrolls: ${el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby')}`);
				return { out, width: pack.width };
			});
			expect(overflow.width, id).toBeGreaterThan(600);
			expect(overflow.out, id).toEqual([]);
			await close();
		}
	});
});

describe('board pack, from the profile and from a link', () => {
	it('is linked from the profile as "Board pack (print or save as PDF)"', async () => {
		const { page, close } = await open('/services/thurrock');
		await page.getByRole('link', { name: 'Board pack (print or save as PDF)' }).click();
		await page.waitForURL(/\/services\/thurrock\/board-pack$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Thurrock Youth Justice Service');
		await expect(page.getByTestId('print-pack').textContent()).resolves.toBe('Print or save as PDF');
		await close();
	});

	it('uses the peers chosen in the link, says so, and prints them', async () => {
		const { page, close } = await open('/services/suffolk/board-pack?peers=la:881,la:883');
		await page.waitForSelector('[data-testid="board-pack"][data-peers="chosen"]');
		const note = await page.getByTestId('pack-peers-note').textContent();
		expect(squash(note ?? '')).toContain('Peers chosen in the link you opened: Essex and Thurrock');
		expect(await page.getByTestId('pack-url').textContent()).toMatch(/\/services\/suffolk\/board-pack\?peers=la:881,la:883$/);
		const pdf = await printPdf(page, 'suffolk-peers');
		expect(pdf.pages).toBeLessThanOrEqual(2);
		expect(squash(pdf.text())).toContain('Peers chosen in the link you opened: Essex and Thurrock');
		await close();
	});

	it('ignores an unknown peer with a notice and keeps the statistical neighbours', async () => {
		const { page, close } = await open('/services/suffolk/board-pack?peers=la:999,%3Cscript%3E');
		await page.getByTestId('url-notices').waitFor();
		expect(await page.getByTestId('url-notices').textContent()).toContain("Unknown peer authority 'la:999' ignored");
		expect(await page.locator('[data-testid="board-pack"]').getAttribute('data-peers')).toBe('neighbours');
		await close();
	});
});
