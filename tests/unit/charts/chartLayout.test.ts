import { describe, expect, it } from 'vitest';
import { charsIn, frameWidth, MIN_CHART_WIDTH, rowLayout, tickCount } from '../../../src/lib/components/chart/layout';

describe('frameWidth', () => {
	it('keeps the desktop (natural) width until the container is measured, as while prerendering', () => {
		expect(frameWidth(0, 740)).toBe(740);
		expect(frameWidth(undefined, 740)).toBe(740);
		expect(frameWidth(Number.NaN, 740)).toBe(740);
	});
	it('keeps the natural width in a wider container, and takes the container width in a narrower one', () => {
		expect(frameWidth(1200, 740)).toBe(740);
		expect(frameWidth(296.6, 740)).toBe(296);
	});
	it('never goes below the narrowest chart width, nor above the natural width for that', () => {
		expect(frameWidth(120, 740)).toBe(MIN_CHART_WIDTH);
		expect(frameWidth(120, 200)).toBe(200);
	});
});

describe('rowLayout', () => {
	it('keeps labels beside the rows while the plot has its minimum width', () => {
		expect(rowLayout(740, { label: 210, values: 150, minPlot: 240 })).toEqual({
			stacked: false,
			labelX: 210,
			plot: [210, 590],
			valuesX: 590,
			valuesAnchor: 'start',
			labelAbove: 0
		});
	});
	it('puts labels above their rows, values at the end of that line, and the plot across the width when narrow', () => {
		const lay = rowLayout(296, { label: 210, values: 150, minPlot: 240 });
		expect(lay.stacked).toBe(true);
		expect(lay.plot).toEqual([16, 280]);
		expect(lay.valuesX).toBe(294);
		expect(lay.valuesAnchor).toBe('end');
		expect(lay.labelAbove).toBeGreaterThan(0);
	});
});

describe('tickCount and charsIn', () => {
	it('gives an axis about one tick per spacing, between 2 and the maximum', () => {
		expect(tickCount(380, 60, 5)).toBe(5);
		expect(tickCount(280, 60, 5)).toBe(4);
		expect(tickCount(50)).toBe(2);
	});
	it('counts the characters that fit a width at a font size, never fewer than 8', () => {
		expect(charsIn(280, 11)).toBe(45);
		expect(charsIn(10, 11)).toBe(8);
	});
});
