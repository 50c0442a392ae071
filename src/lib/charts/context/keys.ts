/**
 * Keyboard movement between a chart's marks: the chart is one tab stop and
 * the arrow keys (plus Home and End) move focus along its marks, so a reader
 * reaches every value without tabbing through dozens of points.
 * Returns the index to focus, or null when the key does not move.
 */
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
