/**
 * The context view's words that are not a chart's finding: the cards' notes
 * and the sources they cite. Pure.
 */
import { POLARITY_WORDS } from '../../measures/catalogue';
import type { TrendsModel } from './trends';

/** The LAIT release every trend and spend figure comes from. */
export const LAIT_SOURCE = {
	label: 'DfE Local Authority Interactive Tool (LAIT), bds_long_0.parquet @2e30e39',
	href: 'https://github.com/dfe-analytical-services/local-authority-interactive-tool'
} as const;

/** The method that decides whether the latest years moved, named in the note and on /methods. */
export const TREND_METHOD =
	"A change is called a movement only when the last two year-on-year changes go the same way and together exceed twice the series' median absolute year-on-year change over the earlier years shown; a one-year change is never called a trend.";

/** The trends card's note: the measure, its period and polarity, the method, the comparator and the model's notes. */
export function trendNote(model: TrendsModel): string {
	const { measure } = model;
	return [
		`${measure.label}: ${measure.axis.toLowerCase()}, ${measure.periodNote}, ${model.from}–${model.to}. Which way is better: ${POLARITY_WORDS[measure.polarity]}.`,
		`Method: ${TREND_METHOD}`,
		model.comparatorShown === 'none'
			? ''
			: `Comparator: ${model.comparatorShown === 'england' ? 'England' : "each authority's region"} (dashed).`,
		...model.notes
	]
		.filter(Boolean)
		.join(' ');
}

export const SPEND_NOTE =
	'Spend per child = LAIT gross youth justice spend (S251 outturn) ÷ the youth population (aged 10–17) printed in the report. Pairing rule: a population for (mid-)year Y is paired with the financial year Y to Y+1, which contains it; no population is brought in from elsewhere, and no figure is estimated. Reports that print no youth population get no figure.';

/** What the report-rates card cites when no chosen report prints a rate. */
export const NO_RATES_SOURCE = { label: 'Inspection reports (no rates printed)' } as const;

export const NO_SERVICE = 'No service chosen.';
export const NO_TRENDS = 'No local authority figures for the chosen services (LAIT covers English authorities only).';
