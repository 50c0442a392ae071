/**
 * /add in Chromium against the production build: reports dropped through the
 * real file input, read in the page's worker, previewed with the figures of
 * the file (not of the published tables); bad input refused in one sentence;
 * nothing sent anywhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, waitForDatabase } from './setup/browser';
import { watchedContext } from './setup/watch';
import { imageOnlyPdf, passwordPdf, textPdf } from '../unit/extract/pdfFixture';
import { report2025 } from '../unit/add/report2025';

const REPORTS = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
const SLOW = 120_000;

let browser: Browser;
let scratch: string;
beforeAll(async () => {
	browser = await launch();
	scratch = mkdtempSync(join(tmpdir(), 'yjs-add-'));
});
afterAll(async () => {
	await browser?.close();
	rmSync(scratch, { recursive: true, force: true });
});

const raw = (name: string) => readFileSync(`data/reports/${name}.txt`, 'utf8');
const table = (name: string) => csvParse(readFileSync(`build/data/${name}.csv`, 'utf8'));

/** The published score, overall rating and standard ratings of a report, from the built tables. */
function published(report: string) {
	const inspection = table('inspections').find((r) => r.source?.startsWith(`data/reports/${report}.txt:`))!;
	const ratings = table('ratings')
		.filter((r) => r.inspection_id === inspection.inspection_id)
		.map((r) => [r.standard_code, r.rating]);
	return { score: Number(inspection.score), overall: inspection.overall_rating, ratings };
}

async function openAdd() {
	const watched = await watchedContext(browser);
	const page = await watched.open('/add');
	await page.locator('.db-status:not([data-status="idle"])').waitFor();
	return { watched, page };
}

async function drop(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
	await page.locator('[data-testid="report-file"]').setInputFiles(file);
}

/** The preview's headline figures, once its service reads `service`. */
async function previewOf(page: Page, service: string) {
	const preview = page.locator('[data-testid="add-preview"]');
	await preview.locator('[data-testid="preview-service"]', { hasText: service }).waitFor({ timeout: 60_000 });
	const ratings = await preview.locator('[data-testid="preview-ratings"] tbody tr').evaluateAll((rows) =>
		rows.filter((r) => r.getAttribute('data-rating')).map((r) => [r.getAttribute('data-standard'), r.getAttribute('data-rating')])
	);
	return {
		score: Number(await preview.locator('[data-testid="preview-score"]').getAttribute('data-score')),
		overall: await preview.locator('[data-testid="preview-overall"]').getAttribute('data-rating'),
		ratings,
		scoreText: await preview.locator('[data-testid="preview-score"]').innerText()
	};
}

async function message(page: Page): Promise<string> {
	const alert = page.locator('[data-testid="add-message"]');
	await alert.waitFor({ timeout: 60_000 });
	return alert.innerText();
}

describe('/add reads a report in the browser', () => {
	it.each(REPORTS)('%s.txt dropped through the file input previews the published score and ratings, with no request carrying it', async (name) => {
		const { watched, page } = await openAdd();
		const text = raw(name);
		const expected = published(name);
		const serviceLine = table('inspections').find((r) => r.source?.startsWith(`data/reports/${name}.txt:`))!;
		// Counted once the database has opened: its own downloads (tables, its module and the added reports' store) are not the reading's.
		await waitForDatabase(page);
		const requestsBefore = watched.requests.length;
		const bodies: string[] = [];
		watched.context.on('request', (r) => bodies.push(`${r.url()} ${r.postData() ?? ''}`));
		await drop(page, { name: `${name}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
		const shown = await previewOf(page, '');
		expect(shown.score).toBe(expected.score);
		expect(shown.overall).toBe(expected.overall);
		expect(shown.ratings).toEqual(expected.ratings);
		// The score cites the uploaded file and the line it is printed on.
		expect(shown.scoreText).toContain(`${name}.txt, line ${serviceLine.source.split(':').at(-1)}`);
		// Nothing about the report left the page: every request stays on the site and none carries its text.
		const sample = text.split('\n').find((l) => l.trim().length > 40)!.trim().slice(0, 30);
		const origin = new URL(baseURL()).origin;
		expect(watched.requests.filter((u) => !u.startsWith('blob:') && new URL(u).origin !== origin)).toEqual([]);
		expect(bodies.filter((b) => b.includes(sample) || b.includes(encodeURIComponent(sample)))).toEqual([]);
		expect(watched.requests.length - requestsBefore).toBeLessThan(20);
		expect(watched.pageErrors).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);

	it('shows the figures of the file, not the published ones: an altered Thurrock report', async () => {
		const { watched, page } = await openAdd();
		const lines = raw('thurrock').split('\n');
		// thurrock.txt:94 service name, :97 "Score 26/36", :109 1.1 "Outstanding".
		expect([lines[93], lines[96], lines[108]]).toEqual(['Thurrock Youth Justice Service', 'Score 26/36', 'Outstanding']);
		lines[93] = 'Altered Valley Youth Justice Service';
		lines[96] = 'Score 24/36';
		lines[108] = 'Requires improvement';
		await drop(page, { name: 'altered.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
		const shown = await previewOf(page, 'Altered Valley Youth Justice Service');
		expect(shown.score).toBe(24);
		expect(shown.ratings.find(([code]) => code === '1.1')).toEqual(['1.1', 'Requires improvement']);
		expect(shown.scoreText).toContain('altered.txt, line 97');
		// The checks recompute the altered score from the altered ratings: 26 - (3 - 1) = 24.
		await expect(page.locator('[data-testid="preview-checks"] tr[data-status="flag"]').count()).resolves.toBe(0);
		await watched.context.close();
	}, SLOW);

	it('reads a PDF printed at test time, citing page and line, under the header policy without unsafe-eval', async () => {
		const header = readFileSync('static/_headers', 'utf8').split('\n').find((l) => /^\s+Content-Security-Policy:/.test(l))!;
		const policy = header.replace(/^\s+Content-Security-Policy:\s*/, '');
		expect(policy).not.toMatch(/(^|\s)'unsafe-eval'/);
		const watched = await watchedContext(browser, (context) =>
			// What a host sends with static/_headers: the header on every response, the workers' included.
			context.route('**/*', async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
			})
		);
		const page = await watched.open('/add');
		await page.locator('.db-status:not([data-status="idle"])').waitFor();
		const steps = new Set<string>();
		const progress = page.locator('[data-testid="add-progress"]');
		const poll = setInterval(() => void progress.innerText().then((t) => t && steps.add(t), () => {}), 20);
		await drop(page, { name: 'hartlepool.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf(raw('hartlepool'))) });
		const shown = await previewOf(page, 'Hartlepool Youth Offending Service');
		clearInterval(poll);
		const expected = published('hartlepool');
		expect(shown.score).toBe(expected.score);
		expect(shown.ratings).toEqual(expected.ratings);
		expect(shown.scoreText).toMatch(/hartlepool\.pdf, page \d+, line \d+/);
		expect([...steps].some((s) => /^Reading PDF page \d+ of \d+$/.test(s))).toBe(true);
		expect((await watched.pageLog()).violations).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		// The reader (and pdf.js with it) came from this site, and nothing went anywhere else.
		expect(watched.requests.some((u) => /\/_app\/immutable\/workers\/reader\.worker[^/]*\.js$/.test(u))).toBe(true);
		const origin = new URL(baseURL()).origin;
		expect(watched.requests.filter((u) => !u.startsWith('blob:') && new URL(u).origin !== origin)).toEqual([]);
		await watched.context.close();
	}, SLOW);
});

describe('/add keeps added reports in this browser and checks published ones', () => {
	it('a published inspection is compared figure by figure, not added again', async () => {
		const { watched, page } = await openAdd();
		await drop(page, { name: 'thurrock.txt', mimeType: 'text/plain', buffer: Buffer.from(raw('thurrock')) });
		const match = page.locator('[data-testid="published-match"]');
		await match.waitFor({ timeout: 60_000 });
		expect(await match.getAttribute('data-differing')).toBe('0');
		expect(await page.locator('[data-testid="add-report"]').count()).toBe(0);

		// The same inspection with two figures changed: both are listed as differing, with both values.
		const lines = raw('thurrock').split('\n');
		lines[96] = 'Score 24/36';
		lines[108] = 'Requires improvement';
		await drop(page, { name: 'thurrock-copy.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
		await page.locator('[data-testid="published-match"][data-differing="2"]').waitFor({ timeout: 60_000 });
		const differing = await page.locator('[data-testid="published-figures"] tr[data-same="false"]').evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()))
		);
		expect(differing).toEqual([
			['Score', '24/36 thurrock-copy.txt, line 97', '26/36 thurrock.txt:97', 'Differs'],
			['1.1 Governance and leadership', 'Requires improvement thurrock-copy.txt, line 109', 'Outstanding thurrock.txt:109', 'Differs']
		]);
		await watched.context.close();
	}, SLOW);

	it('an unpublished report is added, kept after a reload, not offered a second time, and removed', async () => {
		const { watched, page } = await openAdd();
		const lines = raw('thurrock').split('\n');
		lines[93] = 'Altered Valley Youth Justice Service';
		const file = { name: 'altered.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) };
		await drop(page, file);
		await previewOf(page, 'Altered Valley Youth Justice Service');
		await page.locator('[data-testid="add-report"]').click();
		const listed = page.locator('[data-testid="added-list"] li[data-service="Altered Valley Youth Justice Service"]');
		await listed.waitFor();
		await expect(page.locator('[data-testid="store-message"]').innerText()).resolves.toMatch(/was added in this browser/);

		await page.reload();
		await listed.waitFor();
		expect(await listed.innerText()).toContain('26/36');

		// The same inspection again: no second copy is offered.
		await drop(page, file);
		await previewOf(page, 'Altered Valley Youth Justice Service');
		await page.locator('[data-testid="already-added"]').waitFor();
		expect(await page.locator('[data-testid="add-report"]').count()).toBe(0);
		expect(await page.locator('[data-testid="added-list"] li').count()).toBe(1);

		await page.getByRole('button', { name: 'Remove Altered Valley Youth Justice Service (altered.txt)' }).click();
		await listed.waitFor({ state: 'detached' });
		await page.reload();
		await page.locator('[data-testid="added-list"]', { hasText: 'None yet' }).waitFor();
		await watched.context.close();
	}, SLOW);

	it('with a preview, a comparison and the list shown, /add has no WCAG 2.2 AA violations', async () => {
		// As in a11y.test.ts: the policy would refuse axe-core's injected script.
		const context = await browser.newContext({ baseURL: baseURL(), bypassCSP: true });
		const page = await context.newPage();
		await page.goto('/add');
		await page.locator('.db-status:not([data-status="idle"])').waitFor();
		await drop(page, { name: 'west-sussex.txt', mimeType: 'text/plain', buffer: Buffer.from(raw('west-sussex')) });
		await page.locator('[data-testid="published-match"]').waitFor({ timeout: 60_000 });
		await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
			return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
		await context.close();
	}, SLOW);
});

describe('the reader loads only when a report is read', () => {
	/** Text only the ingest's bundle holds, and text only pdf.js's. */
	const MARKERS = [/no rating word after standard/, /PasswordException/];

	it.each(['/', '/standards', '/services/thurrock', '/add'])('%s loads neither the ingest nor pdf.js on first view', async (path) => {
		const { watched, page } = await openAdd();
		await page.goto(path);
		await page.locator('.db-status:not([data-status="idle"])').waitFor();
		await page.waitForLoadState('networkidle');
		const scripts = watched.requests.filter((u) => /\.m?js$/.test(u) && u.includes('/_app/'));
		expect(scripts.length).toBeGreaterThan(0);
		const loaded = scripts.filter((u) => {
			const body = readFileSync(`build${new URL(u).pathname}`, 'utf8');
			return MARKERS.some((m) => m.test(body));
		});
		expect(loaded).toEqual([]);
		await watched.context.close();
	}, SLOW);
});

describe('/add refuses bad input in one sentence and changes nothing else', () => {
	it('each bad file or paste gets its sentence; the earlier preview stays', async () => {
		const { watched, page } = await openAdd();
		await drop(page, { name: 'suffolk.txt', mimeType: 'text/plain', buffer: Buffer.from(raw('suffolk')) });
		await previewOf(page, 'Suffolk Youth Justice Service');

		const big = join(scratch, 'huge.pdf');
		writeFileSync(big, Buffer.alloc(60 * 1024 * 1024, 0x41));
		const lines = raw('west-sussex').split('\n');
		const cases: [string, () => Promise<void>, RegExp][] = [
			['an empty file', () => drop(page, { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }), /^empty\.txt is empty: /],
			['a binary', () => drop(page, { name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256)) }), /^This file is not text/],
			['an image-only PDF', async () => drop(page, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await imageOnlyPdf()) }), /^This PDF holds pictures of pages \(a scan\)/],
			['a password-protected PDF', () => drop(page, { name: 'locked.pdf', mimeType: 'application/pdf', buffer: Buffer.from(passwordPdf()) }), /^This PDF is protected by a password/],
			['a truncated report', () => drop(page, { name: 'cut.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.slice(0, 500).join('\n')) }), /^This report looks cut short/],
			['another document', () => drop(page, { name: 'novel.txt', mimeType: 'text/plain', buffer: Buffer.from('It was a bright cold day in April, and the clocks were striking thirteen.\n'.repeat(400)) }), /^This is not an HMIP youth justice inspection report/],
			['a 60 MB file', () => drop(page, big), /^huge\.pdf is 60 MB, far larger than an inspection report/],
			['a picture', () => drop(page, { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }), /^photo\.png is not a file this page can read/],
			['a paste of a few words', async () => {
				await page.locator('[data-testid="report-text"]').fill('Suffolk Youth Justice Service was rated Good');
				await page.getByRole('button', { name: 'Read the pasted text' }).click();
			}, /^Only 7 words were pasted/],
			['a paste that lost its line breaks', async () => {
				await page.locator('[data-testid="report-text"]').fill(raw('hartlepool').replace(/\s*\n\s*/g, ' '));
				await page.getByRole('button', { name: 'Read the pasted text' }).click();
			}, /^This text has lost its line breaks/]
		];
		let previous = '';
		for (const [what, act, sentence] of cases) {
			await act();
			// Wait for this input's sentence, not the one still shown for the last.
			await page
				.waitForFunction((prev) => {
					const t = document.querySelector('[data-testid="add-message"]')?.textContent ?? '';
					return t !== '' && t !== prev;
				}, previous, { timeout: 60_000 })
				.catch(() => {});
			const text = await message(page);
			previous = text;
			expect(text, what).toMatch(sentence);
			// One sentence, and the earlier preview is still Suffolk's.
			expect(text.split(/(?<=[.!?])\s+(?=[A-Z])/).length, what).toBe(1);
			expect(await page.locator('[data-testid="preview-service"]').innerText(), what).toContain('Suffolk Youth Justice Service');
		}
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, 300_000);

	it('shows report text as text: a recommendation holding <script> and <img onerror> runs nothing', async () => {
		const { watched, page } = await openAdd();
		const hostile = '<script>window.__ran = 1</script> <img src=x onerror="window.__ran = 2">';
		const text = raw('west-sussex').replace('1. increase the proportion', `1. ${hostile} increase the proportion`);
		await drop(page, { name: 'west-sussex.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
		await previewOf(page, 'West Sussex YJS');
		await expect(page.locator('[data-testid="preview-recommendations"] li').first().innerText()).resolves.toContain(hostile);
		expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
		expect(await page.locator('[data-testid="add-preview"] img, [data-testid="add-preview"] script').count()).toBe(0);
		await watched.context.close();
	}, SLOW);
});

describe('a 2025-framework report added in this browser', () => {
	it('joins its register service in the national picture and has its own profile, labelled, with no score; removed, it is gone', async () => {
		const { watched, page } = await openAdd();
		// Essex has no inspection on record here: the added one becomes its latest.
		const text = report2025('Essex', { overall: 'Requires improvement', assessing: 'Good', planning: 'Requires improvement', delivering: 'Good', victims: 'Inadequate' });
		await drop(page, { name: 'essex-2025.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
		await page.locator('[data-testid="preview-framework"][data-framework="2025"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid="preview-score"]').innerText()).toMatch(/^No score/);
		await page.locator('[data-testid="add-report"]').click();
		await page.locator('[data-testid="store-message"]', { hasText: 'Essex was added in this browser' }).waitFor();
		await page.locator('[data-testid="added-list"] [data-testid="added-list-profile"]', { hasText: 'Essex' }).waitFor();

		// Overview: in the national picture's 2025-framework list under Essex, labelled; never on the /36 heatmap.
		await page.goto('/');
		expect(await waitForDatabase(page)).toBe('ready');
		// The list is drawn from the same live query as the chart card.
		const row = page.locator('[data-testid="national-picture"]:has(section[data-origin="live"]) [data-testid="framework-2025-list"] tr[data-service="essex"]');
		await row.waitFor({ timeout: 60_000 });
		expect(await row.innerText()).toMatch(/Essex[\s\S]*Jun 2025 \(added in this browser, not published\)[\s\S]*Requires improvement/);
		expect(await page.locator('[data-testid="added-item"]', { hasText: 'Essex' }).innerText()).toContain('added in this browser, not published');
		await page.locator('section[data-origin="live"]:has([data-testid="ratings-heatmap"])').waitFor();
		expect(await page.locator('[data-testid="ratings-heatmap"] [data-service]').count()).toBe(5);

		// Its own profile: overall and area ratings with their lines in the file, no score.
		await page.locator('[data-testid="added-item"]', { hasText: 'Essex' }).locator('[data-testid="added-profile-link"]').click();
		await page.waitForURL(/\/add\/view\?id=added-essex-2025/);
		const profile = page.locator('[data-testid="added-profile"][data-inspection="added-essex-2025"][data-framework="2025"]');
		await profile.waitFor({ timeout: 60_000 });
		expect(await page.locator('h1').innerText()).toBe('Essex: inspection added in this browser');
		expect(await page.locator('[data-testid="added-label"]').innerText()).toContain('added in this browser, not published');
		expect(await page.locator('[data-testid="added-overall"]').innerText()).toMatch(/Requires improvement[\s\S]*essex-2025\.txt, line 5/);
		expect(await page.locator('[data-testid="added-areas"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-area'), r.getAttribute('data-rating')]))).toEqual([
			['children:assessing', 'Good'],
			['children:planning', 'Requires improvement'],
			['children:delivering', 'Good'],
			['victims', 'Inadequate']
		]);
		expect(await profile.innerText()).toContain('no score out of 36');

		// Essex's published profile lists it among the reports added in this browser, with its overall rating and line.
		await page.goto('/services/essex');
		const item = page.locator('[data-testid="profile-added"] [data-testid="profile-added-item"][data-inspection="added-essex-2025"][data-framework="2025"]');
		await item.locator('[data-testid="profile-added-score"]').waitFor({ timeout: 60_000 });
		expect(await item.innerText()).toMatch(/Essex[\s\S]*essex-2025\.txt[\s\S]*2025 framework, no score out of 36[\s\S]*Requires improvement[\s\S]*essex-2025\.txt, line 5/);
		expect(await item.locator('[data-testid="profile-added-link"]').getAttribute('href')).toBe('/add/view?id=added-essex-2025');
		await item.locator('[data-testid="profile-added-link"]').click();
		await profile.waitFor({ timeout: 60_000 });

		// Removed: gone from the national picture.
		await page.getByRole('button', { name: 'Remove Essex from this browser' }).click();
		await page.locator('[data-testid="added-profile-missing"]').waitFor({ timeout: 30_000 });
		await page.goto('/');
		expect(await waitForDatabase(page)).toBe('ready');
		await page.locator('[data-testid="national-picture"] section[data-origin="live"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid="framework-2025-list"] tr[data-service="essex"]').count()).toBe(0);
		expect(watched.pageErrors).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});
