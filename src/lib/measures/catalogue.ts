/**
 * One catalogue of the measures the dashboard compares: what each is, where
 * it comes from, how it reads, which way is better, and which views show it.
 * Data, not code: adding a LAIT measure to a view is one entry here. The
 * context and peers views, their tables, exports and screen-reader text read
 * labels, units and polarity from it.
 *
 * Polarity is stated once, here, and shown wherever the measure is: lower is
 * better for first-time entrants and reoffending (fewer children drawn into,
 * or back into, the system); no judgement for spend (more or less money says
 * nothing by itself about quality) and for demographic shares (a share is
 * context, not a result); higher is better for an inspection score.
 */

/** Which direction is better. `neither` is read "no judgement". */
export type Polarity = 'lower_is_better' | 'higher_is_better' | 'neither';

export type MeasureUnit = 'rate' | 'rate_10k' | 'percent' | 'gbp' | 'gbp_per_child' | 'score' | 'share';

/** Views that show a measure (routes without the slash). */
export type MeasureView = 'context' | 'peers' | 'compare' | 'disproportionality' | 'services';

export interface Measure {
	/** Stable id: `la_indicators.measure` for LAIT measures. */
	id: string;
	/** Readable URL value, e.g. `?measure=reoffending-15-17`. */
	param: string;
	source: 'lait' | 'hmip' | 'report';
	/** The code in the source (LAIT's measure code), for the data page and citations. */
	sourceCode: string;
	label: string;
	/** Axis label, with the unit. */
	axis: string;
	/** Short axis label for small panels. */
	shortAxis: string;
	/** Also names the formatter (`formatMeasureValue`). */
	unit: MeasureUnit;
	polarity: Polarity;
	/** One value per year (the `year` control applies). */
	yearly: boolean;
	/** What one value's period is, for notes. */
	periodNote: string;
	views: readonly MeasureView[];
}

export const MEASURES: readonly Measure[] = [
	{
		id: 'first_time_entrant_rate',
		param: 'first-time-entrants',
		source: 'lait',
		sourceCode: 'FirstYJS',
		label: 'First-time entrants',
		axis: 'First-time entrants per 100,000 children aged 10–17',
		shortAxis: 'Per 100,000 aged 10–17',
		unit: 'rate',
		polarity: 'lower_is_better',
		yearly: true,
		periodNote: 'calendar year',
		views: ['context', 'peers', 'compare']
	},
	{
		id: 'reoffending_rate_15_17',
		param: 'reoffending-15-17',
		source: 'lait',
		sourceCode: 'ReoffYO15-17',
		label: 'Reoffending, aged 15–17',
		axis: 'Proven reoffending, aged 15–17 (%)',
		shortAxis: 'Reoffending (%)',
		unit: 'percent',
		polarity: 'lower_is_better',
		yearly: true,
		periodNote: 'cohort year as labelled in LAIT',
		views: ['context', 'peers', 'compare']
	},
	{
		id: 'reoffending_rate_10_14',
		param: 'reoffending-10-14',
		source: 'lait',
		sourceCode: 'ReoffYO',
		label: 'Reoffending, aged 10–14',
		axis: 'Proven reoffending, aged 10–14 (%)',
		shortAxis: 'Reoffending (%)',
		unit: 'percent',
		polarity: 'lower_is_better',
		yearly: true,
		periodNote: 'cohort year as labelled in LAIT',
		views: ['context', 'compare']
	},
	{
		id: 'youth_justice_spend',
		param: 'spend',
		source: 'lait',
		sourceCode: 'YouthJusticeFinance',
		label: 'Youth justice spend',
		axis: 'Gross youth justice spend (£)',
		shortAxis: 'Spend (£)',
		unit: 'gbp',
		polarity: 'neither',
		yearly: true,
		periodNote: 'financial year (plotted at its start year)',
		views: ['context', 'peers', 'compare']
	},
	{
		id: 'cautioned_or_sentenced_rate',
		param: 'cautioned-or-sentenced',
		source: 'lait',
		sourceCode: 'YJS_Caution-Sentence10-17_YO',
		label: 'Children cautioned or sentenced',
		axis: 'Children cautioned or sentenced per 10,000 aged 10–17',
		shortAxis: 'Per 10,000 aged 10–17',
		unit: 'rate_10k',
		// Not one of the measures the dashboard judges (first-time entrants, reoffending): no direction is claimed.
		polarity: 'neither',
		yearly: true,
		periodNote: 'financial year (2024-25 only in LAIT)',
		views: ['compare']
	},
	{
		id: 'lac_convicted_pct',
		param: 'looked-after-convicted',
		source: 'lait',
		sourceCode: 'LAC_Convictions',
		label: 'Looked-after children convicted or cautioned',
		axis: 'Looked-after children (12 months or more) convicted or cautioned (%)',
		shortAxis: '% convicted or cautioned',
		unit: 'percent',
		polarity: 'neither',
		yearly: true,
		periodNote: 'year ending 31 March',
		views: ['compare']
	},
	{
		id: 'inspection_score',
		param: 'inspection-score',
		source: 'hmip',
		sourceCode: 'score out of 36',
		label: 'Inspection score',
		axis: 'HMIP inspection score (out of 36)',
		shortAxis: 'Score (/36)',
		unit: 'score',
		polarity: 'higher_is_better',
		yearly: false,
		periodNote: 'latest inspection scored out of 36',
		views: ['peers']
	},
	{
		id: 'demographic_share',
		param: 'demographic-share',
		source: 'report',
		sourceCode: 'caseload tables',
		label: 'Share of the caseload by age, ethnicity or gender',
		axis: 'Share of the caseload (%)',
		shortAxis: 'Share (%)',
		unit: 'share',
		polarity: 'neither',
		yearly: false,
		periodNote: 'as the report prints it',
		views: ['disproportionality']
	}
];

/** Polarity in words, for notes, tables, exports and screen readers. */
export const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
	lower_is_better: 'lower is better',
	higher_is_better: 'higher is better',
	neither: 'no judgement: higher is neither better nor worse'
};

export function measuresFor(view: MeasureView): Measure[] {
	return MEASURES.filter((m) => m.views.includes(view));
}

export function measureByParam(param: string): Measure | undefined {
	return MEASURES.find((m) => m.param === param);
}

const INTEGER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const TWO_DP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A value with its unit, as a reader sees it: `74 per 100,000`, `31.7%`, `£1,727,281`. */
export function formatValue(value: number, unit: MeasureUnit): string {
	switch (unit) {
		case 'rate':
			return `${INTEGER.format(value)} per 100,000`;
		case 'rate_10k':
			return `${ONE_DP.format(value)} per 10,000`;
		case 'percent':
		case 'share':
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
export function formatTick(value: number, unit: MeasureUnit): string {
	if (unit === 'gbp') {
		if (Math.abs(value) >= 1_000_000) return `£${ONE_DP.format(value / 1_000_000)}m`;
		if (Math.abs(value) >= 1_000) return `£${INTEGER.format(value / 1_000)}k`;
		return `£${INTEGER.format(value)}`;
	}
	if (unit === 'gbp_per_child') return `£${INTEGER.format(value)}`;
	if (unit === 'percent' || unit === 'share') return `${INTEGER.format(value)}%`;
	return INTEGER.format(value);
}
