/**
 * The compare view's picker, charts and side-by-side table, from hand-made
 * rows whose figures were read from the reports and static/data:
 * suffolk.txt:97 (9/36, Requires improvement), thurrock.txt:97 (26/36, Good),
 * 2.2 Planning Suffolk Inadequate / Thurrock Good, suffolk.txt:494 (43%),
 * national_scores.csv (Thurrock thurrockyos 26, 2022-08-23), la_indicators.csv
 * (Thurrock first-time entrants 2024: 168).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ServicePicker from '../../src/lib/views/compare/ServicePicker.svelte';
import CompareScoreChart from '../../src/lib/charts/compare/CompareScoreChart.svelte';
import CompareStandardsGrid from '../../src/lib/charts/compare/CompareStandardsGrid.svelte';
import CompareTable from '../../src/lib/charts/compare/CompareTable.svelte';
import { buildCatalogue, entitiesFor } from '../../src/lib/views/compare/catalogue';
import { shapeCompare, type CompareData } from '../../src/lib/views/compare/model';
import type { LaEntityRow, NationalEntityRow, RegisterEntityRow, ReportEntityRow } from '../../src/lib/db/queries/compare';

afterEach(cleanup);

const report = (id: string, name: string, la: string, laNumber: number, fieldwork: string, score: number, rating: string): ReportEntityRow => ({
	entity_id: id,
	service_id: id,
	service_name: name,
	local_authority: la,
	country: 'England',
	region: 'East of England',
	dfe_la_number: laNumber,
	inspection_id: `${id}-2022`,
	fieldwork,
	published: null,
	framework: 'revised',
	score,
	score_max: 36,
	overall_rating: rating,
	overall_rating_source: `data/reports/${id}.txt:101`,
	score_source: `data/reports/${id}.txt:97`
});
const REPORTS = [
	report('suffolk', 'Suffolk Youth Justice Service', 'Suffolk', 935, '2022-06-27', 9, 'Requires improvement'),
	report('thurrock', 'Thurrock Youth Justice Service', 'Thurrock', 883, '2022-05', 26, 'Good')
];
const NATIONAL: NationalEntityRow[] = [
	{
		entity_id: 'hmip:thurrockyos',
		service: 'Thurrock',
		hmip_ref: 'thurrockyos',
		published: '2022-08-23',
		published_as_stated: '2022-08-23',
		framework: 'youth-2018',
		score: 26,
		score_basis: 'scraped_ratings_page',
		overall_rating: 'Good',
		rating_basis: 'score_band',
		comparable: true,
		flag: null,
		report_url: null,
		source: 'hmip_yjs_overall_scores_2021_2025.csv',
		la_names: 'Thurrock',
		country: 'England'
	}
];
const LAS: LaEntityRow[] = [
	{ entity_id: 'la:935', la_name: 'Suffolk', dfe_la_number: 935, region: 'East of England' },
	{ entity_id: 'la:883', la_name: 'Thurrock', dfe_la_number: 883, region: 'East of England' }
];
/** Register rows as static/data/service_register.csv and inspection_history.csv give them (Derby: derby-2025; Cardiff: cardiff-2020). */
const registerRow = (id: string, name: string, nation: string, la: string, laNumber: number | null, report: boolean, latest: Partial<RegisterEntityRow>): RegisterEntityRow => ({
	entity_id: id,
	service_id: id,
	service_name: name,
	nation,
	region: null,
	joint: false,
	la_names: la,
	report_service_id: report ? id : null,
	inspection_key: null,
	framework: null,
	variant: null,
	published_label: null,
	overall_rating: null,
	rating_source: null,
	score: null,
	score_source: null,
	comparable: null,
	lait_la_names: laNumber !== null ? la : null,
	lait_la_numbers: laNumber !== null ? String(laNumber) : null,
	inspections: null,
	...latest
});
const REGISTER: RegisterEntityRow[] = [
	registerRow('cardiff', 'Cardiff', 'Wales', 'Cardiff', null, false, {
		inspection_key: 'cardiff-2020',
		framework: 'youth-2018',
		variant: 'original',
		published_label: 'Jul 2020',
		overall_rating: 'Inadequate',
		rating_source: 'https://www.careinspectorate.wales/200702-cardiff-youth-offending-service-rated-inadequate-during-joint-inspection',
		comparable: false,
		inspections: '2020 Inadequate'
	}),
	registerRow('derby', 'Derby', 'England', 'Derby', 831, false, {
		inspection_key: 'derby-2025',
		framework: 'youth-2025',
		published_label: 'Sep 2025',
		overall_rating: 'Outstanding',
		rating_source: 'https://hmiprobation.justiceinspectorates.gov.uk/document/an-inspection-of-youth-justice-work-with-children-and-victims-in-derby-city-2025',
		comparable: false,
		inspections: '2025 Outstanding'
	}),
	registerRow('derbyshire', 'Derbyshire', 'England', 'Derbyshire', 830, false, {}),
	registerRow('suffolk', 'Suffolk', 'England', 'Suffolk', 935, true, { inspection_key: 'suffolk-2022', framework: 'youth-2018', score: 9, comparable: true, inspections: '2023 Requires improvement' }),
	registerRow('thurrock', 'Thurrock', 'England', 'Thurrock', 883, true, { inspection_key: 'thurrock-2022', framework: 'youth-2018', score: 26, comparable: true, inspections: '2022 Good' })
];
const catalogue = buildCatalogue(REGISTER, REPORTS, NATIONAL, LAS);

const DATA: CompareData = {
	ratings: [
		{ service_id: 'suffolk', inspection_id: 'suffolk-2022', standard_code: '2.2', standard_name: 'Planning', rating: 'Inadequate', in_score: true, source: 'data/reports/suffolk.txt:141' },
		{ service_id: 'thurrock', inspection_id: 'thurrock-2022', standard_code: '2.2', standard_name: 'Planning', rating: 'Good', in_score: true, source: 'data/reports/thurrock.txt:141' }
	],
	keyQuestions: [
		{
			service_id: 'suffolk',
			inspection_id: 'suffolk-2022',
			standard_code: '2.4',
			aspect: 'safety_of_others',
			question: 'Does reviewing focus sufficiently on keeping other people safe?',
			pct_yes: 43,
			n_yes: null,
			n_cases: 23,
			derived: false,
			source: 'data/reports/suffolk.txt:494',
			// Suffolk's 23 court cases (suffolk.txt:400); Wilson 95% of 43% of 23.
			n_cases_basis: 'domain_cases_inspected',
			ci_low: 25.2,
			ci_high: 62.8
		}
	],
	facts: [],
	la: [{ dfe_la_number: 883, measure: 'first_time_entrant_rate', value: 168, suppressed: false, flag: null }],
	laLatest: [{ measure: 'first_time_entrant_rate', year: 2024, period: '2024', unit: 'rate_per_100k_10_17', source: 'DfE LAIT bds_long_0.parquet @2e30e39, measure FirstYJS' }],
	national: NATIONAL
};

describe('ServicePicker', () => {
	function setup(chosenIds: string[] = []) {
		const onadd = vi.fn();
		const onremove = vi.fn();
		render(ServicePicker, { catalogue, chosen: entitiesFor(catalogue, chosenIds), max: 8, onadd, onremove });
		const input = screen.getByRole('combobox', { name: /Add a service/ });
		return { input, onadd, onremove };
	}

	it('is a combobox that lists one option per service, best match first; the first ArrowDown highlights the first option', async () => {
		const { input, onadd } = setup();
		expect(input.getAttribute('aria-expanded')).toBe('false');
		const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
		expect(listbox.getAttribute('role')).toBe('listbox');
		await fireEvent.input(input, { target: { value: 'thur' } });
		expect(input.getAttribute('aria-expanded')).toBe('true');
		// One entry for Thurrock: its national-table row and local authority are inside it, not separate options.
		expect(within(listbox).getAllByRole('option').map((o) => o.getAttribute('data-id'))).toEqual(['thurrock']);

		await fireEvent.input(input, { target: { value: 'derby' } });
		const options = within(listbox).getAllByRole('option');
		expect(options.map((o) => o.getAttribute('data-id'))).toEqual(['derby', 'derbyshire']);
		// Typing activates nothing; the first ArrowDown highlights the first option, not the second.
		expect(input.getAttribute('aria-activedescendant')).toBeNull();
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
		expect(options[0].getAttribute('aria-selected')).toBe('true');
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
		await fireEvent.keyDown(input, { key: 'ArrowUp' });
		await fireEvent.keyDown(input, { key: 'ArrowUp' });
		// Wraps round to the last option.
		expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onadd).toHaveBeenCalledWith('derbyshire');
		expect(input.getAttribute('aria-expanded')).toBe('false');
	});

	it('adds the best match with Enter when no option is active', async () => {
		const { input, onadd } = setup();
		await fireEvent.input(input, { target: { value: 'derby' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onadd).toHaveBeenCalledWith('derby');
	});

	it('says in each option why a measure is missing', async () => {
		const { input } = setup();
		await fireEvent.input(input, { target: { value: 'cardiff' } });
		const [option] = screen.getAllByRole('option');
		expect(option.textContent).toContain('Cardiff');
		expect(option.textContent).toContain('Welsh services have no LAIT figures; inspections: 2020 Inadequate');
		await fireEvent.input(input, { target: { value: 'derby' } });
		expect(screen.getAllByRole('option')[0].textContent).toContain('latest on the 2025 framework, which has no score');
	});

	it('closes with Escape, then clears the text with a second Escape', async () => {
		const { input } = setup();
		await fireEvent.input(input, { target: { value: 'suff' } });
		expect(input.getAttribute('aria-expanded')).toBe('true');
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(input.getAttribute('aria-expanded')).toBe('false');
		expect((input as HTMLInputElement).value).toBe('suff');
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect((input as HTMLInputElement).value).toBe('');
	});

	it('leaves chosen items out of the list and shows them as chips with named remove buttons', async () => {
		const { input, onremove } = setup(['thurrock']);
		await fireEvent.input(input, { target: { value: 'thurrock' } });
		expect(screen.queryAllByRole('option')).toHaveLength(0);
		const remove = screen.getByRole('button', { name: 'Remove Thurrock Youth Justice Service (Inspection report, fieldwork May 2022)' });
		await fireEvent.click(remove);
		expect(onremove).toHaveBeenCalledWith('thurrock');
	});

	it('says when nothing matches', async () => {
		const { input } = setup();
		await fireEvent.input(input, { target: { value: 'zzzz' } });
		expect(screen.getByText(/No service or local authority matches/)).toBeTruthy();
		expect(screen.queryAllByRole('option')).toHaveLength(0);
	});
});

describe('compare charts and table', () => {
	const model = shapeCompare(entitiesFor(catalogue, ['thurrock', 'suffolk', 'la:883']), DATA);

	it('draws a score bar per inspection and words the missing score of a local authority', () => {
		const { container } = render(CompareScoreChart, { model: model.scores, titleId: 't', summaryId: 's' });
		const rows = [...container.querySelectorAll('.bar-row')];
		expect(rows.map((r) => [r.getAttribute('data-id'), r.getAttribute('data-score'), r.getAttribute('data-rating')])).toEqual([
			['suffolk', '9', 'Requires improvement'],
			['thurrock', '26', 'Good'],
			['la:883', '', '']
		]);
		expect(rows[1].querySelector('.value')?.textContent?.trim()).toBe('26/36 Good');
		expect(rows[2].querySelector('rect:not(.hit)')).toBeNull();
		expect(rows[2].textContent).toContain('Not reported: a local authority, not an inspection');
	});

	it('grids the standards with letters, marks the differing ones, and says "Not reported" for a local authority', () => {
		const { container } = render(CompareStandardsGrid, { model: model.standards, titleId: 't', summaryId: 's' });
		const cell = (id: string, code: string) => container.querySelector(`[data-id="${id}"] [data-standard="${code}"]`);
		expect(cell('suffolk', '2.2')?.getAttribute('data-rating')).toBe('Inadequate');
		expect(cell('suffolk', '2.2')?.textContent?.trim()).toBe('I');
		expect(cell('thurrock', '2.2')?.textContent?.trim()).toBe('G');
		// Not in this fixture's rows: a dashed, unrated cell, never a rating.
		expect(cell('thurrock', '1.1')?.getAttribute('data-rating')).toBe('not rated');
		expect(container.querySelector('[data-differs="2.2"]')).toBeTruthy();
		const la = container.querySelector('[data-id="la:883"]')!;
		expect(la.getAttribute('data-status')).toBe('not-reported');
		expect(la.querySelectorAll('.cell')).toHaveLength(0);
	});

	it('puts every measure side by side with "Not reported" cells and source links', () => {
		render(CompareTable, { entities: model.entities, sections: model.sections, caption: 'Every measure' });
		const table = screen.getByTestId('compare-table');
		const headers = within(table).getAllByRole('columnheader').map((h) => h.querySelector('.col-name')?.textContent ?? h.textContent);
		expect(headers).toEqual(['Measure', 'Suffolk (report 2022)', 'Thurrock (report 2022)', 'Thurrock (LA)']);
		const kq = table.querySelector('[data-row="kq:2.4|safety_of_others"]')!;
		const cells = [...kq.querySelectorAll('td')];
		expect(cells[0].textContent).toContain('43%');
		expect(cells[0].querySelector('a')?.getAttribute('href')).toBe('/sources/suffolk#L494');
		expect(cells[1].getAttribute('data-missing')).toBe('true');
		expect(cells[1].textContent?.trim()).toBe('Not reported in this inspection');
		expect(cells[2].textContent?.trim()).toBe('Not reported');
		const fte = [...table.querySelector('[data-row="la:first_time_entrant_rate"]')!.querySelectorAll('td')];
		expect(fte.map((c) => c.querySelector('.value')?.textContent)).toEqual(['Not reported: no figure for 2024', '168', '168']);
		// A local authority has no report figures, so none is shared by all columns: said in words.
		expect(table.querySelector('[data-section="facts"] .section-empty')?.textContent).toBe(
			'No report figure is shared by all the chosen columns: Thurrock (LA) has no inspection report in this dashboard.'
		);
	});
});

describe('compare charts: one tab stop, arrow keys, profile links', () => {
	const model = shapeCompare(entitiesFor(catalogue, ['thurrock', 'suffolk', 'la:883']), DATA);
	const ids = { titleId: 't', summaryId: 's' };
	/** The chart's label links, as [text, href]. */
	const links = (container: Element) => [...container.querySelectorAll('svg a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

	it('the score chart is one tab stop; the arrow keys, Home and End move focus between rows with their tooltip', async () => {
		const { container } = render(CompareScoreChart, { model: model.scores, ...ids });
		const rows = [...container.querySelectorAll<SVGGElement>('.bar-row')];
		expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
		expect(rows.map((r) => r.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
		rows[0].focus();
		await fireEvent.keyDown(rows[0], { key: 'ArrowDown' });
		expect(document.activeElement).toBe(rows[1]);
		expect(screen.getByRole('tooltip').textContent).toContain('26/36, Good');
		expect(rows.map((r) => r.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
		await fireEvent.keyDown(rows[1], { key: 'End' });
		expect(document.activeElement).toBe(rows[2]);
		expect(screen.getByRole('tooltip').textContent).toContain('Not reported: a local authority, not an inspection');
		await fireEvent.keyDown(rows[2], { key: 'Home' });
		expect(document.activeElement).toBe(rows[0]);
	});

	it("the score chart links a service's name to its profile, beside its mark; a local authority's name is not a link", () => {
		const { container } = render(CompareScoreChart, { model: model.scores, ...ids, base: '/yjs' });
		expect(links(container)).toEqual([
			['Suffolk (report 2022)', '/yjs/services/suffolk'],
			['Thurrock (report 2022)', '/yjs/services/thurrock']
		]);
		for (const a of container.querySelectorAll('svg a')) {
			expect(a.closest('[role="img"]')).toBeNull();
			// An SVG link: an HTML <a> inside an <svg> is neither drawn nor focusable.
			expect(a.namespaceURI).toBe('http://www.w3.org/2000/svg');
		}
		const la = container.querySelector('.bar-row[data-id="la:883"]')!;
		expect(la.textContent).toContain('Thurrock (LA)');
		expect(la.querySelector('a')).toBeNull();
	});

	it('the standards grid is one tab stop; left and right move along a row, up and down between rated rows', async () => {
		const { container } = render(CompareStandardsGrid, { model: model.standards, ...ids });
		const cell = (id: string, code: string) => container.querySelector<SVGGElement>(`[data-id="${id}"] [data-standard="${code}"]`)!;
		expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
		expect(cell('suffolk', '1.1').getAttribute('tabindex')).toBe('0');
		cell('suffolk', '1.1').focus();
		await fireEvent.keyDown(cell('suffolk', '1.1'), { key: 'ArrowRight' });
		expect(document.activeElement).toBe(cell('suffolk', '1.2'));
		await fireEvent.keyDown(cell('suffolk', '1.2'), { key: 'End' });
		expect(document.activeElement).toBe(cell('suffolk', '4.1'));
		await fireEvent.keyDown(cell('suffolk', '4.1'), { key: 'Home' });
		expect(document.activeElement).toBe(cell('suffolk', '1.1'));
		for (let k = 0; k < 5; k++) await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // 1.2, 1.3, 1.4, 2.1, 2.2
		expect(document.activeElement).toBe(cell('suffolk', '2.2'));
		await fireEvent.keyDown(cell('suffolk', '2.2'), { key: 'ArrowDown' });
		expect(document.activeElement).toBe(cell('thurrock', '2.2'));
		expect(screen.getByRole('tooltip').textContent).toContain('Thurrock (report 2022): 2.2 Planning');
		expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
		expect(cell('thurrock', '2.2').getAttribute('tabindex')).toBe('0');
		// The local authority's row has no cells: down from the last rated row stays put.
		await fireEvent.keyDown(cell('thurrock', '2.2'), { key: 'ArrowDown' });
		expect(document.activeElement).toBe(cell('thurrock', '2.2'));
		await fireEvent.keyDown(cell('thurrock', '2.2'), { key: 'ArrowUp' });
		expect(document.activeElement).toBe(cell('suffolk', '2.2'));
	});

	it("the standards grid links a service's name to its profile; a local authority's name is not a link", () => {
		const { container } = render(CompareStandardsGrid, { model: model.standards, ...ids, base: '' });
		expect(links(container)).toEqual([
			['Suffolk (report 2022)', '/services/suffolk'],
			['Thurrock (report 2022)', '/services/thurrock']
		]);
		for (const a of container.querySelectorAll('svg a')) {
			expect(a.closest('[role="img"]')).toBeNull();
			// An SVG link: an HTML <a> inside an <svg> is neither drawn nor focusable.
			expect(a.namespaceURI).toBe('http://www.w3.org/2000/svg');
		}
		expect(container.querySelector('[data-id="la:883"]')!.querySelector('a')).toBeNull();
	});
});
