/**
 * Rating colours: a blue–orange–red diverging scheme (ColorBrewer RdBu family)
 * that stays distinguishable under the common colour-vision deficiencies, and
 * a text colour per fill that passes WCAG contrast. Colour is never the only
 * signal: every mark also carries the rating's letter or name.
 */
import type { Rating } from '../framework';

export const RATING_FILL: Record<Rating, string> = {
	Outstanding: '#1f5f99',
	Good: '#9ccbe6',
	'Requires improvement': '#f6b08a',
	Inadequate: '#a4161a'
};

export const RATING_TEXT: Record<Rating, string> = {
	Outstanding: '#ffffff',
	Good: '#10233a',
	'Requires improvement': '#3a1a06',
	Inadequate: '#ffffff'
};

export const MISSING_FILL = '#f2f2f2';
