/**
 * Where a tooltip goes, in px of its container: centred above the mark with a
 * gap, or below it when there is no room above, and kept inside the
 * container sideways. Either way it does not overlap the mark's box, so the
 * focused mark stays visible.
 */
export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

export interface Placement {
	x: number;
	y: number;
	placement: 'above' | 'below';
}

export function placeTooltip(
	anchor: Box,
	tooltip: { width: number; height: number },
	container: { scrollTop: number; scrollWidth: number },
	gap = 8
): Placement {
	const maxX = Math.max(0, container.scrollWidth - tooltip.width);
	const x = Math.min(Math.max(0, anchor.left + anchor.width / 2 - tooltip.width / 2), maxX);
	const above = anchor.top - gap - tooltip.height;
	if (above >= container.scrollTop) return { x: Math.round(x), y: Math.round(above), placement: 'above' };
	return { x: Math.round(x), y: Math.round(anchor.top + anchor.height + gap), placement: 'below' };
}
