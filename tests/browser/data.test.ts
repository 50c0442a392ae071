/**
 * /data on the production build: the catalogue written from the schema and
 * the build's manifest, and the SQL console. Every example query's answer is
 * recomputed here from the published CSV files (build/data), not copied.
 */
import { readFileSync } from 'node:fs';
import { csvParse, type DSVRowString } from 'd3-dsv';
import { median } from 'd3-array';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, hydrated, launch, openPage, waitForDatabase } from './setup/browser';
import { onePagePerView } from './setup/routes';
import { TABLES } from '../../src/lib/tables/schema';
import { EXAMPLE_QUERIES } from '../../src/lib/sqlConsole/examples';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const csv = (name: string): DSVRowString[] => csvParse(readFileSync(`build/data/${name}.csv`, 'utf8'));

/** A cell as the console shows it: the value's own text, NULL when missing. */
const shown = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? 'NULL' : String(v));

async function resultRows(page: Page): Promise<string[][]> {
	return page.$$eval('[data-testid="sql-result"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

async function resultHeader(page: Page): Promise<string[]> {
	return page.$$eval('[data-testid="sql-result"] thead th', (ths) => ths.map((th) => (th.textContent ?? '').replace(/[▲▼]/g, '').trim()));
}

/** Wait for the outcome of the query now in the URL (a result or a message), and return the status line. */
async function outcome(page: Page, timeout = 60_000): Promise<string> {
	await page.locator('[data-testid="sql-result"], [data-testid="sql-error"]').first().waitFor({ timeout });
	return (await page.getByTestId('sql-status').textContent()) ?? '';
}

async function finished(page: Page): Promise<number> {
	return Number(await page.getByTestId('sql-status').getAttribute('data-finished'));
}

/** Type a query, run it, and wait for its outcome; returns the status line. */
async function runQuery(page: Page, sql: string): Promise<string> {
	await page.locator('#sql-query').fill(sql);
	const before = await finished(page);
	await page.getByRole('button', { name: 'Run query' }).click();
	await page.waitForFunction((n) => Number(document.querySelector('[data-testid="sql-status"]')?.getAttribute('data-finished')) > n, before, { timeout: 60_000 });
	return (await page.getByTestId('sql-status').textContent())?.trim() ?? '';
}

/** The answer of each example, from the CSV files. */
function expectedAnswers(): Record<string, { header: string[]; rows: string[][] }> {
	const services = csv('services');
	const inspections = csv('inspections');
	const serviceOf = (inspectionId: string) => {
		const serviceId = inspections.find((i) => i.inspection_id === inspectionId)!.service_id;
		return services.find((s) => s.service_id === serviceId)!.service_name!;
	};
	const keyQuestions = csv('key_questions').filter((k) => k.level === 'key_question');

	const belowGood = csv('ratings')
		.filter((r) => r.standard_code === '2.2' && Number(r.points) < 2)
		.map((r) => {
			const kqs = keyQuestions
				.filter((k) => k.inspection_id === r.inspection_id && k.standard_code === '2.2')
				.sort((a, b) => Number(a.pct_yes) - Number(b.pct_yes) || (a.question! < b.question! ? -1 : 1));
			return { service: serviceOf(r.inspection_id!), rating: r.rating!, question: kqs[0].question!, pct: Number(kqs[0].pct_yes) };
		})
		.sort((a, b) => a.pct - b.pct || a.service.localeCompare(b.service))
		.map((r) => [r.service, r.rating, r.question, shown(r.pct)]);

	const la = csv('la_indicators').filter((r) => r.measure === 'first_time_entrant_rate' && r.year === '2024');
	const fte = (code: string) => la.find((r) => r.dfe_la_number === code)?.value ?? '';
	const neighbours = csv('statistical_neighbours');
	const fteRows = [...services]
		.sort((a, b) => (a.service_name! < b.service_name! ? -1 : 1))
		.map((s) => {
			const peers = neighbours.filter((n) => n.la_number === s.dfe_la_number).map((n) => fte(n.neighbour_la_number!)).filter((v) => v !== '').map(Number);
			return [s.service_name!, shown(fte(s.dfe_la_number!)), shown(median(peers) ?? null), String(peers.length)];
		});

	const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
	const scores = csv('national_scores').filter((r) => r.published !== '');
	const years = [...new Set(scores.map((r) => r.published!.slice(0, 4)))].sort();
	const byYear = years.map((y) => [y, ...RATINGS.map((rating) => String(scores.filter((r) => r.published!.startsWith(y) && r.overall_rating === rating).length))]);

	const belowHalf = keyQuestions
		.filter((k) => Number(k.pct_yes) < 50 && k.pct_yes !== '')
		.map((k) => ({ service: serviceOf(k.inspection_id!), code: k.standard_code!, question: k.question!, pct: Number(k.pct_yes) }))
		.sort((a, b) => a.pct - b.pct || a.service.localeCompare(b.service) || a.code.localeCompare(b.code))
		.map((k) => [k.service, k.code, k.question, shown(k.pct)]);

	return {
		'planning-below-good': { header: ['service_name', 'rating', 'lowest_key_question', 'pct_yes'], rows: belowGood },
		'fte-neighbour-median': { header: ['service_name', 'fte_rate_2024', 'neighbour_median_2024', 'neighbours_with_a_figure'], rows: fteRows },
		'ratings-by-year': { header: ['year_published', ...RATINGS], rows: byYear },
		'key-questions-below-half': { header: ['service_name', 'standard_code', 'question', 'pct_yes'], rows: belowHalf }
	};
}

/** A query that keeps DuckDB-WASM busy for well over 10 s, in steps it can be cancelled between. */
const SLOW_QUERY = 'SELECT sum(a.range * b.range) AS total FROM range(200000) a, range(200000) b';

describe('/data catalogue', () => {
	it('lists every table with its rows (as published), columns, licence and downloads, without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/data');
		for (const schema of Object.values(TABLES)) {
			expect(await page.getByTestId(`rows-${schema.name}`).textContent(), schema.name).toBe(csv(schema.name).length.toLocaleString('en-GB'));
			const entry = page.getByTestId(`table-${schema.name}`);
			const columns = await entry.locator('table.columns tbody th').allTextContents();
			expect(columns, schema.name).toEqual(schema.columns.map((c) => c.name));
			expect(await entry.textContent()).toMatch(/Licence: Crown copyright, Open Government Licence v3\.0/);
			for (const ext of ['csv', 'parquet']) {
				const href = await entry.locator(`a[href$="/data/${schema.name}.${ext}"]`).getAttribute('href');
				const response = await page.request.get(href!);
				expect(response.status(), href!).toBe(200);
			}
		}
		expect(await page.getByTestId('table-ratings').textContent()).toContain('data/reports/suffolk.txt (13 rows)');
		const zip = await page.getByTestId('download-zip').getAttribute('href');
		const body = await (await page.request.get(zip!)).body();
		expect(body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
		await context.close();
	});
});

describe('/data SQL console', () => {
	it('answers each example question as the published CSV files do', async () => {
		const { context, page, problems } = await openPage(browser, '/data');
		expect(await waitForDatabase(page)).toBe('ready');
		const expected = expectedAnswers();
		for (const example of EXAMPLE_QUERIES) {
			const before = await finished(page);
			await page.locator(`a[data-example="${example.id}"]`).click();
			await page.waitForURL((url) => url.searchParams.get('sql') === example.sql);
			await page.waitForFunction((n) => Number(document.querySelector('[data-testid="sql-status"]')?.getAttribute('data-finished')) > n, before, { timeout: 60_000 });
			expect(await page.locator('#sql-query').inputValue()).toBe(example.sql);
			expect(await resultHeader(page), example.id).toEqual(expected[example.id].header);
			expect(await resultRows(page), example.id).toEqual(expected[example.id].rows);
			expect(expected[example.id].rows.length, example.id).toBeGreaterThan(0);
		}
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});

	it('refuses a write, and the overview still shows the same figures afterwards', async () => {
		const { context, page } = await openPage(browser, '/');
		await waitForDatabase(page);
		const heatmap = 'section[data-origin="live"]:has([data-testid="ratings-heatmap"])';
		await page.locator(heatmap).waitFor();
		const cells = () => page.$$eval('[data-testid="ratings-heatmap"] .cell', (els) => els.map((e) => `${e.closest('[data-service]')?.getAttribute('data-service')} ${e.getAttribute('data-standard')} ${e.getAttribute('data-rating')}`));
		const before = await cells();
		expect(before.length).toBeGreaterThan(60);

		// The same session (the same database), reached through the menu.
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
		await page.locator('#sql-query').waitFor();
		for (const write of ['DROP TABLE ratings', "UPDATE ratings SET rating = 'Outstanding'", 'WITH x AS (SELECT 1) DELETE FROM ratings', 'SELECT 1; DELETE FROM ratings']) {
			await runQuery(page, write);
			expect(await page.getByTestId('sql-error').textContent(), write).toMatch(/Only queries that read the tables can run here|one statement at a time/);
		}
		expect(await runQuery(page, 'SELECT count(*) AS n FROM ratings')).toMatch(/^1 row/);
		expect(await resultRows(page)).toEqual([[String(csv('ratings').length)]]);

		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
		await page.locator(heatmap).waitFor();
		expect(await cells()).toEqual(before);
		await context.close();
	});

	it('puts the query in the URL: the link reproduces the result in a fresh browser context', async () => {
		const { context, page } = await openPage(browser, '/data');
		await waitForDatabase(page);
		const sql = "SELECT standard_code, count(*) AS below_good FROM ratings WHERE points < 2 GROUP BY standard_code ORDER BY below_good DESC, standard_code";
		await runQuery(page, sql);
		const rows = await resultRows(page);
		expect(rows.length).toBeGreaterThan(3);
		const link = page.url();
		expect(new URL(link).searchParams.get('sql')).toBe(sql);
		await context.close();

		const fresh = await browser.newContext({ baseURL: baseURL() });
		const other = await fresh.newPage();
		await other.goto(link);
		await outcome(other);
		expect(await other.locator('#sql-query').inputValue()).toBe(sql);
		expect(await resultRows(other)).toEqual(rows);
		await fresh.close();
	});

	it('shows a syntax error as a plain message with its place in the query, and the console stays usable', async () => {
		const { context, page, problems } = await openPage(browser, '/data');
		await waitForDatabase(page);
		await runQuery(page, 'SELECT *\nFORM ratings');
		const error = (await page.getByTestId('sql-error').textContent()) ?? '';
		expect(error).toContain('Parser Error: syntax error at or near "ratings" (at line 2, column 6)');
		expect(error).not.toMatch(/\bat .*:\d+:\d+|LINE 2|\^/);
		await page.getByRole('button', { name: 'Show this place in the query' }).click();
		expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionStart)).toBe('SELECT *\nFORM '.length);
		expect(await runQuery(page, 'SELECT 42 AS answer')).toMatch(/^1 row/);
		expect(await resultRows(page)).toEqual([['42']]);
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});

	it('cancels a long query, and the console stays usable', async () => {
		const { context, page, problems } = await openPage(browser, '/data');
		await waitForDatabase(page);
		// The console's connection is open (its tables created), so Cancel stops the running query itself.
		expect(await runQuery(page, 'SELECT 1 AS one')).toMatch(/^1 row/);
		await page.locator('#sql-query').fill(SLOW_QUERY);
		await page.getByRole('button', { name: 'Run query' }).click();
		await page.getByRole('button', { name: 'Cancel' }).and(page.locator(':enabled')).waitFor();
		await page.waitForTimeout(500);
		const cancelled = Date.now();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByTestId('sql-status').filter({ hasText: 'The query was cancelled.' }).waitFor({ timeout: 9_000 });
		// Well before the 10 s limit would have stopped it.
		expect(Date.now() - cancelled).toBeLessThan(5_000);
		expect(await runQuery(page, 'SELECT 42 AS answer')).toMatch(/^1 row/);
		expect(await resultRows(page)).toEqual([['42']]);
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});

	it('stops a query that runs past 10 seconds with a message', { timeout: 60_000 }, async () => {
		const { context, page } = await openPage(browser, '/data');
		await waitForDatabase(page);
		const started = Date.now();
		await runQuery(page, SLOW_QUERY);
		expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
		expect(await page.getByTestId('sql-error').textContent()).toContain('The query ran for more than 10 seconds and was stopped.');
		expect(await runQuery(page, 'SELECT 1 AS one')).toMatch(/^1 row/);
		await context.close();
	});

	it('sorts the result by a column and downloads every row as CSV', async () => {
		const { context, page } = await openPage(browser, '/data');
		await waitForDatabase(page);
		expect(await runQuery(page, 'SELECT la_name, year, value FROM la_indicators')).toMatch(/^7,990 rows; the first 1,000 are shown/);
		expect(await page.locator('[data-testid="sql-result"] tbody tr').count()).toBe(1_000);
		const header = page.locator('[data-testid="sql-result"] thead th').nth(2);
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		const values = csv('la_indicators').map((r) => r.value).filter((v) => v !== '').map(Number).sort((a, b) => a - b);
		const firstShown = (await resultRows(page)).slice(0, 3).map((r) => Number(r[2]));
		expect(firstShown).toEqual(values.slice(0, 3));
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		expect(Number((await resultRows(page))[0][2])).toBe(values.at(-1));

		const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download result as CSV' }).click()]);
		expect(file.suggestedFilename()).toBe('query-result.csv');
		const text = readFileSync((await file.path())!, 'utf8');
		expect(csvParse(text.replace(/^\ufeff/, '')).length).toBe(7_990);
		await context.close();
	});

	it('shows markup in a linked query as text, and refuses it as SQL', async () => {
		const { context, page, problems } = await openPage(browser, `/data?${new URLSearchParams({ sql: '<img src=x onerror="window.__pwned=1">', extra: '1' })}`);
		await outcome(page);
		expect(await page.locator('#sql-query').inputValue()).toBe('<img src=x onerror="window.__pwned=1">');
		expect(await page.getByTestId('sql-error').textContent()).toContain('Only queries that read the tables can run here');
		expect(await page.getByTestId('url-notices').textContent()).toContain("Unknown parameter 'extra' ignored");
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});

	it('loads the console code on /data only', { timeout: 300_000 }, async () => {
		const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
		const chunk = manifest['src/lib/components/sqlConsole/SqlConsole.svelte']?.file;
		expect(chunk).toBeTruthy();
		for (const { path } of onePagePerView()) {
			const context = await browser.newContext({ baseURL: baseURL() });
			const page = await context.newPage();
			const scripts: string[] = [];
			page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
			await page.goto(path);
			await hydrated(page);
			// /data imports the console once mounted; any other page would have loaded it with its own modules by now.
			await page.waitForLoadState('networkidle');
			expect(scripts.includes(`/${chunk}`), path).toBe(path === '/data');
			await context.close();
		}
	});
});

describe('chart downloads', () => {
	it('are named after the chart and its state', async () => {
		const { context, page } = await openPage(browser, '/standards?standard=2.2&services=east-sussex,suffolk');
		await hydrated(page);
		await page.locator('#standards-chart-title').waitFor();
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator('section:has(#standards-chart-title)').getByRole('button', { name: 'Download CSV' }).click()]);
		expect(file.suggestedFilename()).toBe('key-questions-2.2-planning-east-sussex-suffolk.csv');
		await context.close();
	});

	it('load their code on the first click, not with the page, and save the chart as SVG and PNG', async () => {
		const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
		const chunk = manifest['src/lib/charts/export/cardDownloads.ts']?.file;
		expect(chunk).toBeTruthy();
		const { context, page, problems } = await openPage(browser, '/');
		const scripts: string[] = [];
		page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		expect(scripts).not.toContain(`/${chunk}`);
		const card = page.locator('section:has(#ratings-heatmap-title)');
		const [svg] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download SVG' }).click()]);
		expect(scripts).toContain(`/${chunk}`);
		expect(svg.suggestedFilename()).toBe('ratings-heatmap.svg');
		const svgText = readFileSync((await svg.path())!, 'utf8');
		expect(svgText.startsWith('<?xml')).toBe(true);
		// The chart with its title: the file stands alone.
		expect(svgText).toContain(`<title>${await page.locator('#ratings-heatmap-title').textContent()}</title>`);
		expect(svgText.match(/<svg/g)?.length).toBeGreaterThan(1);
		const [png] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download PNG' }).click()]);
		expect(png.suggestedFilename()).toBe('ratings-heatmap.png');
		expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		await expect.poll(() => card.getByRole('status').textContent()).toBe('Downloaded ratings-heatmap.png');
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	});
});
