/**
 * The local-authority indicators (DfE LAIT, table `la_indicators`) that the
 * context and peers views chart: their URL names, labels, units and which
 * direction is better. One place, so both views word and colour a measure
 * the same way.
 */

/** Measure ids as stored in `la_indicators.measure`. */
export type LaMeasureId =
	| 'first_time_entrant_rate'
	| 'reoffending_rate_15_17'
	| 'reoffending_rate_10_14'
	| 'youth_justice_spend';

/** Which direction is better: lower first-time entrants or reoffending; spend is neither. */
export type Polarity = 'lower_is_better' | 'higher_is_better' | 'neither';

export interface LaMeasure {
	id: LaMeasureId;
	/** Readable URL value, e.g. `?measure=reoffending-15-17`. */
	param: string;
	label: string;
	/** Axis label, with the unit. */
	axis: string;
	/** Short axis label for small panels. */
	shortAxis: string;
	unit: 'rate' | 'percent' | 'gbp';
	polarity: Polarity;
	/** What one value's period is, for notes. */
	periodNote: string;
}

export const LA_MEASURES: readonly LaMeasure[] = [
	{
		id: 'first_time_entrant_rate',
		param: 'first-time-entrants',
		label: 'First-time entrants',
		axis: 'First-time entrants per 100,000 children aged 10–17',
		shortAxis: 'Per 100,000 aged 10–17',
		unit: 'rate',
		polarity: 'lower_is_better',
		periodNote: 'calendar year'
	},
	{
		id: 'reoffending_rate_15_17',
		param: 'reoffending-15-17',
		label: 'Reoffending, aged 15–17',
		axis: 'Proven reoffending, aged 15–17 (%)',
		shortAxis: 'Reoffending (%)',
		unit: 'percent',
		polarity: 'lower_is_better',
		periodNote: 'cohort year as labelled in LAIT'
	},
	{
		id: 'reoffending_rate_10_14',
		param: 'reoffending-10-14',
		label: 'Reoffending, aged 10–14',
		axis: 'Proven reoffending, aged 10–14 (%)',
		shortAxis: 'Reoffending (%)',
		unit: 'percent',
		polarity: 'lower_is_better',
		periodNote: 'cohort year as labelled in LAIT'
	},
	{
		id: 'youth_justice_spend',
		param: 'spend',
		label: 'Youth justice spend',
		axis: 'Gross youth justice spend (£)',
		shortAxis: 'Spend (£)',
		unit: 'gbp',
		polarity: 'neither',
		periodNote: 'financial year (plotted at its start year)'
	}
];

export function measureByParam(param: string): LaMeasure | undefined {
	return LA_MEASURES.find((m) => m.param === param);
}

const INTEGER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const TWO_DP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A value with its unit, as a reader sees it: `74 per 100,000`, `31.7%`, `£1,727,281`. */
export function formatValue(value: number, unit: LaMeasure['unit'] | 'gbp_per_child' | 'score'): string {
	switch (unit) {
		case 'rate':
			return `${INTEGER.format(value)} per 100,000`;
		case 'percent':
			return `${ONE_DP.format(value)}%`;
		case 'gbp':
			return `£${INTEGER.format(value)}`;
		case 'gbp_per_child':
			return `£${TWO_DP.format(value)}`;
		case 'score':
			return `${INTEGER.format(value)}/36`;
	}
}

/** Compact tick labels: `£1.5m`, `£250k`. */
export function formatTick(value: number, unit: LaMeasure['unit'] | 'gbp_per_child' | 'score'): string {
	if (unit === 'gbp') {
		if (Math.abs(value) >= 1_000_000) return `£${ONE_DP.format(value / 1_000_000)}m`;
		if (Math.abs(value) >= 1_000) return `£${INTEGER.format(value / 1_000)}k`;
		return `£${INTEGER.format(value)}`;
	}
	if (unit === 'gbp_per_child') return `£${INTEGER.format(value)}`;
	if (unit === 'percent') return `${INTEGER.format(value)}%`;
	return INTEGER.format(value);
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
