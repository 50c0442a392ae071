/**
 * Where the labels of highlighted dots go: above the strip, each joined to
 * its dot by a leader line, none overlapping another.
 *
 * First choice: one row, labels in dot order, each as close as it can be to
 * its dot (pushed right, then left, just enough to clear its neighbours), so
 * leader lines never cross a label. When the labels are too wide for one row,
 * they are stacked in rows: a label takes the row nearest the strip whose
 * last label ends before it starts. Deterministic.
 */

export interface LabelBox {
	key: string;
	/** Centre of the dot the label belongs to, in px. */
	x: number;
	width: number;
}

export interface PlacedLabel {
	key: string;
	/** Row 0 is nearest the strip. */
	row: number;
	/** Left edge after placement. */
	left: number;
	width: number;
	/** Where the leader line leaves the label: the dot's x, clamped onto the label. */
	anchor: number;
}

function anchorOf(x: number, left: number, width: number): number {
	return Math.max(left + 4, Math.min(x, left + width - 4));
}

export function placeLabels(boxes: readonly LabelBox[], min: number, max: number, gap = 8): { labels: PlacedLabel[]; rows: number } {
	const sorted = [...boxes].sort((a, b) => a.x - b.x || a.key.localeCompare(b.key));
	if (sorted.length === 0) return { labels: [], rows: 0 };
	const total = sorted.reduce((sum, b) => sum + b.width, 0) + gap * (sorted.length - 1);
	if (total <= max - min) {
		const lefts = sorted.map((b) => b.x - b.width / 2);
		// Push right to clear the left neighbour (and the left edge)…
		for (let i = 0; i < sorted.length; i++) {
			const floor = i === 0 ? min : lefts[i - 1] + sorted[i - 1].width + gap;
			lefts[i] = Math.max(lefts[i], floor);
		}
		// …then left to clear the right edge and the right neighbour.
		for (let i = sorted.length - 1; i >= 0; i--) {
			const ceiling = i === sorted.length - 1 ? max - sorted[i].width : lefts[i + 1] - gap - sorted[i].width;
			lefts[i] = Math.min(lefts[i], ceiling);
		}
		return {
			labels: sorted.map((b, i) => ({ key: b.key, row: 0, left: lefts[i], width: b.width, anchor: anchorOf(b.x, lefts[i], b.width) })),
			rows: 1
		};
	}
	const rowEnds: number[] = [];
	const labels: PlacedLabel[] = [];
	for (const b of sorted) {
		const width = Math.min(b.width, max - min);
		const left = Math.max(min, Math.min(b.x - width / 2, max - width));
		let row = rowEnds.findIndex((end) => end + gap <= left);
		if (row === -1) {
			row = rowEnds.length;
			rowEnds.push(-Infinity);
		}
		rowEnds[row] = left + width;
		labels.push({ key: b.key, row, left, width, anchor: anchorOf(b.x, left, width) });
	}
	return { labels, rows: rowEnds.length };
}
