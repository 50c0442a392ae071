/**
 * The peers view in words: the "similar" rule, the chart's finding, the
 * card's note and sources, and the at-a-glance line of each measure. Pure.
 */
import { formatValue } from '../../measures/laMeasures';
import { POLARITY_WORDS } from '../../measures/catalogue';
import { MIN_PEERS } from '../../stats/robust';
import { capitalise } from '../../charts/words';
import { LAIT_SOURCE } from '../context/wording';
import type { PeerModel } from './model';

/** The method that decides "similar", named in every note and summary. */
export const SIMILAR_METHOD =
	"within one robust standard deviation (1.4826 × the median absolute deviation) of the neighbours' median";

const ORDINAL = (n: number) => {
	const s = ['th', 'st', 'nd', 'rd'];
	const v = n % 100;
	return `${n}${s[(v - 20) % 10] || s[v] || s[0]}`;
};

export function peersFinding(m: Omit<PeerModel, 'title' | 'summary'>): { title: string; summary: string } {
	const fmt = (v: number) => formatValue(v, m.measure.unit);
	const label = m.measure.label.toLowerCase();
	const when = m.year !== null ? ` (${m.service?.period ?? m.year})` : '';
	const name = m.localAuthority;
	if (!m.service || m.service.value === null) {
		return {
			title: `${name}: no ${label} figure${m.year !== null ? ` for ${m.year}` : ''} to compare with its statistical neighbours`,
			summary: `${name}'s ${label} is ${m.service?.missing ?? 'not available'}.${m.median !== null ? ` The neighbours' median is ${fmt(m.median)} over ${m.medianCount} authorities.` : ''}`
		};
	}
	if (m.median === null)
		return {
			title: `${name}'s ${label}${when} is ${fmt(m.service.value)}; too few neighbours have a figure to compare`,
			summary: `Fewer than ${MIN_PEERS} of the ten statistical neighbours have a ${label} figure, too few for a median and spread.`
		};
	const rel = m.service.relation!;
	const verdict = m.service.verdict!;
	const relText =
		rel === 'similar'
			? `similar to its statistical neighbours' median of ${fmt(m.median)}`
			: `${rel} than its statistical neighbours' median of ${fmt(m.median)}`;
	const verdictText = verdict === 'better' || verdict === 'worse' ? ` (${verdict})` : '';
	const title = `${name}'s ${label}${when}, ${fmt(m.service.value)}, is ${relText}${verdictText}`;
	const pos = m.position!;
	const highestFirst = pos.of - pos.lowestFirst + 1;
	const where =
		pos.lowestFirst <= highestFirst ? `${ORDINAL(pos.lowestFirst)} lowest of ${pos.of}` : `${ORDINAL(highestFirst)} highest of ${pos.of}`;
	const summary = `${name} is ${where} authorities with a figure. Median of ${m.medianCount} neighbours: ${fmt(m.median)}. "Similar" means ${SIMILAR_METHOD}: ${fmt(m.median - m.spread!)} to ${fmt(m.median + m.spread!)}. ${capitalise(POLARITY_WORDS[m.measure.polarity])}. ${m.points
		.filter((p) => !p.isService)
		.map((p) => `${p.laName}: ${p.value !== null ? fmt(p.value) : p.missing}`)
		.join('; ')}.`;
	return { title, summary };
}

/** One measure for the at-a-glance list: the service's figure against the peer median, in a sentence. */
export function glanceText(m: PeerModel): string {
	const s = m.service;
	const when = m.year !== null ? ` (${s?.period ?? m.year})` : '';
	if (!s || s.value === null) return `${m.measure.label}${when}: ${s?.missing ?? 'not available'}`;
	const fmt = (v: number) => formatValue(v, m.measure.unit);
	if (m.median === null) return `${m.measure.label}${when}: ${fmt(s.value)}; too few neighbours have a figure to compare`;
	const rel = s.relation === 'similar' ? 'similar to' : `${s.relation} than`;
	const verdict = s.verdict === 'better' || s.verdict === 'worse' ? ` (${s.verdict})` : '';
	const withFigure = m.points.filter((p) => !p.isService && p.value !== null).length;
	const few = withFigure < m.points.length - 1 ? ` (${withFigure} of ${m.points.length - 1} neighbours have a figure)` : '';
	return `${m.measure.label}${when}: ${fmt(s.value)}, ${rel} the peer median of ${fmt(m.median)}${verdict}${few}; ${POLARITY_WORDS[m.measure.polarity]}`;
}

/** The card's note: the peer group, the method, the polarity, the year and the model's notes. */
export function peersNote(model: PeerModel, heading: string): string {
	return [
		`Peer group: the ten DfE statistical neighbours of ${heading} (May 2025). Median of the neighbours with a figure, not counting ${heading}.`,
		`Method: "similar" means ${SIMILAR_METHOD}; otherwise lower or higher. LAIT publishes no counts or populations with these figures, so no confidence interval can be put on one authority's value and the peer group's spread decides.`,
		`Which way is better: ${POLARITY_WORDS[model.measure.polarity]}.`,
		model.year !== null ? `Year: ${model.service?.period ?? model.year}.` : '',
		...model.notes
	]
		.filter(Boolean)
		.join(' ');
}

const NEIGHBOURS_SOURCE = {
	label: "DfE children's services statistical neighbours, May 2025 (LAIT sn_may_2025.xlsx)",
	href: 'https://github.com/dfe-analytical-services/local-authority-interactive-tool'
};
const SCORES_SOURCE = { label: 'HMIP youth justice inspection scores (data/national/national_scores.csv: data-to-insight scrape and public pages)' };

/** The neighbours' release, then the scores' or LAIT's, as the measure needs. */
export function peersSources(scores: boolean): { label: string; href?: string }[] {
	return [NEIGHBOURS_SOURCE, scores ? SCORES_SOURCE : LAIT_SOURCE];
}
