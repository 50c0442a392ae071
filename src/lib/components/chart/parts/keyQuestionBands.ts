/**
 * The four bands that rate a key question's % 'Yes' (below 50 Inadequate,
 * 50-64 Requires improvement, 65-79 Good, 80 and over Outstanding) as spans
 * of the 0-100 axis, low to high, from the framework's thresholds.
 */
import { KEY_QUESTION_BANDS, KEY_QUESTION_THRESHOLDS, type Rating } from '../../../framework';

export interface KeyQuestionBand {
	rating: Rating;
	from: number;
	to: number;
	/** `<50%`, `50–64%`, `65–79%`, `≥80%`. */
	range: string;
}

const ascending = [...KEY_QUESTION_BANDS].sort((a, b) => a.minPct - b.minPct);
const last = ascending.length - 1;
export const KEY_QUESTION_SPANS: readonly KeyQuestionBand[] = ascending.map(({ rating, minPct: from }, i) => {
	const to = i < last ? ascending[i + 1].minPct : 100;
	return { rating, from, to, range: i === 0 ? `<${to}%` : i === last ? `\u2265${from}%` : `${from}\u2013${to - 1}%` };
});

export { KEY_QUESTION_THRESHOLDS };
