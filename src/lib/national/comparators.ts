/**
 * Headline England and Wales figures (../shared/data/national_comparators.csv),
 * hand-transcribed from publications: trust "medium" per the shared README.
 * Tidy means one number per row: the one composite cell ("1 Outstanding;
 * 6 Good; 8 RI; 1 Inadequate") is split into one row per rating.
 */
import { parseRating } from '../framework';
import { comparatorSource } from './sources';

export const COMPARATOR_SOURCE_COLUMNS = ['measure', 'period', 'geography', 'value', 'unit', 'source_url', 'notes'] as const;
export type ComparatorSourceRow = Record<(typeof COMPARATOR_SOURCE_COLUMNS)[number], string>;

export interface NationalComparator {
	measure: string;
	period: string;
	geography: string;
	value: number;
	unit: string;
	notes: string;
	source_url: string;
	trust: 'medium';
	source: string;
}

export const COMPARATOR_COLUMNS = [
	'measure', 'period', 'geography', 'value', 'unit', 'notes', 'source_url', 'trust', 'source'
] as const satisfies ReadonlyArray<keyof NationalComparator>;

const RATING_ABBREVIATIONS: Readonly<Record<string, string>> = { ri: 'Requires improvement' };

/** "1 Outstanding; 6 Good; 8 RI" → [{rating, count}]; null when the text is not such a list. */
export function parseRatingCounts(text: string): Array<{ rating: string; count: number }> | null {
	const parts = text.split(';').map((p) => p.trim()).filter(Boolean);
	const out: Array<{ rating: string; count: number }> = [];
	for (const part of parts) {
		const m = /^(\d+)\s+(.+)$/.exec(part);
		if (!m) return null;
		const rating = parseRating(RATING_ABBREVIATIONS[m[2].trim().toLowerCase()] ?? m[2]);
		if (!rating) return null;
		out.push({ rating, count: Number(m[1]) });
	}
	return out.length ? out : null;
}

export function tidyComparators(rows: ReadonlyArray<ComparatorSourceRow>): NationalComparator[] {
	const out: NationalComparator[] = [];
	for (const r of rows) {
		const base = {
			period: r.period.trim(),
			geography: r.geography.trim(),
			unit: r.unit.trim(),
			notes: r.notes.trim(),
			source_url: r.source_url.trim(),
			trust: 'medium' as const,
			source: comparatorSource(r.source_url.trim())
		};
		const raw = r.value.trim().replace(/,/g, '');
		if (/^-?\d+(\.\d+)?$/.test(raw)) {
			out.push({ ...base, measure: r.measure.trim(), value: Number(raw) });
			continue;
		}
		const counts = parseRatingCounts(r.value);
		if (!counts) throw new Error(`national_comparators: cannot read value "${r.value}" for "${r.measure}"`);
		const measure = r.measure.trim().replace(/\s*outcome counts\s*$/i, '').replace(/\s+\d{4}\/\d{2}$/, '');
		for (const { rating, count } of counts) {
			out.push({ ...base, measure: `${measure} rated ${rating} (count)`, value: count });
		}
	}
	return out;
}
