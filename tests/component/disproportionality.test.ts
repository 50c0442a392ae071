/**
 * The disproportionality charts rendered from hand-made rows whose figures
 * were read from the reports: west-sussex.txt:997-999 (caseload 76 / 18 / 6%,
 * youth population 91.4 / 8.6% and "-"), thurrock.txt:357-358 (62 / 27 / 12%
 * against 81 / 19 / 0%), suffolk.txt:392 (girls 20% of the caseload, prose
 * only), thurrock.txt:575 (SEND 27%).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import DemographicDotPlot from '../../src/lib/charts/disproportionality/DemographicDotPlot.svelte';
import RelativeRateChart from '../../src/lib/charts/disproportionality/RelativeRateChart.svelte';
import CareStatusChart from '../../src/lib/charts/disproportionality/CareStatusChart.svelte';
import { shapeCare, shapeDemographics } from '../../src/lib/views/disproportionality/model';
import type { CareFactRow, DemographicRow } from '../../src/lib/db/queries/disproportionality';

afterEach(cleanup);

/** A chart's focusable marks, in the order the arrow keys visit them. */
const marksOf = (container: Element) =>
	[...container.querySelectorAll<SVGGElement>('[data-roving-index]')].sort((a, b) => Number(a.dataset.rovingIndex) - Number(b.dataset.rovingIndex));

/** One tab stop: `stop` has tabindex 0 and every other mark -1. */
function expectOneTabStop(marks: SVGGElement[], stop: SVGGElement) {
	expect(marks.length).toBeGreaterThan(1);
	expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toEqual([stop]);
	expect(marks.filter((m) => m !== stop).every((m) => m.getAttribute('tabindex') === '-1')).toBe(true);
}

/** The tooltip is about `mark`: each part of its title ("Thurrock 2022: White") is in the mark's reading. */
function expectTooltipFor(mark: SVGGElement) {
	const title = screen.getByRole('tooltip').querySelector('strong')?.textContent ?? '';
	expect(title).not.toBe('');
	for (const part of title.split(': ')) expect(mark.getAttribute('aria-label')).toContain(part);
}

/** Press `key` on `from`: focus, the one tab stop and the tooltip move to `to`. */
async function pressOn(from: SVGGElement, key: string, to: SVGGElement) {
	await fireEvent.keyDown(from, { key });
	expect(document.activeElement).toBe(to);
	expectOneTabStop(marksOf(from.closest('svg')!), to);
	expectTooltipFor(to);
}

/** Every mark in turn with ArrowDown (staying on the last), then Home, End and ArrowUp. */
async function walk(marks: SVGGElement[]) {
	expectOneTabStop(marks, marks[0]);
	marks[0].focus();
	await fireEvent.focus(marks[0]);
	expectTooltipFor(marks[0]);
	const titles = [screen.getByRole('tooltip').querySelector('strong')?.textContent];
	for (let i = 1; i < marks.length; i++) {
		await pressOn(marks[i - 1], 'ArrowDown', marks[i]);
		titles.push(screen.getByRole('tooltip').querySelector('strong')?.textContent);
	}
	expect(new Set(titles).size).toBe(marks.length);
	await pressOn(marks.at(-1)!, 'ArrowDown', marks.at(-1)!);
	await pressOn(marks.at(-1)!, 'Home', marks[0]);
	await pressOn(marks[0], 'End', marks.at(-1)!);
	await pressOn(marks.at(-1)!, 'ArrowUp', marks.at(-2)!);
}

/** The chart's links as [href, text], each checked to be outside any role="img" (whose children screen readers skip). */
function links(container: Element): [string, string][] {
	const anchors = [...container.querySelectorAll('svg a')];
	for (const a of anchors) expect(a.closest('[role="img"]')).toBeNull();
	return anchors.map((a) => [a.getAttribute('href') ?? '', (a.textContent ?? '').trim()]);
}

const ws = { service_id: 'west-sussex', service_name: 'West Sussex YJS', local_authority: 'West Sussex', inspection_id: 'west-sussex-2022', fieldwork: '2022-03-14' };
const th = { service_id: 'thurrock', service_name: 'Thurrock Youth Justice Service', local_authority: 'Thurrock', inspection_id: 'thurrock-2022', fieldwork: '2022-05' };
const sf = { service_id: 'suffolk', service_name: 'Suffolk Youth Justice Service', local_authority: 'Suffolk', inspection_id: 'suffolk-2022', fieldwork: '2022-06-27' };

const share = (svc: typeof ws, category: string, population: 'caseload' | 'comparator', label: string, pct: number, line: number): DemographicRow => ({
	...svc,
	dimension: 'ethnicity',
	category,
	population,
	population_label: label,
	pct,
	source: `data/reports/${svc.service_id}.txt:${line}`
});

const WS_POP = 'Youth population (10-17 years) in West Sussex YJS';
const TH_POP = 'Youth population (school age children) in Thurrock';
const ROWS: DemographicRow[] = [
	share(ws, 'white', 'caseload', 'West Sussex YJS', 76, 997),
	share(ws, 'black_asian_minority_ethnic', 'caseload', 'West Sussex YJS', 18, 997),
	share(ws, 'unknown', 'caseload', 'West Sussex YJS', 6, 997),
	share(ws, 'white', 'comparator', WS_POP, 91.4, 999),
	share(ws, 'black_asian_minority_ethnic', 'comparator', WS_POP, 8.6, 999),
	share(th, 'white', 'caseload', 'Thurrock YOS', 62, 357),
	share(th, 'black_asian_minority_ethnic', 'caseload', 'Thurrock YOS', 27, 357),
	share(th, 'unknown', 'caseload', 'Thurrock YOS', 12, 357),
	share(th, 'white', 'comparator', TH_POP, 81, 358),
	share(th, 'black_asian_minority_ethnic', 'comparator', TH_POP, 19, 358),
	share(th, 'unknown', 'comparator', TH_POP, 0, 358),
	// Suffolk prints no demographic table: the LEFT JOIN gives one row with no share.
	{ ...sf, dimension: null, category: null, population: null, population_label: null, pct: null, source: null }
];

const fact = (svc: typeof ws, measure: string | null, value: number | null, line: number | null, prose = false, text = ''): CareFactRow => ({
	...svc,
	measure,
	value,
	unit: value === null ? null : '%',
	period: null,
	from_prose: prose,
	approximate: false,
	source_text: text,
	note: null,
	source: line === null ? null : `data/reports/${svc.service_id}.txt:${line}`
});
const FACTS: CareFactRow[] = [
	fact(sf, 'caseload_girls_pct', 20, 392, true, 'The organisational data showed that girls make up 20 per cent of the caseload.'),
	fact(th, 'send_pct', 27, 575),
	fact(ws, null, null, null)
];

const ALL = ['suffolk', 'thurrock', 'west-sussex'];

describe('DemographicDotPlot', () => {
	const model = shapeDemographics(ROWS, FACTS, { dimension: 'ethnicity', services: ALL });

	it('draws a caseload dot and a comparator diamond per printed share, joined, with the values written out', () => {
		const { container } = render(DemographicDotPlot, { model, titleId: 't', summaryId: 's' });
		const svg = screen.getByTestId('demographic-dot-plot');
		expect(svg.getAttribute('aria-labelledby')).toBe('t');
		expect(svg.getAttribute('aria-describedby')).toBe('s');
		const ws = container.querySelector('[data-service="west-sussex"]')!;
		expect(ws.querySelectorAll('.caseload-mark')).toHaveLength(3);
		// West Sussex prints no population share for Unknown: no diamond, no connector there.
		expect(ws.querySelectorAll('.comparator-mark')).toHaveLength(2);
		expect(ws.querySelectorAll('.connector')).toHaveLength(2);
		const bame = ws.querySelector('[data-category="black_asian_minority_ethnic"]')!;
		expect(bame.querySelector('.values')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('18% · 8.6%');
		expect(bame.getAttribute('aria-label')).toContain('18% of the caseload (West Sussex YJS); 8.6% for Youth population (10-17 years) in West Sussex YJS');
		expect(ws.querySelector('[data-category="unknown"] .values')?.textContent).toContain('not printed');
		expect(ws.textContent).toContain(`vs “${WS_POP}”`);
		// Thurrock's population share for Unknown is a printed 0%: a real mark at 0.
		expect(container.querySelector('[data-service="thurrock"] [data-category="unknown"]')?.getAttribute('data-comparator')).toBe('0');
	});

	it('says "Not reported in this inspection" for Suffolk, with no marks', () => {
		const { container } = render(DemographicDotPlot, { model, titleId: 't', summaryId: 's' });
		const suffolk = container.querySelector('[data-service="suffolk"]')!;
		expect(suffolk.getAttribute('data-status')).toBe('not-reported');
		expect(suffolk.textContent).toContain('Not reported in this inspection');
		expect(suffolk.querySelectorAll('circle, path')).toHaveLength(0);
	});

	it('quotes the prose figure for gender, marked as from the text', () => {
		const gender = shapeDemographics(ROWS, FACTS, { dimension: 'gender', services: ['suffolk'] });
		const { container } = render(DemographicDotPlot, { model: gender, titleId: 't', summaryId: 's' });
		// Wrapped over several <text> lines: read them as one sentence.
		const text = [...container.querySelectorAll('[data-service="suffolk"] text')].map((t) => t.textContent).join(' ');
		expect(text).toContain("No table in this report; it states these shares in its text:");
		expect(text).not.toContain('Not reported in this inspection');
		expect(text).toContain('girls make up 20 per cent');
		expect(text).toContain('suffolk.txt:392');
	});

	it('quotes a sentence once when two figures are read from it', () => {
		const sentence = 'Of the children who are cautioned or sentenced 55 per cent identify as white. Black and minority ethnic children make up 34 per cent.';
		const facts = [
			fact(sf, 'cautioned_sentenced_minority_ethnic_pct', 34, 386, true, sentence),
			fact(sf, 'cautioned_sentenced_white_pct', 55, 386, true, sentence)
		];
		const ethnicity = shapeDemographics(ROWS, facts, { dimension: 'ethnicity', services: ['suffolk'] });
		expect(ethnicity.services[0].prose).toHaveLength(2);
		const { container } = render(DemographicDotPlot, { model: ethnicity, titleId: 't', summaryId: 's' });
		const text = [...container.querySelectorAll('[data-service="suffolk"] text')].map((t) => t.textContent).join(' ');
		expect(text.split('Of the children who are cautioned').length - 1).toBe(1);
	});

	// Was: this row has tabindex="0" (every row its own tab stop). Now the chart is one tab stop.
	it('shows a tooltip on keyboard focus with the source line; one tab stop, ArrowDown moves to the next row and the tooltip follows', async () => {
		const { container } = render(DemographicDotPlot, { model, titleId: 't', summaryId: 's' });
		const row = container.querySelector<SVGGElement>('[data-service="thurrock"] [data-category="white"]')!;
		expectOneTabStop(marksOf(container), row);
		row.focus();
		await fireEvent.focus(row);
		const tip = screen.getByRole('tooltip').textContent!;
		expect(tip).toContain('Thurrock 2022: White');
		expect(tip).toContain('thurrock.txt:357');
		const next = container.querySelector<SVGGElement>('[data-service="thurrock"] [data-category="black_asian_minority_ethnic"]')!;
		await pressOn(row, 'ArrowDown', next);
		expect(screen.getByRole('tooltip').textContent).toContain('Thurrock 2022: Black, Asian and minority ethnic');
	});

	it('moves in reading order across services with the arrow keys, Home and End', async () => {
		const { container } = render(DemographicDotPlot, { model, titleId: 't', summaryId: 's' });
		const marks = marksOf(container);
		// Thurrock's three groups, then West Sussex's (Suffolk has no table, so no marks).
		expect(marks.map((m) => `${m.closest('.service')!.getAttribute('data-service')}:${m.getAttribute('data-category')}`)).toEqual([
			'thurrock:white',
			'thurrock:black_asian_minority_ethnic',
			'thurrock:unknown',
			'west-sussex:white',
			'west-sussex:black_asian_minority_ethnic',
			'west-sussex:unknown'
		]);
		await walk(marks);
	});

	it("links each published service's heading to its profile (outside every role=\"img\"); an added report's is not a link", async () => {
		const added = { service_id: 'added-testshire', service_name: 'Testshire YJS', local_authority: 'Testshire', inspection_id: 'added-testshire-2023', fieldwork: '2023-01' };
		const rows = [...ROWS, share(added, 'white', 'caseload', 'Testshire YJS', 70, 1)];
		const withAdded = shapeDemographics(rows, FACTS, { dimension: 'ethnicity', services: [...ALL, added.service_id] });
		const { container } = render(DemographicDotPlot, { model: withAdded, titleId: 't', summaryId: 's', base: '/yjs' });
		expect(links(container)).toEqual([
			['/yjs/services/suffolk', 'Suffolk (2022)'],
			['/yjs/services/thurrock', 'Thurrock (2022)'],
			['/yjs/services/west-sussex', 'West Sussex (2022)']
		]);
		const testshire = container.querySelector('[data-service="added-testshire"]')!;
		expect(testshire.querySelector('.service-name')?.textContent).toBe('Testshire (2023)');
		expect(testshire.querySelector('a')).toBeNull();
	});
});

describe('RelativeRateChart', () => {
	const model = shapeDemographics(ROWS, FACTS, { dimension: 'ethnicity', services: ALL });

	it('draws a reference line at 1.0 and each rate with its value', () => {
		const { container } = render(RelativeRateChart, { model, titleId: 't', summaryId: 's' });
		expect(screen.getByTestId('reference-line')).toBeTruthy();
		expect(container.textContent).toContain('1.0 = same share as the population');
		const rates = [...container.querySelectorAll('.rate-row')].map((r) => [r.getAttribute('data-service'), r.getAttribute('data-category'), r.querySelector('.value')?.textContent]);
		expect(rates).toEqual([
			['thurrock', 'white', '0.77×'],
			['thurrock', 'black_asian_minority_ethnic', '1.42×'],
			['thurrock', 'unknown', undefined],
			['west-sussex', 'white', '0.83×'],
			['west-sussex', 'black_asian_minority_ethnic', '2.09×'],
			['west-sussex', 'unknown', undefined]
		]);
		// No dot for a rate that cannot be computed; the reason instead.
		const unknown = container.querySelector('[data-service="thurrock"][data-category="unknown"]')!;
		expect(unknown.querySelector('circle')).toBeNull();
		expect(unknown.textContent).toContain('No rate: the population share is printed as 0%');
		// Suffolk has no table, so no rate row at all.
		expect(container.querySelector('[data-service="suffolk"]')).toBeNull();
	});

	it('is one tab stop; the arrow keys, Home and End move along the rows in order, the tooltip following', async () => {
		const { container } = render(RelativeRateChart, { model, titleId: 't', summaryId: 's' });
		const marks = marksOf(container);
		expect(marks).toEqual([...container.querySelectorAll('.rate-row')]);
		expect(marks).toHaveLength(6);
		await walk(marks);
	});

	it("links each service's name, on its first row, to its profile (outside every role=\"img\")", () => {
		const { container } = render(RelativeRateChart, { model, titleId: 't', summaryId: 's', base: '' });
		expect(links(container)).toEqual([
			['/services/thurrock', 'Thurrock'],
			['/services/west-sussex', 'West Sussex']
		]);
	});
});

describe('CareStatusChart', () => {
	it('draws a bar for a printed share and "Not reported in this inspection" for the others', () => {
		const model = shapeCare(FACTS, { services: ALL });
		const { container } = render(CareStatusChart, { model, titleId: 't', summaryId: 's' });
		const rows = [...container.querySelectorAll('[data-measure="send_pct"] .bar-row')];
		expect(rows.map((r) => [r.getAttribute('data-service'), r.getAttribute('data-value')])).toEqual([
			['suffolk', ''],
			['thurrock', '27'],
			['west-sussex', '']
		]);
		expect(rows[1].querySelector('.value')?.textContent).toBe('27%');
		expect(rows[0].textContent).toContain('Not reported in this inspection');
		expect(rows[0].querySelectorAll('rect:not(.hit)')).toHaveLength(0);
	});

	// Two measures (thurrock.txt:397 35%, west-sussex.txt:1052 15.7% with a child in need plan): the keys cross from one to the next.
	const twoMeasures = [...FACTS, fact(th, 'child_in_need_plan_pct', 35, 397), fact(ws, 'child_in_need_plan_pct', 15.7, 1052)];

	it('is one tab stop; the arrow keys, Home and End move along the bars in reading order across measures, the tooltip following', async () => {
		const model = shapeCare(twoMeasures, { services: ALL });
		const { container } = render(CareStatusChart, { model, titleId: 't', summaryId: 's' });
		const marks = marksOf(container);
		expect(marks.map((m) => `${m.closest('.measure')!.getAttribute('data-measure')}:${m.getAttribute('data-service')}`)).toEqual([
			'child_in_need_plan_pct:suffolk',
			'child_in_need_plan_pct:thurrock',
			'child_in_need_plan_pct:west-sussex',
			'send_pct:suffolk',
			'send_pct:thurrock',
			'send_pct:west-sussex'
		]);
		await walk(marks);
	});

	it("links each published service's name to its profile once, in the first measure (outside every role=\"img\"); an added report's is not a link", () => {
		const added = { service_id: 'added-testshire', service_name: 'Testshire YJS', local_authority: 'Testshire', inspection_id: 'added-testshire-2023', fieldwork: '2023-01' };
		const model = shapeCare([...twoMeasures, fact(added, 'send_pct', 30, 1)], { services: [...ALL, added.service_id] });
		const { container } = render(CareStatusChart, { model, titleId: 't', summaryId: 's', base: '/yjs' });
		const published = [
			['/yjs/services/suffolk', 'Suffolk'],
			['/yjs/services/thurrock', 'Thurrock'],
			['/yjs/services/west-sussex', 'West Sussex']
		];
		// One link a service, not one a measure: the tab order stays short.
		expect(links(container)).toEqual(published);
		const names = [...container.querySelectorAll('[data-measure="send_pct"] .row-label')].map((t) => [t.textContent, t.closest('a')?.getAttribute('href') ?? null]);
		expect(names).toContainEqual(['Testshire', null]);
	});
});
