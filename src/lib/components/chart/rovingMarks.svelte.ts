/**
 * Keyboard movement between a chart's marks: the chart is one tab stop and
 * the arrow keys (plus Home and End) move focus along its marks, so a reader
 * reaches every value without tabbing through dozens of points. Each mark also
 * shows its tooltip on hover and focus.
 *
 *   const roving = createRovingMarks(tip, () => marks.length);
 *   {#each marks as m, i (m.key)}
 *     <!-- svelte-ignore a11y_no_noninteractive_tabindex, a11y_no_noninteractive_element_interactions -->
 *     <g role="img" aria-label={reading(m)} {...roving.mark(i, () => tipContent(m))}>…</g>
 *   {/each}
 *
 * Marks find each other by `data-roving-index` inside their `<svg>`.
 */
import type { Tooltip, TooltipContent } from './tooltip.svelte';

/** The index to focus after `key` at `index` of `count` marks, or null when the key does not move. */
export function nextMarkIndex(key: string, index: number, count: number): number | null {
	if (count <= 0) return null;
	const moves: Record<string, number> = {
		ArrowRight: index + 1,
		ArrowDown: index + 1,
		ArrowLeft: index - 1,
		ArrowUp: index - 1,
		Home: 0,
		End: count - 1
	};
	if (!(key in moves)) return null;
	return Math.max(0, Math.min(count - 1, moves[key]));
}

/** A mark's place among the roving marks (its `data-roving-index`), or null for anything else. */
export function rovingIndexOf(element: EventTarget | null): number | null {
	const value = element instanceof Element ? element.getAttribute('data-roving-index') : null;
	return value === null ? null : Number(value);
}

export interface RovingMarkProps {
	tabindex: 0 | -1;
	'data-roving-index': number;
	onpointerenter: (event: PointerEvent) => void;
	onpointerleave: (event: PointerEvent) => void;
	onfocus: (event: FocusEvent) => void;
	onblur: () => void;
	onkeydown: (event: KeyboardEvent) => void;
}

export interface RovingMarks {
	/** Props for mark `index`: spread them onto it. `content` is read when the mark is entered or focused. */
	mark(index: number, content: () => TooltipContent | string): RovingMarkProps;
}

export function createRovingMarks(tooltip: Tooltip, count: () => number): RovingMarks {
	let active = $state(0);
	/**
	 * Each mark's tooltip content by its index, as last drawn. The handlers are made once and find
	 * their mark's index on the element: a redraw then changes a mark's tabindex at most, instead of
	 * swapping its five listeners (the standards explorer redraws dozens of marks on a change).
	 */
	const contents = new Map<number, () => TooltipContent | string>();
	const tip = tooltip.marks((element) => {
		const index = rovingIndexOf(element);
		return index === null ? null : (contents.get(index)?.() ?? null);
	});
	const handlers = {
		onpointerenter: tip.onpointerenter,
		onpointerleave: tip.onpointerleave,
		onfocus: (event: FocusEvent) => {
			active = rovingIndexOf(event.currentTarget) ?? active;
			tip.onfocus(event);
		},
		onblur: tip.onblur,
		onkeydown: (event: KeyboardEvent) => {
			const index = rovingIndexOf(event.currentTarget);
			const next = index === null ? null : nextMarkIndex(event.key, index, count());
			if (next === null) return;
			event.preventDefault();
			active = next;
			const svg = event.currentTarget instanceof Element ? event.currentTarget.closest('svg') : null;
			svg?.querySelector<SVGElement>(`[data-roving-index="${next}"]`)?.focus();
		}
	};
	return {
		mark(index, content) {
			contents.set(index, content);
			// Kept inside the marks drawn when their number shrinks.
			const stop = Math.min(active, Math.max(0, count() - 1));
			return { tabindex: index === stop ? 0 : -1, 'data-roving-index': index, ...handlers };
		}
	};
}
