import { describe, expect, it } from 'vitest';
import { createRovingMarks } from '../../src/lib/components/chart/rovingMarks.svelte';
import { createTooltip } from '../../src/lib/components/chart/tooltip.svelte';

const SVG = 'http://www.w3.org/2000/svg';

/** An `<svg>` with `n` marks carrying the props `roving.mark(i, …)` gives them, as a chart spreads them. */
function drawMarks(n: number, label: (i: number) => string) {
	const tip = createTooltip();
	const roving = createRovingMarks(tip, () => n);
	const svg = document.createElementNS(SVG, 'svg');
	document.body.replaceChildren(svg);
	const marks = Array.from({ length: n }, (_, i) => {
		const props = roving.mark(i, () => label(i));
		const g = document.createElementNS(SVG, 'g');
		g.setAttribute('data-roving-index', String(props['data-roving-index']));
		g.setAttribute('tabindex', String(props.tabindex));
		g.addEventListener('focus', props.onfocus as EventListener);
		g.addEventListener('keydown', props.onkeydown as EventListener);
		svg.append(g);
		return g;
	});
	return { tip, roving, marks };
}

describe('createRovingMarks', () => {
	it('hands every mark the same listeners on every redraw, so a redraw does not swap them', () => {
		const { roving } = drawMarks(3, (i) => `mark ${i}`);
		const first = roving.mark(0, () => 'a');
		const again = roving.mark(0, () => 'b');
		const other = roving.mark(2, () => 'c');
		for (const key of ['onpointerenter', 'onpointerleave', 'onfocus', 'onblur', 'onkeydown'] as const) {
			expect(again[key]).toBe(first[key]);
			expect(other[key]).toBe(first[key]);
		}
		expect([first.tabindex, other.tabindex]).toEqual([0, -1]);
	});

	it('shows the content last drawn for the focused mark and moves along the marks with the arrow keys', () => {
		const { tip, roving, marks } = drawMarks(3, (i) => `mark ${i}`);
		// A redraw gives mark 1 new content: its tooltip shows that, not what it had.
		roving.mark(1, () => ({ title: 'Thurrock', lines: ['2.1 Assessment: Outstanding'] }));
		marks[1].focus();
		expect(tip.state.content).toEqual({ title: 'Thurrock', lines: ['2.1 Assessment: Outstanding'] });
		expect(roving.mark(1, () => 'x').tabindex).toBe(0); // the focused mark holds the tab stop

		marks[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		expect(document.activeElement).toBe(marks[2]);
		expect(tip.state.content?.title).toBe('mark 2');
		marks[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
		expect(document.activeElement).toBe(marks[0]);
	});
});
