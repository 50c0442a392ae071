/**
 * The compare view's English: chart titles and summaries from the model's
 * figures, and the notes of its chart cards. Pure; tested on its own.
 */
import { DOMAINS, RATINGS, SCORE_MAX, STANDARDS } from '../../framework';
import { listWords } from '../../charts/words';
import type { CompareEntity } from './catalogue';
import type { ScoreBar, StandardSpread, StandardsRow } from './model';

/** What a cell says for a measure its column does not have: never 0. */
export const NOT_REPORTED = 'Not reported';

export const SCORES_NOTE =
	'Scores out of 36: each of the 12 scored standards gives 3 points for Outstanding, 2 Good, 1 Requires improvement, 0 Inadequate. Bands: 0–6 Inadequate, 7–18 Requires improvement, 19–30 Good, 31–36 Outstanding. Each score is for its own inspection date.';

export const STANDARDS_NOTE =
	'Ratings from each inspection report\'s ratings page; 4.1 Resettlement is rated but not scored, and was not rated before 2021. Services without a report here, national-table rows and local authorities carry no standard ratings.';

/** A standard's domain in lower case, for labels: "governance and leadership". */
export function domainOf(code: string): string {
	const standard = STANDARDS.find((s) => s.code === code);
	return DOMAINS.find((d) => d.code === standard?.domain)?.name.toLowerCase() ?? '';
}

const scoreWithRating = (b: ScoreBar) => `${b.score}/${SCORE_MAX}${b.rating ? ` (${b.rating})` : ''}`;

/** The score chart's finding: highest and lowest, ties named, or why there is nothing to compare. */
export function scoresTitle(columns: number, bars: readonly ScoreBar[]): string {
	const scored = bars.filter((b) => b.score !== null);
	if (!columns) return 'No service chosen';
	if (!scored.length) return `None of the chosen columns has a score out of ${SCORE_MAX}`;
	if (scored.length === 1) return `Only ${scored[0].name} has a score out of ${SCORE_MAX}: ${scoreWithRating(scored[0])}`;
	const top = scored.reduce((a, b) => (b.score! > a.score! ? b : a));
	const bottom = scored.reduce((a, b) => (b.score! < a.score! ? b : a));
	const tied = scored.filter((b) => b.score === top.score);
	if (top.score === bottom.score) return `The chosen services all score ${top.score}/${SCORE_MAX}`;
	const lead = tied.length > 1 ? tied.map((t) => t.name).join(' and ') + ' score' : `${top.name} scores`;
	return `${lead} highest, ${scoreWithRating(top)}; ${bottom.name} lowest, ${scoreWithRating(bottom)}`;
}

export function scoresSummary(bars: readonly ScoreBar[]): string {
	return bars.map((b) => (b.score !== null ? `${b.name}: ${b.score}/${SCORE_MAX}${b.rating ? `, ${b.rating}` : ''}.` : `${b.name}: ${b.missingReason}.`)).join(' ');
}

/** The standards grid's finding: on how many standards the rated columns differ, and the widest gap. */
export function standardsTitle(rated: readonly StandardsRow[], differing: readonly string[], widest: readonly StandardSpread[]): string {
	if (!rated.length) return 'None of the chosen columns has standard ratings (inspection reports only)';
	if (rated.length === 1) return `Only ${rated[0].name} has standard ratings among the chosen columns`;
	if (!differing.length) return `The chosen services are rated the same on every standard they share`;
	const r = (row: StandardsRow, code: string) => row.cells.find((c) => c.code === code)!.rating;
	const gapOn = (w: StandardSpread) => `${w.code} ${w.name} (${domainOf(w.code)}): ${w.hi.name} ${r(w.hi, w.code)}, ${w.lo.name} ${r(w.lo, w.code)}`;
	const head = `Rated differently on ${differing.length} of ${STANDARDS.length} standards`;
	return widest.length === 1
		? `${head}; widest gap on ${gapOn(widest[0])}`
		: `${head}; widest gap, ${widest[0].gap} ${widest[0].gap === 1 ? 'point' : 'points'}, on ${widest.length} standards: ${listWords(widest.map((w) => `${w.code} ${w.name}`))}`;
}

/** Counts per rating keep the visible summary short; every cell's reading is in its aria-label and the table. */
export function standardsSummary(rows: readonly StandardsRow[]): string {
	return rows
		.map((row) => {
			if (!row.hasRatings) return `${row.name}: ${NOT_REPORTED} (no standard ratings).`;
			const counts = RATINGS.map((rt) => [rt, row.cells.filter((c) => c.rating === rt).length] as const)
				.filter(([, n]) => n > 0)
				.map(([rt, n]) => `${n} ${rt}`);
			const unrated = row.cells.filter((c) => !c.rating).length;
			return `${row.name}: ${counts.join(', ')}${unrated ? `, ${unrated} not rated` : ''}.`;
		})
		.join(' ');
}

/** The side-by-side table's heading: who, and on how many measures. */
export function compareTitle(entities: readonly CompareEntity[], measures: number): string {
	if (!entities.length) return 'Choose two or more services to compare';
	if (entities.length === 1) return `${entities[0].columnLabel} on its own: choose at least one more to compare`;
	const names = entities.map((e) => e.columnLabel);
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} side by side on ${measures} measures`;
}

export function compareSummary(entities: readonly CompareEntity[]): string {
	return entities.length
		? `Columns: ${entities.map((e) => e.accessibleName).join('; ')}. A measure a column does not have reads "${NOT_REPORTED}".`
		: 'Nothing chosen yet.';
}
