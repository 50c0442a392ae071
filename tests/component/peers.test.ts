/**
 * The peers dot chart on hand-made rows: East Sussex's 2024 first-time
 * entrant rate (101) and four of its neighbours, as in
 * static/data/la_indicators.csv: Devon 132, Kent 148, West Sussex 121, and Dorset,
 * whose 2024 figure LAIT suppresses ("-"), for the missing-data state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import PeerDotChart from '../../src/lib/charts/peers/PeerDotChart.svelte';
import { shapePeers } from '../../src/lib/views/peers/model';
import { peersTable } from '../../src/lib/views/peers/table';
import { peerRow as row } from './peersFixture';

afterEach(cleanup);

const ROWS = [row(0, 845, 'East Sussex', 101), row(1, 878, 'Devon', 132), row(2, 886, 'Kent', 148), row(7, 838, 'Dorset', null), row(8, 938, 'West Sussex', 121)];

describe('PeerDotChart', () => {
	const model = shapePeers(ROWS, [], { service: 'east-sussex', measure: 'first-time-entrants', year: 2024 });

	it('makes room for the longest authority name, so no label is cut at the left edge', () => {
		const long = [...ROWS, row(9, 839, 'Bournemouth, Christchurch and Poole', 99)];
		const { container } = render(PeerDotChart, { model: shapePeers(long, [], { service: 'east-sussex', measure: 'first-time-entrants', year: 2024 }), titleId: 't', summaryId: 's' });
		const label = [...container.querySelectorAll('.row-label')].find((t) => t.textContent!.includes('Bournemouth'))!;
		// Right-aligned at x: its left edge is x minus about 7.2 px a character (12 px text).
		expect(Number(label.getAttribute('x')) - label.textContent!.trim().length * 7.2).toBeGreaterThanOrEqual(0);
	});

	it('highlights the service by shape and label, and marks the peer median', () => {
		const { container } = render(PeerDotChart, { model, titleId: 't', summaryId: 's' });
		const service = container.querySelector('.mark[data-service="true"]')!;
		expect(service.getAttribute('data-la')).toBe('East Sussex');
		expect(service.querySelector('path')).not.toBeNull(); // a diamond, not a circle
		expect(container.querySelector('.row.service .row-label')?.textContent).toContain('East Sussex (this service)');
		// Median of Devon 132, Kent 148 and West Sussex 121 (Dorset has no figure) = 132; deviations 0, 16, 11: MAD 11,
		// so "similar" is within 1.4826 × 11 = 16.3 of 132.
		expect(screen.getByTestId('peer-chart').getAttribute('data-median')).toBe('132');
		expect(screen.getByTestId('peer-median-label').textContent).toContain('peer median 132 per 100,000');
		expect(screen.getByTestId('peer-median-label').textContent).toContain('similar (116 per 100,000 to 148 per 100,000');
		// 101 is 31 below 132: lower, and better for first-time entrants, in words as well as colour.
		expect(container.querySelector('.row.service')?.getAttribute('data-verdict')).toBe('better');
		expect(container.querySelector('.row.service .value')?.textContent).toContain('better');
		// West Sussex 121 is 11 below: similar. The polarity is written in the chart.
		expect(container.querySelector('.row[data-la="West Sussex"]')?.getAttribute('data-verdict')).toBe('similar');
		expect(screen.getByTestId('peer-polarity').textContent).toContain('lower is better');
		expect(peersTable(model).rows[0].polarity).toBe('lower is better');
	});

	it('writes "not available" for a suppressed neighbour, with no dot', () => {
		const { container } = render(PeerDotChart, { model, titleId: 't', summaryId: 's' });
		const dorset = container.querySelector('.row[data-la="Dorset"]')!;
		expect(dorset.getAttribute('data-status')).toBe('missing');
		expect(dorset.textContent).toContain('not available (suppressed or not published in the source)');
		expect(container.querySelector('.mark[data-la="Dorset"]')).toBeNull();
		expect(peersTable(model).rows.find((r) => r.authority === 'Dorset')?.value).toBeNull();
	});

	it('shows a tooltip on focus and moves with the arrow keys', async () => {
		const { container } = render(PeerDotChart, { model, titleId: 't', summaryId: 's' });
		const marks = [...container.querySelectorAll<SVGGElement>('.mark')];
		expect(marks.map((m) => m.getAttribute('data-la'))).toEqual(['East Sussex', 'West Sussex', 'Devon', 'Kent']);
		marks[0].focus();
		await fireEvent.focus(marks[0]);
		expect(screen.getByRole('tooltip').textContent).toContain('101 per 100,000');
		await fireEvent.keyDown(marks[0], { key: 'End' });
		expect(document.activeElement).toBe(marks[3]);
		expect(marks[3].getAttribute('aria-label')).toBe('Kent: 148 per 100,000 (2024), similar to the peer median');
		expect(marks[0].getAttribute('aria-label')).toMatch(/\. Lower is better$/);
	});

	it('says "neither" for spend: no better or worse colouring or wording', () => {
		const spend = ROWS.map((r) => ({ ...r, measure: 'youth_justice_spend', period: '2024-25', value: r.value === null ? null : r.value * 20000 }));
		const m = shapePeers(spend, [], { service: 'east-sussex', measure: 'spend', year: 2024 });
		const { container } = render(PeerDotChart, { model: m, titleId: 't', summaryId: 's' });
		expect(container.textContent).toContain('higher is neither better nor worse');
		expect(container.textContent).not.toMatch(/· (better|worse)/);
	});
});
