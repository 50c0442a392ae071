import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ReportFiguresChart from '../../src/lib/charts/context/ReportFiguresChart.svelte';
import TrendChart from '../../src/lib/charts/context/TrendChart.svelte';
import SpendPerChildChart from '../../src/lib/charts/context/SpendPerChildChart.svelte';
import { shapeReportFigures } from '../../src/lib/views/context/reportFigures';
import { shapeTrends } from '../../src/lib/views/context/trends';
import { shapeSpendPerChild } from '../../src/lib/views/context/spendPerChild';
import { reportFiguresTable, trendsTable } from '../../src/lib/views/context/table';
import { FIGURE_ROWS, SPEND_ROWS, TREND_ROWS } from './contextFixture';

afterEach(cleanup);

describe('ReportFiguresChart', () => {
	const model = shapeReportFigures(FIGURE_ROWS, ['hartlepool', 'west-sussex']);

	it('draws the printed figures beside England and Wales, labelled with their values', () => {
		const { container } = render(ReportFiguresChart, { model, titleId: 't', summaryId: 's' });
		const svg = screen.getByTestId('report-figures-chart');
		expect(svg.getAttribute('aria-labelledby')).toBe('t');
		const values = [...container.querySelectorAll('[data-service="west-sussex"] .value')].map((t) => t.textContent?.trim());
		expect(values).toEqual(['74', 'E&W 167', '31.7%', 'E&W 34.2%']);
		const marks = [...container.querySelectorAll('.mark')].map((m) => [m.getAttribute('data-role'), m.getAttribute('data-value')]);
		expect(marks).toEqual([
			['service', '74'],
			['comparator', '167'],
			['service', '31.7'],
			['comparator', '34.2']
		]);
	});

	it('writes "Not reported in this inspection" for Hartlepool, with no mark and no zero', () => {
		const { container } = render(ReportFiguresChart, { model, titleId: 't', summaryId: 's' });
		const cells = [...container.querySelectorAll('[data-service="hartlepool"] .cell')];
		expect(cells.map((c) => c.getAttribute('data-status'))).toEqual(['not-reported', 'not-reported']);
		expect(cells.map((c) => c.textContent?.trim())).toEqual(['Not reported in this inspection', 'Not reported in this inspection']);
		expect(container.querySelectorAll('.mark[data-value="0"]').length).toBe(0);
		// The table says so too, and leaves the CSV cell empty rather than 0.
		const { rows } = reportFiguresTable(model);
		expect(rows.filter((r) => r.service === 'Hartlepool').map((r) => r.value)).toEqual([null, null]);
	});

	it('shows a tooltip on keyboard focus and moves along the marks with the arrow keys', async () => {
		const { container } = render(ReportFiguresChart, { model, titleId: 't', summaryId: 's' });
		const marks = [...container.querySelectorAll<SVGGElement>('.mark')];
		expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
		marks[0].focus();
		await fireEvent.focus(marks[0]);
		expect(screen.getByRole('tooltip').textContent).toContain('west-sussex.txt:976');
		await fireEvent.keyDown(marks[0], { key: 'ArrowRight' });
		expect(document.activeElement).toBe(marks[1]);
		expect(marks[1].getAttribute('aria-label')).toContain('England and Wales: 167 per 100,000, January to December 2020');
	});
});

describe('TrendChart', () => {
	const model = shapeTrends(TREND_ROWS, { services: ['hartlepool'], measure: 'reoffending-10-14', from: 2016, to: 2020, comparator: 'region' });

	it('breaks the line at suppressed years and marks them "n/a", never at zero', () => {
		const { container } = render(TrendChart, { model, titleId: 't', summaryId: 's' });
		const la = container.querySelector('path.line.la')!.getAttribute('d')!;
		// Three points, one segment, nothing drawn for 2019 and 2020.
		expect(la.match(/M/g)?.length).toBe(1);
		expect(la.match(/L/g)?.length).toBe(2);
		const missing = [...container.querySelectorAll('.mark[data-missing="true"]')];
		expect(missing.map((m) => m.getAttribute('data-year'))).toEqual(['2019', '2020']);
		expect(missing[0].getAttribute('aria-label')).toBe('Hartlepool, 2019: not available (suppressed or not published in the source)');
		expect(missing[0].textContent?.trim()).toBe('n/a');
		// The region has all five years.
		expect(container.querySelectorAll('.mark[data-role="comparator"]:not([data-missing])').length).toBe(5);
		expect([...container.querySelectorAll('.end-label')].map((t) => t.textContent?.trim()).sort()).toEqual(['Hartlepool', 'North East']);
	});

	it('has axis labels with units and a table of exactly the values drawn', () => {
		const { container } = render(TrendChart, { model, titleId: 't', summaryId: 's' });
		const titles = [...container.querySelectorAll('.axis-title')].map((t) => t.textContent?.trim());
		expect(titles).toContain('Reoffending (%)');
		expect(titles).toContain('Year');
		const { rows } = trendsTable(model);
		expect(rows.map((r) => r.value)).toEqual([57.89, 42.31, 47.62, null, null]);
		expect(rows.map((r) => r.comparator_value)).toEqual([52.34, 43.08, 40.66, 38.08, 24.63]);
	});
});

describe('SpendPerChildChart', () => {
	it('draws a bar where population and spend pair, and the reason where they do not', () => {
		const model = shapeSpendPerChild(SPEND_ROWS, ['suffolk', 'west-sussex']);
		const { container } = render(SpendPerChildChart, { model, titleId: 't', summaryId: 's' });
		const bars = [...container.querySelectorAll('.bar')];
		expect(bars.map((b) => [b.getAttribute('data-service'), b.getAttribute('data-per-child')])).toEqual([['west-sussex', (1727281 / 79864).toFixed(2)]]);
		const suffolk = container.querySelector('[data-service="suffolk"][data-status="unpaired"]')!;
		expect(suffolk.textContent).toMatch(/No figure: The report prints no youth population/);
		expect(container.querySelector('[data-service="west-sussex"] .value')?.textContent).toContain('spend 2020-21 ÷ population mid-2020');
	});
});
