/**
 * A report added on /add joins the dashboard's views in this browser: a
 * hand-altered copy of the Thurrock report ("Testshire", other figures)
 * dropped through the real file input and added, then found with its own
 * figures on the overview (heatmap and score strip), in the standards
 * explorer, as a compare column, in the disproportionality charts, on /context and its profile, each time
 * labelled as added in this browser, not published; then removed, and gone everywhere, after a reload too.
 * On /peers an added report is shown through its service in the register (a Thurrock copy of another
 * year), or said to have none (Testshire).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, waitForDatabase } from './setup/browser';
import { watchedContext } from './setup/watch';

const SLOW = 420_000;
const SERVICE = 'added-testshire';
const INSPECTION = 'added-testshire-2022';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** thurrock.txt with another name, 1.1 rated Inadequate (score 26 → 23), one key question and one fact changed. */
function testshire(): string {
	const text = readFileSync('data/reports/thurrock.txt', 'utf8');
	const altered = text
		.replace(/Thurrock/g, 'Testshire')
		.replace('Score 26/36', 'Score 23/36')
		.replace(/(1\.1 Governance and leadership\n\n)Outstanding/, '$1Inadequate')
		.replace('Does assessment sufficiently analyse how to keep other people safe?\t88%', 'Does assessment sufficiently analyse how to keep other people safe?\t55%')
		.replace('150\tFirst-time entrant rate per 100,000 in Testshire', '321\tFirst-time entrant rate per 100,000 in Testshire');
	// Each change took.
	expect(altered).toContain('Score 23/36');
	expect(altered).toContain('safe?\t55%');
	expect(altered).toContain('321\tFirst-time');
	expect(altered).toMatch(/1\.1 Governance and leadership\n\nInadequate/);
	return altered;
}

/** thurrock.txt as an inspection of 2019: not the published one (2022), so it can be added; its service is Thurrock's. */
function thurrock2019(): string {
	const text = readFileSync('data/reports/thurrock.txt', 'utf8');
	const altered = text.replace('HM Inspectorate of Probation, August 2022', 'HM Inspectorate of Probation, August 2019').replace('Fieldwork started: May 2022', 'Fieldwork started: May 2019');
	expect(altered).toContain('Fieldwork started: May 2019');
	return altered;
}

/** Drops a report on /add through the real file input and adds it. */
async function addReport(page: Page, name: string, text: string): Promise<void> {
	await page.locator('.db-status:not([data-status="idle"])').waitFor();
	await page.locator('[data-testid="report-file"]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
	await page.locator('[data-testid="add-report"]').click({ timeout: 60_000 });
	await page.locator('[data-testid="store-message"]', { hasText: 'was added in this browser' }).waitFor();
}

async function ready(page: Page, path: string): Promise<void> {
	await page.goto(path);
	expect(await waitForDatabase(page)).toBe('ready');
}

describe('a report added in this browser on the dashboard views', () => {
	it('appears with its own figures on the overview, /standards, /compare, /disproportionality and its profile, labelled, and is gone everywhere once removed', async () => {
		const watched = await watchedContext(browser);
		const page = await watched.open('/add');
		await addReport(page, 'testshire.txt', testshire());

		// Overview: a heatmap row with the altered rating and score, the label in words, a dot on the score strip.
		await ready(page, '/');
		const row = page.locator(`[data-testid="ratings-heatmap"] [data-service="${SERVICE}"]`).first();
		await row.waitFor({ timeout: 30_000 });
		expect(await row.locator('.cell[data-standard="1.1"]').getAttribute('data-rating')).toBe('Inadequate');
		expect(await row.locator('.cell[data-standard="1.1"]').getAttribute('aria-label')).toContain('Testshire (added in this browser)');
		expect(await row.locator('text.service').textContent()).toContain('added in this browser');
		expect(await row.locator('[aria-label^="Score"]').getAttribute('aria-label')).toBe('Score 23 out of 36');
		const notice = page.locator('[data-testid="added-item"]', { hasText: 'added in this browser, not published' });
		expect(await notice.innerText()).toContain('testshire.txt');
		const dot = page.locator(`[data-testid="score-strip"] [data-service-id="${SERVICE}"]`);
		await dot.first().waitFor();
		expect(await dot.first().getAttribute('data-score')).toBe('23');
		// Published services are all still there.
		for (const s of ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex']) {
			expect(await page.locator(`[data-testid="ratings-heatmap"] [data-service="${s}"]`).count(), s).toBe(1);
		}

		// Standards explorer: the service is a choice, labelled, and its altered key question is plotted.
		await ready(page, '/standards?standard=2.1&aspect=safety_of_others');
		const box = page.getByRole('checkbox', { name: 'Testshire Youth Justice Service (added in this browser, not published)' });
		await box.waitFor();
		expect(await box.isChecked()).toBe(true);
		const dots = page.locator(`[data-testid="standard-dots"] [data-service="${SERVICE}"]`);
		await dots.waitFor({ timeout: 30_000 });
		expect(await dots.locator('text.service').textContent()).toContain('added in this browser');
		// The key questions come from their own query, which may answer after the ratings.
		await page.locator('section[data-origin="live"]:has([data-testid="standard-dots"])').waitFor({ timeout: 30_000 });
		await dots.locator('.mark[data-aspect="safety_of_others"][data-pct="55"]').waitFor({ timeout: 30_000 });
		// A deep link naming only the added service opens it.
		await ready(page, `/standards?standard=2.1&services=${SERVICE}`);
		await page.locator(`[data-testid="standard-dots"] [data-service="${SERVICE}"]`).waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-testid="standard-dots"] [data-service]').count()).toBe(1);

		// Context: a choice, labelled and shown; its printed first-time entrant rate (altered to 321) in the report-rates chart.
		await ready(page, '/context');
		const contextBox = page.getByRole('checkbox', { name: 'Testshire Youth Justice Service (added in this browser, not published)' });
		await contextBox.waitFor();
		expect(await contextBox.isChecked()).toBe(true);
		const rates = page.locator(`[data-testid="report-figures-chart"] [data-service="${SERVICE}"]`);
		await rates.waitFor({ timeout: 30_000 });
		await page.locator('[data-testid="report-rates-card"][data-origin="live"]').waitFor({ timeout: 30_000 });
		expect(await rates.locator('.cell[data-measure="first_time_entrant_rate"]').textContent()).toContain('321');
		expect(await rates.locator('.row-label').first().textContent()).toContain('Testshire (added in this browser)');
		expect(await page.locator('[data-testid="added-item"]', { hasText: 'added in this browser, not published' }).innerText()).toContain('testshire.txt');
		expect(await page.getByRole('button', { name: 'Remove Testshire Youth Justice Service from this browser' }).count()).toBe(1);
		// Spend per child says why an added report gets no figure (no LAIT authority), not that LAIT has none.
		const unpaired = page.locator(`[data-testid="spend-per-child-chart"] .row[data-service="${SERVICE}"]`);
		await page.locator('[data-testid="spend-card"][data-origin="live"]').waitFor({ timeout: 30_000 });
		expect(await unpaired.getAttribute('data-status')).toBe('unpaired');
		expect(await unpaired.textContent()).toContain('Added in this browser: its local authority is not linked to LAIT here');
		// A deep link naming only the added service opens it.
		await ready(page, `/context?services=${SERVICE}`);
		await page.locator('[data-testid="report-rates-card"][data-origin="live"]').waitFor({ timeout: 30_000 });
		await rates.waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-testid="report-figures-chart"] [data-service]').count()).toBe(1);

		// Peers: a choice, labelled; Testshire is in no register, so no peer group, in words, and no chart.
		await ready(page, `/peers?service=${SERVICE}`);
		const scope = page.locator('[data-testid="peers-scope"]', { hasText: 'added in this browser, not published' });
		await scope.waitFor({ timeout: 30_000 });
		expect(await scope.innerText()).toContain('no peer group here');
		expect(await page.locator('#peers-service').inputValue()).toBe(SERVICE);
		expect(await page.locator('h1').innerText()).toBe('Peers: Testshire Youth Justice Service (added in this browser, not published)');
		expect(await page.locator('[data-testid="peers-card"]').count()).toBe(0);
		expect(await page.locator('[data-testid="added-item"]', { hasText: 'testshire.txt' }).count()).toBe(1);

		// Compare: the added service is a choice in the picker, then a column with its own figures, labelled.
		await ready(page, '/compare?services=suffolk');
		const input = page.getByRole('combobox', { name: /Add a service/ });
		await input.click();
		await input.pressSequentially('Testshire');
		const option = page.getByRole('option', { name: /Testshire Youth Justice Service/ });
		await option.waitFor({ timeout: 30_000 });
		expect(await option.innerText()).toContain('added in this browser, not published');
		await input.press('Enter');
		await page.waitForURL(/added-testshire/);
		expect(new URL(page.url()).searchParams.get('services')).toBe(`suffolk,${SERVICE}`);
		await page.locator('section.side-by-side[data-origin="live"]').waitFor({ timeout: 30_000 });
		const column = (row: string) => page.locator(`[data-testid="compare-table"] tr[data-row="${row}"] td[data-id="${SERVICE}"]`);
		expect(await page.locator(`[data-testid="compare-table"] thead th[data-id="${SERVICE}"]`).innerText()).toContain('added in this browser');
		expect(await column('score').innerText()).toContain('23/36');
		expect(await column('standard:1.1').innerText()).toContain('Inadequate');
		expect(await column('kq:2.1|safety_of_others').innerText()).toContain('55%');
		expect(await column('score').innerText()).toContain('testshire.txt');
		const scoreBar = page.locator(`[data-testid="compare-score-chart"] [data-id="${SERVICE}"]`);
		expect(await scoreBar.getAttribute('data-score')).toBe('23');
		expect(await scoreBar.getAttribute('aria-label')).toContain('added in this browser');
		expect(await page.locator('[data-testid="added-item"]', { hasText: 'added in this browser, not published' }).getByTestId('added-remove').count()).toBe(1);
		expect(await page.locator('[data-testid="url-notices"]').count()).toBe(0);

		// Disproportionality: the added service is a choice, chosen by default, labelled, and its report's tables are drawn.
		await ready(page, '/disproportionality');
		const disproBox = page.getByRole('checkbox', { name: 'Testshire Youth Justice Service (added in this browser, not published)' });
		await disproBox.waitFor({ timeout: 30_000 });
		expect(await disproBox.isChecked()).toBe(true);
		const plotted = page.locator(`[data-testid="demographic-dot-plot"] [data-service="${SERVICE}"]`);
		await plotted.waitFor({ timeout: 30_000 });
		expect(await plotted.getAttribute('data-status')).toBe('reported');
		expect(await plotted.textContent()).toContain('Testshire (added in this browser)');
		await page.locator(`[data-testid="relative-rate-chart"] .rate-row[data-service="${SERVICE}"]`).first().waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-testid="added-item"]', { hasText: 'added in this browser, not published' }).getByTestId('added-remove').count()).toBe(1);

		// Learn from: rated Good on 2.2 Planning (as Thurrock is), the added service is an example for Suffolk and East Sussex,
		// in the standards explorer and on Suffolk's profile.
		await ready(page, '/standards?standard=2.2');
		const planning = page.locator('#standards-learn-from [data-standard="2.2"]');
		await planning.locator(`.example[data-service="${SERVICE}"]`).waitFor({ timeout: 30_000 });
		expect(await planning.locator('.example').count()).toBe(4);
		await ready(page, '/services/suffolk');
		await page.locator(`[data-testid="learn-from"] [data-standard="2.2"] .example[data-service="${SERVICE}"]`).waitFor({ timeout: 30_000 });
		await page.goto(`/standards?standard=2.1&services=${SERVICE}`);

		// Its profile: ratings, key questions and facts, each with its citation in the uploaded file.
		await page.locator('[data-testid="added-profile-link"]').first().click();
		await page.waitForURL(/\/add\/view\?id=added-testshire-2022/);
		const profile = page.locator(`[data-testid="added-profile"][data-inspection="${INSPECTION}"]`);
		await profile.waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid="added-label"]').innerText()).toContain('added in this browser, not published');
		expect(await page.locator('[data-testid="added-score"]').innerText()).toMatch(/^23\/36 testshire\.txt, line 97$/);
		const governance = page.locator('[data-testid="ratings-list"] tr', { hasText: '1.1' });
		expect(await governance.innerText()).toMatch(/Inadequate[\s\S]*testshire\.txt, line 109/);
		expect(await page.locator('[data-testid="added-key-questions"] tr', { hasText: 'keep other people safe' }).first().innerText()).toMatch(/55%\s+testshire\.txt, line \d+/);
		expect(await page.locator('#facts').innerText()).toMatch(/321[\s\S]*testshire\.txt, line \d+/);

		// The views that do not list added reports yet still work with one in their tables (it may show there, labelled).
		for (const path of ['/compare', '/findings', '/context', '/peers', '/disproportionality', '/methods', '/services/thurrock']) {
			await ready(page, path);
			await page.waitForTimeout(1500);
			expect(watched.pageErrors, path).toEqual([]);
			expect(watched.consoleErrors, path).toEqual([]);
		}
		await page.goto(`/add/view?id=${INSPECTION}`);
		await page.locator(`[data-testid="added-profile"][data-inspection="${INSPECTION}"]`).waitFor({ timeout: 60_000 });

		// Removed from the profile's notice: gone from the page's database at once, and from every view after a reload.
		await page.getByRole('button', { name: /^Remove Testshire Youth Justice Service from this browser$/ }).click();
		await page.locator('[data-testid="added-notice"] [role="status"]', { hasText: 'was removed from this browser' }).waitFor();
		await page.locator('[data-testid="added-profile-missing"]').waitFor({ timeout: 30_000 });
		await ready(page, '/');
		await page.locator('section[data-origin="live"]:has([data-testid="ratings-heatmap"])').waitFor();
		expect(await page.locator(`[data-service="${SERVICE}"], [data-service-id="${SERVICE}"]`).count()).toBe(0);
		expect(await page.locator('[data-testid="ratings-heatmap"] [data-service]').count()).toBe(5);
		expect(await page.locator('[data-testid="added-item"]').count()).toBe(0);
		await ready(page, '/standards?standard=2.2');
		expect(await page.getByRole('checkbox', { name: /Testshire/ }).count()).toBe(0);
		expect(await page.locator('#standards-learn-from [data-standard="2.2"] .example').count()).toBe(3);
		await ready(page, '/context');
		await page.locator('[data-testid="report-rates-card"][data-origin="live"]').waitFor({ timeout: 30_000 });
		expect(await page.getByRole('checkbox', { name: /Testshire/ }).count()).toBe(0);
		expect(await page.locator('[data-testid="report-figures-chart"] [data-service]').count()).toBe(5);
		expect(watched.pageErrors).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);

	it('on /peers an added report of a register service is shown through that service\'s peer group, labelled, and can be removed there', async () => {
		const watched = await watchedContext(browser);
		const page = await watched.open('/add');
		await addReport(page, 'thurrock-2019.txt', thurrock2019());

		await ready(page, '/peers');
		await page.locator('#peers-service option[value="added-thurrock"]').waitFor({ state: 'attached' });
		expect(await page.locator('#peers-service optgroup[label="Added in this browser, not published"] option').allTextContents()).toEqual([
			'Thurrock Youth Justice Service'
		]);
		await page.locator('#peers-service').selectOption('added-thurrock');
		await page.waitForURL(/service=added-thurrock/);
		const scope = page.locator('[data-testid="peers-scope"]');
		await scope.waitFor();
		expect(await scope.innerText()).toMatch(/^Thurrock Youth Justice Service is added in this browser, not published \(figures from thurrock-2019\.txt\)\. Its service in the register is Thurrock/);
		expect(await page.locator('h1').innerText()).toBe('Peers: Thurrock among its statistical neighbours');
		// The peer group is Thurrock's, the same as the published service's.
		const card = page.locator('[data-testid="peers-card"]');
		await card.waitFor();
		const added = await card.locator('h2').first().innerText();
		expect(await page.locator('[data-testid="peers-profile"]').getAttribute('href')).toMatch(/\/add\/view\?id=added-thurrock-2019$/);
		expect(await page.locator('[data-testid="peers-board-pack"]').count()).toBe(0);
		await ready(page, '/peers?service=thurrock');
		await card.waitFor();
		expect(await card.locator('h2').first().innerText()).toBe(added);

		// Removed from the notice on /peers: the link now names a report this browser does not hold, and says which.
		await ready(page, '/peers?service=added-thurrock');
		await scope.waitFor();
		await page.getByRole('button', { name: 'Remove Thurrock Youth Justice Service from this browser' }).click();
		await page.locator('[data-testid="added-notice"] [role="status"]', { hasText: 'was removed from this browser' }).waitFor();
		await page.locator('[data-testid="added-missing"]', { hasText: 'report of thurrock' }).waitFor();
		expect(await page.locator('#peers-service option[value="added-thurrock"]').count()).toBe(0);
		expect(watched.pageErrors).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);

	it("shows a report added for a register service on that service's published page, labelled, with its profile link and remove button", async () => {
		const watched = await watchedContext(browser);
		const page = await watched.open('/add');
		await page.locator('.db-status:not([data-status="idle"])').waitFor();
		// Testshire renamed Derby: a register service with no report published here, so its page is the register's.
		const derby = testshire().replace(/Testshire/g, 'Derby');
		await page.locator('[data-testid="report-file"]').setInputFiles({ name: 'derby.txt', mimeType: 'text/plain', buffer: Buffer.from(derby) });
		await page.locator('[data-testid="add-report"]').click({ timeout: 60_000 });
		await page.locator('[data-testid="store-message"]', { hasText: 'was added in this browser' }).waitFor();

		await ready(page, '/services/derby');
		const section = page.locator('[data-testid="profile-added"]');
		await section.waitFor({ timeout: 30_000 });
		expect(await section.locator('h2').innerText()).toContain('added in this browser, not published');
		const item = section.locator('[data-testid="profile-added-item"][data-inspection="added-derby-2022"]');
		await item.locator('[data-testid="profile-added-score"]', { hasText: '23/36' }).waitFor({ timeout: 30_000 });
		expect(await item.innerText()).toMatch(/derby\.txt[\s\S]*23\/36[\s\S]*derby\.txt, line 97/);
		expect(await item.locator('[data-testid="profile-added-link"]').getAttribute('href')).toBe('/add/view?id=added-derby-2022');
		// The published page is unchanged: its own headline and history.
		expect(await page.locator('[data-testid="inspection-history"]').count()).toBe(1);

		// Another service's page does not show it.
		await ready(page, '/services/derbyshire');
		await page.waitForTimeout(1000);
		expect(await page.locator('[data-testid="profile-added-item"]').count()).toBe(0);

		await ready(page, '/services/derby');
		await page.getByRole('button', { name: /^Remove Derby Youth Justice Service from this browser$/ }).click();
		await page.locator('[data-testid="profile-added"] [role="status"]', { hasText: 'was removed from this browser' }).waitFor();
		expect(await page.locator('[data-testid="profile-added-item"]').count()).toBe(0);
		expect(watched.pageErrors).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);

	it('a link naming an added service this browser does not hold opens with a notice naming the report it needs', async () => {
		const watched = await watchedContext(browser);
		const page = await watched.open(`/add/view?id=${INSPECTION}`);
		const missing = page.locator('[data-testid="added-missing"]');
		await missing.waitFor({ timeout: 30_000 });
		expect(await missing.innerText()).toMatch(/added-testshire-2022, an inspection added in another browser[\s\S]*report of testshire/);
		expect(await page.locator('h1').innerText()).toBe('Inspection added in this browser');

		await ready(page, `/standards?services=${SERVICE},suffolk`);
		await page.locator('[data-testid="added-missing"]', { hasText: 'report of testshire' }).waitFor();
		// The published service of the link is still applied.
		await page.locator('[data-testid="standard-dots"] [data-service="suffolk"]').waitFor();
		expect(await page.locator('[data-testid="standard-dots"] [data-service]').count()).toBe(1);

		// /context and /peers likewise: the notice names the report; the published part of the link is applied.
		await ready(page, `/context?services=${SERVICE},suffolk`);
		await page.locator('[data-testid="added-missing"]', { hasText: 'report of testshire' }).waitFor();
		await page.locator('[data-testid="report-figures-chart"] [data-service="suffolk"]').waitFor();
		expect(await page.locator('[data-testid="report-figures-chart"] [data-service]').count()).toBe(1);
		await ready(page, `/peers?service=${SERVICE}&measure=spend`);
		await page.locator('[data-testid="added-missing"]', { hasText: 'report of testshire' }).waitFor();
		expect(await page.locator('#peers-measure').inputValue()).toBe('spend');
		expect(await page.locator('[data-testid="peers-card"]').count()).toBe(1);

		// Compare and disproportionality: the same notice, not an error, and the published service of the link applied.
		await ready(page, `/compare?services=${SERVICE},suffolk`);
		await page.locator('[data-testid="added-missing"]', { hasText: 'report of testshire' }).waitFor();
		await page.locator('section.side-by-side[data-origin="live"]').waitFor({ timeout: 30_000 });
		expect(await page.$$eval('[data-testid="compare-table"] thead th[data-id]', (ths) => ths.map((t) => t.getAttribute('data-id')))).toEqual(['suffolk']);
		expect(await page.locator('[data-testid="url-notices"]').count()).toBe(0);
		await ready(page, `/disproportionality?services=${SERVICE},suffolk`);
		await page.locator('[data-testid="added-missing"]', { hasText: 'report of testshire' }).waitFor();
		await page.locator('[data-testid="demographic-dot-plot"] [data-service="suffolk"]').waitFor();
		expect(await page.locator('[data-testid="demographic-dot-plot"] [data-service]').count()).toBe(1);
		expect(await page.locator('[data-testid="url-notices"]').count()).toBe(0);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	}, SLOW);
});
