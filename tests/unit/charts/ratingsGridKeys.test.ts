/** Keyboard movement in the ratings heatmap: WAI-ARIA grid keys, clamped at the edges. */
import { describe, expect, it } from 'vitest';
import { nextGridCell } from '../../../src/lib/charts/ratingsGrid';

describe('nextGridCell', () => {
	const mid = { row: 2, col: 5 };
	it.each([
		['ArrowRight', false, { row: 2, col: 6 }],
		['ArrowLeft', false, { row: 2, col: 4 }],
		['ArrowDown', false, { row: 3, col: 5 }],
		['ArrowUp', false, { row: 1, col: 5 }],
		['Home', false, { row: 2, col: 0 }],
		['End', false, { row: 2, col: 12 }],
		['Home', true, { row: 0, col: 0 }],
		['End', true, { row: 4, col: 12 }]
	])('%s (ctrl %s) from row 2, column 5 of 5 × 13', (key, ctrl, expected) => {
		expect(nextGridCell(key, ctrl, mid, 5, 13)).toEqual(expected);
	});
	it('stays inside the grid at its edges', () => {
		expect(nextGridCell('ArrowLeft', false, { row: 0, col: 0 }, 5, 13)).toEqual({ row: 0, col: 0 });
		expect(nextGridCell('ArrowUp', false, { row: 0, col: 3 }, 5, 13)).toEqual({ row: 0, col: 3 });
		expect(nextGridCell('ArrowDown', false, { row: 4, col: 3 }, 5, 13)).toEqual({ row: 4, col: 3 });
		expect(nextGridCell('ArrowRight', false, { row: 4, col: 12 }, 5, 13)).toEqual({ row: 4, col: 12 });
	});
	it('ignores other keys and empty grids', () => {
		expect(nextGridCell('Enter', false, mid, 5, 13)).toBeNull();
		expect(nextGridCell('a', false, mid, 5, 13)).toBeNull();
		expect(nextGridCell('ArrowRight', false, { row: 0, col: 0 }, 0, 13)).toBeNull();
	});
});
