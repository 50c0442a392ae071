/**
 * How each aspect's key-question mark is drawn: a shape AND a colour, so the
 * aspects stay distinguishable in greyscale print and for colour-blind
 * readers. Colours are dark (they sit on the light rating-band tints) and
 * differ in lightness as well as hue.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { KEY_QUESTION_BANDS, KEY_QUESTION_THRESHOLDS, type Rating } from '../../framework';
import type { MarkAspect } from '../../views/standards/model';

export interface MarkStyle {
	shape: SymbolType;
	shapeName: string;
	colour: string;
}

export const MARK_STYLE: Record<MarkAspect, MarkStyle> = {
	desistance: { shape: symbolCircle, shapeName: 'circle', colour: '#1d1d1d' },
	safety_of_child: { shape: symbolTriangle, shapeName: 'triangle', colour: '#6a2c91' },
	safety_of_others: { shape: symbolSquare, shapeName: 'square', colour: '#0b6e4f' },
	other: { shape: symbolDiamond, shapeName: 'diamond', colour: '#8a4b00' }
};

/** SVG path of an aspect's mark, centred on 0,0, `size` in square pixels. */
export function markPath(aspect: MarkAspect, size = 110): string {
	return symbol(MARK_STYLE[aspect].shape, size)() ?? '';
}

export interface BandSpan {
	rating: Rating;
	from: number;
	to: number;
	/** `<50%`, `50-64%`, `65-79%`, `>=80%` (typographic dashes and signs). */
	range: string;
}

/** The four key-question bands as spans of the 0-100 axis, from the framework's thresholds. */
export function bandSpans(): BandSpan[] {
	const ascending = [...KEY_QUESTION_BANDS].sort((a, b) => a.minPct - b.minPct);
	return ascending.map((band, i) => {
		const next = ascending[i + 1]?.minPct ?? 100;
		const range =
			i === 0 ? `<${next}%` : i === ascending.length - 1 ? `\u2265${band.minPct}%` : `${band.minPct}\u2013${next - 1}%`;
		return { rating: band.rating, from: band.minPct, to: next, range };
	});
}

export const THRESHOLDS = KEY_QUESTION_THRESHOLDS;
