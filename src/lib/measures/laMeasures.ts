/**
 * The local-authority indicators (DfE LAIT, table `la_indicators`) that the
 * context view charts: the LAIT entries of the measures catalogue
 * (`measures/catalogue.ts`), which holds their labels, units and polarity.
 */
import { MEASURES, type Measure } from './catalogue';

export { formatTick, formatValue, POLARITY_WORDS, type Polarity } from './catalogue';

/** Measure ids as stored in `la_indicators.measure`. */
export type LaMeasureId = 'first_time_entrant_rate' | 'reoffending_rate_15_17' | 'reoffending_rate_10_14' | 'youth_justice_spend';

export interface LaMeasure extends Measure {
	id: LaMeasureId;
	unit: 'rate' | 'percent' | 'gbp';
}

export const LA_MEASURES: readonly LaMeasure[] = MEASURES.filter((m): m is LaMeasure => m.source === 'lait' && m.views.includes('context'));

export function measureByParam(param: string): LaMeasure | undefined {
	return LA_MEASURES.find((m) => m.param === param);
}

/** Why LAIT has no value, in plain words (the `flag` and `suppressed` columns). */
export function missingReason(row: { suppressed: boolean | null; flag: string | null }): string {
	const flag = row.flag ?? '';
	if (flag.includes('england_fte_invalid')) return 'not valid in the source (England first-time entrants)';
	if (flag.includes('zero_spend_quirk')) return 'not available (the source shows £0, not a real outturn)';
	if (flag.includes('abolished_la_zero')) return 'not available (authority abolished)';
	if (row.suppressed) return 'not available (suppressed or not published in the source)';
	return 'not available';
}

/**
 * The first and last years with LAIT data, from a view's bounds query (each row carries both);
 * 2016–2024 before any row is known.
 */
export function laitYears(bounds: ReadonlyArray<{ min_year: number; max_year: number }>): { minYear: number; maxYear: number } {
	return { minYear: bounds[0]?.min_year ?? 2016, maxYear: bounds[0]?.max_year ?? 2024 };
}

/** The years of a year select, first to last (or latest first). */
export function yearRange({ minYear, maxYear }: { minYear: number; maxYear: number }, latestFirst = false): number[] {
	const years = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);
	return latestFirst ? years.reverse() : years;
}
