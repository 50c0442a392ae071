import { describe, expect, it } from 'vitest';
import { placeTooltip, type Box } from '../../src/lib/components/chart/placement';

function overlaps(a: Box, b: Box): boolean {
	return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeTooltip', () => {
	const size = { width: 160, height: 60 };
	const container = { scrollTop: 0, scrollWidth: 800 };

	it('centres the tooltip above the mark with a gap when there is room', () => {
		const mark = { left: 300, top: 200, width: 40, height: 36 };
		const p = placeTooltip(mark, size, container);
		expect(p).toEqual({ x: 240, y: 132, placement: 'above' });
		expect(overlaps({ left: p.x, top: p.y, ...size }, mark)).toBe(false);
	});

	it('goes below a mark near the top, still without covering it', () => {
		const mark = { left: 300, top: 64, width: 40, height: 36 };
		const p = placeTooltip(mark, size, container);
		expect(p).toEqual({ x: 240, y: 108, placement: 'below' });
		expect(overlaps({ left: p.x, top: p.y, ...size }, mark)).toBe(false);
	});

	it('stays inside the container at either edge', () => {
		expect(placeTooltip({ left: 2, top: 200, width: 20, height: 20 }, size, container).x).toBe(0);
		expect(placeTooltip({ left: 790, top: 200, width: 10, height: 10 }, size, container).x).toBe(640);
	});

	it('counts from the scrolled top of the container', () => {
		expect(placeTooltip({ left: 0, top: 120, width: 10, height: 10 }, size, { scrollTop: 100, scrollWidth: 800 }).placement).toBe('below');
	});
});
