/**
 * Layout rules every chart shares, so a chart re-lays itself out for the
 * width its card gives it instead of scrolling sideways or shrinking its text.
 *
 * A chart keeps its desktop layout (its `natural` width) whenever its
 * container is at least that wide; prerendering has no container, so the
 * prerendered HTML and the desktop first paint are the desktop layout. Below
 * that, the chart is drawn at the container's width; below `narrowBelow` its
 * row labels go above their rows instead of beside them (`rowLayout`).
 */

/**
 * Greedy word wrap to at most `maxChars` per line (a longer word gets its own line). Here, not in the
 * SVG export that also uses it: charts wrap their labels in the first view, the export loads on click.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Room under a plot for its axis: the tick labels and the axis title under them (see `parts/AxisX`). */
export const AXIS_H = 44;

/** No chart is laid out narrower than this (a 320 px phone less the page's and card's padding). */
export const MIN_CHART_WIDTH = 260;

/**
 * The width to lay a chart out at: its natural (desktop) width when the
 * container is that wide or not measured yet (prerender, first paint), else
 * the container's width.
 */
export function frameWidth(measured: number | null | undefined, natural: number, min = MIN_CHART_WIDTH): number {
	if (!measured || !Number.isFinite(measured) || measured <= 0) return natural;
	return Math.max(Math.min(min, natural), Math.min(natural, Math.floor(measured)));
}

/** Rough width of a line of text in px, for 11-12px system sans (0.56 em a character; no DOM measuring at build time). */
export function textWidth(text: string, fontSize = 11): number {
	return Math.ceil(text.length * fontSize * 0.56);
}

/** How many characters fit in `px` at `fontSize` (at least 8, so wrapping never runs one word a line). */
export function charsIn(px: number, fontSize = 11): number {
	return Math.max(8, Math.floor(px / (fontSize * 0.56)));
}

/** A tick count for an axis `px` long: about one tick every `spacing` px, between 2 and `max`. */
export function tickCount(px: number, spacing = 70, max = 10): number {
	return Math.max(2, Math.min(max, Math.floor(px / spacing)));
}

export interface RowLayoutOptions {
	/** Width of the label column beside the rows, at full width. */
	label: number;
	/** Width of the values column at the right (0 for none). */
	values?: number;
	/** Narrowest plot worth drawing with the labels beside it; below this, labels go above their rows. */
	minPlot?: number;
	/** Inner padding at each side of the plot when labels sit above (room for half a tick label, e.g. "100%"). */
	pad?: number;
}

export interface RowLayout {
	/** True when each row's label is drawn above it, across the full width. */
	stacked: boolean;
	/** Right edge of the label column (labels are `text-anchor="end"` here), or its left edge when stacked. */
	labelX: number;
	/** The plot's range in px. */
	plot: [number, number];
	/** Where the values are written: the left edge of their column, or (stacked) the right end of the label line. */
	valuesX: number;
	/** `text-anchor` for the values: `start` in their column, `end` on the label line when stacked. */
	valuesAnchor: 'start' | 'end';
	/** Extra height each row needs for a label above it (0 beside). */
	labelAbove: number;
}

/**
 * Label column, plot and values column across `width`: side by side while the
 * plot keeps at least `minPlot` px; else each row's label goes on a line above
 * it with its values at the right end of that line, and the plot spans the width.
 */
export function rowLayout(width: number, { label, values = 0, minPlot = 240, pad = 16 }: RowLayoutOptions): RowLayout {
	if (width - label - values >= minPlot) {
		return { stacked: false, labelX: label, plot: [label, width - values], valuesX: width - values, valuesAnchor: 'start', labelAbove: 0 };
	}
	return { stacked: true, labelX: 2, plot: [pad, width - pad], valuesX: width - 2, valuesAnchor: 'end', labelAbove: 16 };
}
