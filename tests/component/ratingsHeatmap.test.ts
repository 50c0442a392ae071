import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import RatingsHeatmap from '../../src/lib/charts/RatingsHeatmap.svelte';
import RatingLegend from '../../src/lib/components/RatingLegend.svelte';
import { RATINGS_GRID_COLUMNS, ratingsGridRows } from '../../src/lib/charts/ratingsGrid';
import { rowsToCsv } from '../../src/lib/charts/export/csv';
import { HARTLEPOOL_ROWS, SUFFOLK_ROWS } from './ratingsFixture';

afterEach(cleanup);

const STANDARD_CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1'];

function cells(container: HTMLElement, service: string) {
	return [...container.querySelectorAll(`[data-service="${service}"] .cell`)].map((cell) => ({
		standard: cell.getAttribute('data-standard'),
		rating: cell.getAttribute('data-rating'),
		letter: cell.querySelector('text')?.textContent?.trim(),
		dashed: cell.querySelector('rect')?.getAttribute('stroke-dasharray') ?? null
	}));
}

describe('RatingsHeatmap', () => {
	const rows = [...HARTLEPOOL_ROWS, ...SUFFOLK_ROWS];

	it('draws one cell per service and standard with the rating letter', () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		const svg = screen.getByTestId('ratings-heatmap');
		expect(svg.getAttribute('aria-labelledby')).toBe('t');
		expect(svg.getAttribute('aria-describedby')).toBe('s t-keys');
		const rowsDrawn = [...container.querySelectorAll('[data-service]')];
		expect(rowsDrawn.map((g) => g.getAttribute('data-service'))).toEqual(['hartlepool', 'suffolk']);
		// Rows are labelled with the local authority; the row group carries the service's full name.
		expect(rowsDrawn.map((g) => g.querySelector('.service')?.textContent?.trim())).toEqual(['Hartlepool', 'Suffolk']);
		expect(rowsDrawn.map((g) => g.getAttribute('aria-label'))).toEqual(['Hartlepool Youth Offending Service', 'Suffolk Youth Justice Service']);

		const suffolk = cells(container, 'suffolk');
		expect(suffolk.map((c) => c.standard)).toEqual(STANDARD_CODES);
		expect(suffolk.map((c) => c.letter)).toEqual(['RI', 'RI', 'G', 'RI', 'RI', 'I', 'I', 'I', 'I', 'RI', 'RI', 'RI', 'G']);
		expect(suffolk.find((c) => c.standard === '2.2')?.rating).toBe('Inadequate');
		expect(suffolk.every((c) => c.dashed === null)).toBe(true);
		expect(container.querySelector('[data-service="suffolk"] .score')?.textContent?.trim()).toBe('9/36');
		expect(container.querySelector('[data-service="hartlepool"] .score')?.textContent?.trim()).toBe('26/36');
	});

	it('labels each column with a whole word or a cut marked by a full stop, and the full name on hover', () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		const labels = [...container.querySelectorAll('text.standard-name')].filter((t) => t.querySelector('title'));
		expect(labels).toHaveLength(13);
		for (const label of labels) {
			const title = label.querySelector('title')!.textContent!;
			const shown = label.textContent!.replace(title, '').trim();
			expect(shown.length, shown).toBeLessThanOrEqual(8);
			const words = title.toLowerCase().split(/[\s-]+/);
			// "OOCD" abbreviates out-of-court disposal.
			const whole = words.includes(shown.toLowerCase()) || shown === 'OOCD';
			const cut = shown.endsWith('.') && words.some((w) => w.startsWith(shown.slice(0, -1).toLowerCase()));
			expect(whole || cut, `${shown} for ${title}`).toBe(true);
		}
	});

	it('draws a dashed "not rated" cell for a standard the inspection did not rate, never a rating', () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		const hartlepool = cells(container, 'hartlepool');
		expect(hartlepool).toHaveLength(13);
		expect(hartlepool.map((c) => c.letter)).toEqual(['RI', 'G', 'G', 'G', 'O', 'G', 'RI', 'G', 'O', 'O', 'G', 'O', '–']);
		const resettlement = hartlepool.find((c) => c.standard === '4.1');
		expect(resettlement).toEqual({ standard: '4.1', rating: 'not rated', letter: '–', dashed: '3 2' });
		const cell = container.querySelector('[data-service="hartlepool"] [data-standard="4.1"]')!;
		expect(cell.getAttribute('aria-label')).toBe('Hartlepool, 4.1 Resettlement policy and provision: not rated in this inspection');
	});

	it('labels every cell with the full reading; the chart is one tab stop', () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		const cell = container.querySelector('[data-service="suffolk"] [data-standard="2.2"]')!;
		expect(cell.getAttribute('role')).toBe('img');
		expect(cell.getAttribute('aria-label')).toBe('Suffolk, 2.2 Planning: Inadequate');
		// The report's own name for a standard: Hartlepool 2020 printed 3.4 as "Joint working".
		expect(container.querySelector('[data-service="hartlepool"] [data-standard="3.4"]')!.getAttribute('aria-label')).toBe(
			'Hartlepool, 3.4 Joint working: Outstanding'
		);
		expect(container.querySelectorAll('.cell')).toHaveLength(26);
		// Roving tabindex: the first cell is the tab stop, every other cell is reached with the arrow keys.
		const stops = container.querySelectorAll('.cell[tabindex="0"]');
		expect(stops).toHaveLength(1);
		expect(stops[0].getAttribute('data-row')).toBe('0');
		expect(stops[0].getAttribute('data-col')).toBe('0');
		expect(container.querySelectorAll('.cell[tabindex="-1"]')).toHaveLength(25);
		expect(container.querySelector('svg')!.getAttribute('aria-describedby')).toBe('s t-keys');
		expect(document.getElementById('t-keys')?.textContent).toMatch(/arrow keys/);
	});

	it('moves focus and the tab stop with the arrow keys, Home and End', async () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		const at = (r: number, c: number) => container.querySelector<SVGGElement>(`.cell[data-row="${r}"][data-col="${c}"]`)!;
		at(0, 0).focus();
		await fireEvent.keyDown(at(0, 0), { key: 'ArrowRight' });
		expect(document.activeElement).toBe(at(0, 1));
		await fireEvent.keyDown(at(0, 1), { key: 'ArrowDown' });
		expect(document.activeElement).toBe(at(1, 1));
		expect(at(1, 1).getAttribute('tabindex')).toBe('0');
		expect(at(0, 0).getAttribute('tabindex')).toBe('-1');
		await fireEvent.keyDown(at(1, 1), { key: 'End' });
		expect(document.activeElement).toBe(at(1, 12));
		await fireEvent.keyDown(at(1, 12), { key: 'ArrowRight' }); // stays at the edge
		expect(document.activeElement).toBe(at(1, 12));
		await fireEvent.keyDown(at(1, 12), { key: 'Home', ctrlKey: true });
		expect(document.activeElement).toBe(at(0, 0));
	});

	it('shows a tooltip with service, standard, rating and source on focus, and hides it on Escape and blur', async () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		const cell = container.querySelector('[data-service="suffolk"] [data-standard="2.2"]') as SVGGElement;
		await fireEvent.focusIn(cell); // a browser's focus fires focusin too: the svg listens for it
		const tip = screen.getByRole('tooltip');
		expect([...tip.children].map((e) => e.textContent)).toEqual(['Suffolk Youth Justice Service', '2.2 Planning', 'Rating: Inadequate', 'Source: suffolk.txt:141']);
		await fireEvent.keyDown(window, { key: 'Escape' });
		expect(screen.queryByRole('tooltip')).toBeNull();

		await fireEvent.focusIn(cell); // a browser's focus fires focusin too: the svg listens for it
		expect(screen.getByRole('tooltip')).toBeTruthy();
		await fireEvent.focusOut(cell);
		expect(screen.queryByRole('tooltip')).toBeNull();
	});

	it('shows the tooltip on pointer hover and says when a standard was not rated', async () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		const cell = container.querySelector('[data-service="hartlepool"] [data-standard="4.1"]') as SVGGElement;
		await fireEvent.pointerOver(cell.querySelector('rect')!); // bubbles from the cell's box to the svg's listener
		const tip = screen.getByRole('tooltip');
		expect([...tip.children].map((e) => e.textContent)).toEqual(['Hartlepool Youth Offending Service', '4.1 Resettlement policy and provision', 'Not rated in this inspection']);
		// The tooltip is an HTML box inside the chart's container, not part of the SVG.
		expect(tip.closest('svg')).toBeNull();
		expect(tip.parentElement?.querySelector('svg[data-testid="ratings-heatmap"]')).not.toBeNull();
	});
});

describe('RatingsHeatmap at scale', () => {
	const rows = [...HARTLEPOOL_ROWS, ...SUFFOLK_ROWS];
	it('draws the first rowLimit inspections, then all of them on request, and back', async () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's', rowLimit: 1 });
		expect(container.querySelectorAll('g.row')).toHaveLength(1);
		expect(container.textContent).toContain('Showing the first 1 of 2 inspections');
		await fireEvent.click(screen.getByRole('button', { name: 'Show all 2' }));
		expect(container.querySelectorAll('g.row')).toHaveLength(2);
		expect(container.querySelectorAll('.cell')).toHaveLength(26);
		await fireEvent.click(screen.getByRole('button', { name: 'Show the first 1' }));
		expect(container.querySelectorAll('g.row')).toHaveLength(1);
	});

	it('offers no button when every inspection fits', () => {
		const { container } = render(RatingsHeatmap, { rows, titleId: 't', summaryId: 's' });
		expect(container.querySelectorAll('g.row')).toHaveLength(2);
		expect(screen.queryByRole('button')).toBeNull();
	});
});

describe('ratings grid table and CSV', () => {
	it('has a row per inspection, full rating names, "Not rated" left empty in the CSV', () => {
		const table = ratingsGridRows([...HARTLEPOOL_ROWS, ...SUFFOLK_ROWS]);
		expect(table.map((r) => r.service)).toEqual(['Hartlepool Youth Offending Service', 'Suffolk Youth Justice Service']);
		expect(table[0]['4.1']).toBeNull();
		expect(table[1]['2.2']).toBe('Inadequate');
		const lines = rowsToCsv(RATINGS_GRID_COLUMNS, table).split('\r\n');
		expect(lines[0]).toBe(
			'Service,1.1 Governance and leadership,1.2 Staff,1.3 Partnerships and services,1.4 Information and facilities,2.1 Assessment,2.2 Planning,2.3 Implementation and delivery,2.4 Reviewing,3.1 Assessment,3.2 Planning,3.3 Implementation and delivery,3.4 Out-of-court disposal policy and provision,4.1 Resettlement policy and provision,Score (out of 36),Overall rating'
		);
		expect(lines[1]).toBe(
			'Hartlepool Youth Offending Service,Requires improvement,Good,Good,Good,Outstanding,Good,Requires improvement,Good,Outstanding,Outstanding,Good,Outstanding,,26,Good'
		);
		expect(lines[2]).toBe(
			'Suffolk Youth Justice Service,Requires improvement,Requires improvement,Good,Requires improvement,Requires improvement,Inadequate,Inadequate,Inadequate,Inadequate,Requires improvement,Requires improvement,Requires improvement,Good,9,Requires improvement'
		);
	});
});

describe('RatingLegend', () => {
	it('gives each rating its points, in the singular for one', () => {
		render(RatingLegend);
		const items = screen.getAllByRole('listitem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
		expect(items).toEqual(['O Outstanding (3 points)', 'G Good (2 points)', 'RI Requires improvement (1 point)', 'I Inadequate (0 points)']);
	});
});
