import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import ChartCard from '../../src/lib/components/chart/ChartCard.svelte';
import type { ChartIds } from '../../src/lib/components/chart/ChartCard.svelte';
import type { TableColumn } from '../../src/lib/charts/export/columns';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

const chart = createRawSnippet((ids: () => ChartIds) => ({
	render: () =>
		`<svg viewBox="0 0 200 50" width="200" height="50" role="group" aria-labelledby="${ids().titleId}" aria-describedby="${ids().summaryId}" data-testid="test-svg"><rect width="10" height="10"></rect></svg>`
}));

const columns: TableColumn[] = [
	{ key: 'service', label: 'Service' },
	{ key: 'children', label: 'Children sentenced', numeric: true },
	{ key: 'pct', label: 'Share reoffending', numeric: true, format: (v) => `${v}%` }
];
const rows = [
	{ service: 'Suffolk', children: 0, pct: 34.5 },
	{ service: 'Thurrock', children: null, pct: undefined }
];

function props(extra: Record<string, unknown> = {}) {
	return {
		id: 'reoffending',
		title: 'Suffolk has the highest reoffending share',
		summary: 'Suffolk 34.5%; Thurrock not reported.',
		note: 'Children cautioned or sentenced, year to March 2022.',
		sources: [{ label: 'suffolk.txt:97', href: '/sources/suffolk#L97' }, { label: 'YJB annual statistics' }],
		columns,
		rows,
		chart,
		...extra
	};
}

describe('ChartCard', () => {
	it('labels the section with its title heading and shows the summary, note and sources', () => {
		const { container } = render(ChartCard, props({ 'data-origin': 'build' }));
		const section = container.querySelector('section')!;
		const heading = screen.getByRole('heading', { level: 2, name: 'Suffolk has the highest reoffending share' });
		expect(heading.id).toBe('reoffending-title');
		expect(section.getAttribute('aria-labelledby')).toBe('reoffending-title');
		expect(section.getAttribute('data-origin')).toBe('build');
		expect(screen.getByText('Suffolk 34.5%; Thurrock not reported.', { selector: 'p' }).id).toBe('reoffending-summary');
		expect(container.querySelector('figure figcaption.visually-hidden')?.textContent).toBe('Suffolk 34.5%; Thurrock not reported.');
		expect(screen.getByText('Children cautioned or sentenced, year to March 2022.')).toBeTruthy();
		const sources = container.querySelector('.chart-sources')!;
		expect(sources.textContent?.replace(/\s+/g, ' ').trim()).toBe('Source: suffolk.txt:97; YJB annual statistics');
		expect(within(sources as HTMLElement).getByRole('link', { name: 'suffolk.txt:97' }).getAttribute('href')).toBe('/sources/suffolk#L97');
	});

	it('passes the title and summary ids to the chart snippet', () => {
		render(ChartCard, props());
		const svg = screen.getByTestId('test-svg');
		expect(svg.getAttribute('aria-labelledby')).toBe('reoffending-title');
		expect(svg.getAttribute('aria-describedby')).toBe('reoffending-summary');
	});

	it('uses the heading level it is given', () => {
		render(ChartCard, props({ headingLevel: 3 }));
		expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Suffolk has the highest reoffending share');
		expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
	});

	it('has a toolbar with the toggle and the three downloads, hidden in print', () => {
		const { container } = render(ChartCard, props());
		const toolbar = container.querySelector('.chart-toolbar')!;
		expect(toolbar.classList.contains('no-print')).toBe(true);
		const names = within(toolbar as HTMLElement).getAllByRole('button').map((b) => b.textContent?.trim());
		expect(names).toEqual(['Show table', 'Download CSV', 'Download SVG', 'Download PNG']);
		// An action label, not a toggle state: "Show chart, pressed" would contradict itself.
		expect(screen.getByRole('button', { name: 'Show table' }).hasAttribute('aria-pressed')).toBe(false);
	});

	it('toggles to a real table with the exact numbers and reports the change', async () => {
		const onviewchange = vi.fn();
		const { container } = render(ChartCard, props({ onviewchange }));
		await fireEvent.click(screen.getByRole('button', { name: 'Show table' }));
		expect(onviewchange).toHaveBeenCalledWith('table');
		const toggle = screen.getByRole('button', { name: 'Show chart' });
		expect(toggle.hasAttribute('aria-pressed')).toBe(false);
		expect(screen.queryByTestId('test-svg')).toBeNull();

		const table = screen.getByTestId('reoffending-table');
		expect(table.querySelector('caption')?.textContent).toBe('Suffolk has the highest reoffending share');
		const headers = [...table.querySelectorAll('thead th')];
		expect(headers.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
			['Service', 'col'],
			['Children sentenced', 'col'],
			['Share reoffending', 'col']
		]);
		const body = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
		expect(body).toEqual([
			['Suffolk', '0', '34.5%'],
			['Thurrock', 'Not reported', 'Not reported']
		]);
		expect(table.querySelector('tbody tr')!.children[0].tagName).toBe('TH');
		expect(table.querySelector('tbody td')!.classList.contains('numeric')).toBe(true);
		// The picture downloads only make sense with the picture on screen.
		expect(screen.queryByRole('button', { name: 'Download SVG' })).toBeNull();
		expect(container.querySelector('figure')).toBeNull();

		await fireEvent.click(toggle);
		expect(onviewchange).toHaveBeenLastCalledWith('chart');
		expect(screen.getByTestId('test-svg')).toBeTruthy();
	});

	it('opens on the table when the parent says so (view kept in the URL)', () => {
		render(ChartCard, props({ view: 'table' }));
		expect(screen.getByTestId('reoffending-table')).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Show chart' })).toBeTruthy();
	});

	it('shows an error with role="alert" in place of the chart, keeping title, summary, note and sources', () => {
		const { container } = render(ChartCard, props({ error: 'This chart could not be drawn: the query failed.' }));
		const alert = screen.getByRole('alert');
		expect(alert.textContent).toBe('This chart could not be drawn: the query failed.');
		expect(screen.queryByTestId('test-svg')).toBeNull();
		expect(screen.queryByRole('table')).toBeNull();
		expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
		expect(screen.getByRole('heading', { name: 'Suffolk has the highest reoffending share' })).toBeTruthy();
		expect(container.textContent).toContain('Suffolk 34.5%; Thurrock not reported.');
		expect(container.querySelector('.chart-note')).not.toBeNull();
		expect(container.querySelector('.chart-sources')).not.toBeNull();
	});

	it('shows the explicit empty state instead of a chart or table, never zeros', () => {
		const { container } = render(ChartCard, props({ empty: 'Not reported in this inspection', rows: [], view: 'table' }));
		expect(screen.getByTestId('reoffending-empty').textContent).toBe('Not reported in this inspection');
		expect(screen.queryByTestId('test-svg')).toBeNull();
		expect(screen.queryByRole('table')).toBeNull();
		expect(container.querySelector('.chart-toolbar')).toBeNull();
		expect(container.textContent).not.toMatch(/\b0\b/);
	});

	it('shows a failed query in place of the chart, and the published chart only when asked', async () => {
		render(ChartCard, props({ warning: 'This chart could not be updated: timeout.' }));
		const alert = screen.getByRole('alert');
		expect(alert.textContent).toContain('This chart could not be updated: timeout.');
		expect(screen.queryByTestId('test-svg')).toBeNull();
		// No picture to save; the published rows can still be downloaded.
		expect(screen.queryByRole('button', { name: 'Download SVG' })).toBeNull();
		expect(screen.getByRole('button', { name: 'Download CSV' })).toBeTruthy();

		await fireEvent.click(screen.getByRole('button', { name: 'Show the published chart' }));
		expect(screen.getByTestId('test-svg')).toBeTruthy();
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByText('This chart could not be updated: timeout. It shows the published figures.').getAttribute('role')).toBe('status');
	});

	it('in table view, shows a failed query in place of the table until asked', async () => {
		render(ChartCard, props({ warning: 'This chart could not be updated: timeout.', view: 'table' }));
		expect(screen.getByRole('alert').textContent).toContain('timeout');
		expect(screen.queryByRole('table')).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Show the published table' }));
		expect(screen.getByRole('table')).toBeTruthy();
	});

	it('downloads <id>.csv holding the rows, missing values left empty', async () => {
		const blobs: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
			blobs.push(b as Blob);
			return 'blob:test/csv';
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		const names: string[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			names.push(this.download);
		});
		render(ChartCard, props());
		await fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
		// The download code is imported on the click.
		await vi.waitFor(() => expect(names).toEqual(['reoffending.csv']));
		expect(await blobs[0].text()).toBe('\ufeffService,Children sentenced,Share reoffending\r\nSuffolk,0,34.5\r\nThurrock,,\r\n');
	});

	it('names its downloads after the chart\'s state when given a filename', async () => {
		vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/csv');
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		const names: string[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			names.push(this.download);
		});
		render(ChartCard, { ...props(), filename: 'reoffending-15-17-suffolk-thurrock' });
		await fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
		await vi.waitFor(() => expect(names).toEqual(['reoffending-15-17-suffolk-thurrock.csv']));
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Downloaded reoffending-15-17-suffolk-thurrock.csv'));
	});

	it('downloads <id>.svg: the chart with its title and sources', async () => {
		const blobs: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
			blobs.push(b as Blob);
			return 'blob:test/svg';
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		const names: string[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			names.push(this.download);
		});
		render(ChartCard, props());
		await fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
		await vi.waitFor(() => expect(names).toEqual(['reoffending.svg']));
		const file = new DOMParser().parseFromString(await blobs[0].text(), 'image/svg+xml').documentElement;
		// Text blocks are wrapped into <tspan> lines: read each block back as one line.
		const blocks = [...file.children]
			.filter((e) => e.tagName.toLowerCase() === 'text')
			.map((t) => [...t.children].map((line) => line.textContent).join(' '));
		expect(blocks[0]).toBe('Suffolk has the highest reoffending share');
		expect(blocks[1]).toBe('Children cautioned or sentenced, year to March 2022. Source: suffolk.txt:97; YJB annual statistics');
		expect(file.querySelector('svg rect')).not.toBeNull();
	});
});
