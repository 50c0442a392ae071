/**
 * How sure a key-question % is, in words a board member reads: the sample it
 * rests on, the range it could plausibly take (95% Wilson interval, computed
 * at build time into `key_questions.ci_low/ci_high`), whether the sample is
 * small, and whether the lowest key question sits clearly in its band.
 * Shared by the standards explorer, the service profile and the compare view.
 */
import { KEY_QUESTION_BANDS, ratingForKeyQuestionPct, type Rating } from '../framework';
import type { TableColumn } from './export/columns';

/**
 * Fewer than 10 cases is a small sample: one case then moves the % by more
 * than 10 points (two-thirds of a 15-point band), and the 95% interval of any
 * figure is about 30 points wide or more (see /methods).
 */
export const SMALL_SAMPLE = 10;

export type SampleBasis = 'printed_for_question' | 'domain_cases_inspected';

export interface Sampled {
	pct: number;
	nCases: number | null;
	basis: SampleBasis | null;
	ci: { low: number; high: number } | null;
}

/** The sample fields of a `key_questions` row, typed. */
export function sampleOf(row: { n_cases: number | null; n_cases_basis: string | null; ci_low: number | null; ci_high: number | null }): Omit<Sampled, 'pct'> {
	const basis = row.n_cases_basis === 'printed_for_question' || row.n_cases_basis === 'domain_cases_inspected' ? row.n_cases_basis : null;
	const ci = basis && row.ci_low !== null && row.ci_high !== null ? { low: row.ci_low, high: row.ci_high } : null;
	return { nCases: row.n_cases, basis, ci };
}

export function isSmallSample(f: Pick<Sampled, 'nCases' | 'basis'>): boolean {
	return f.basis !== null && f.nCases !== null && f.nCases < SMALL_SAMPLE;
}

export function isApproximate(f: Pick<Sampled, 'basis'>): boolean {
	return f.basis === 'domain_cases_inspected';
}

const whole = (x: number) => `${Math.round(x)}%`;

/** `66.7%` / `63%`. */
export function pctWords(pct: number): string {
	const rounded = Math.round(pct * 10) / 10;
	return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

/** `6 cases`, or `up to 17 cases` where the sample is the domain's cases inspected; null without a sample. */
export function casesWords(f: Pick<Sampled, 'nCases' | 'basis'>): string | null {
	if (f.basis === null || f.nCases === null) return null;
	const n = `${f.nCases} case${f.nCases === 1 ? '' : 's'}`;
	return isApproximate(f) ? `up to ${n}` : n;
}

/** `could plausibly be 30% to 90%`; null without an interval. */
export function plausibleWords(f: Pick<Sampled, 'ci'>): string | null {
	return f.ci ? `could plausibly be ${whole(f.ci.low)} to ${whole(f.ci.high)}` : null;
}

/**
 * `67% of 6 cases; could plausibly be 30% to 90%` (with `, a small sample`
 * under 10 cases), or `63%; no sample printed, so how sure it is cannot be said`.
 */
export function certaintyWords(f: Sampled, pctText: string = pctWords(f.pct)): string {
	const cases = casesWords(f);
	const plausible = plausibleWords(f);
	if (!cases || !plausible) return `${pctText}; no sample printed, so how sure it is cannot be said`;
	return `${pctText} of ${cases}${isSmallSample(f) ? ' (a small sample)' : ''}; ${plausible}`;
}

/** The 0–100 span of a key-question band: [from, to). */
function bandRange(rating: Rating): { from: number; to: number } {
	const ascending = [...KEY_QUESTION_BANDS].sort((a, b) => a.minPct - b.minPct);
	const i = ascending.findIndex((b) => b.rating === rating);
	return { from: ascending[i].minPct, to: ascending[i + 1]?.minPct ?? 101 };
}

/** Whether the sample's range rules out a rating that differs from the figure's band; null where they agree. */
export function ratingAgainstRange(rating: Rating | null, f: Sampled): string | null {
	const band = ratingForKeyQuestionPct(f.pct);
	if (!rating || !band || !f.ci || rating === band) return null;
	const r = bandRange(rating);
	return f.ci.high >= r.from && f.ci.low < r.to
		? `That range reaches the ${rating} band, so the sample does not rule out the ${rating} rating.`
		: `The ${rating} rating lies outside that range.`;
}

/** True when the figure's range crosses a line of the key-question bands. */
export function crossesBandLine(f: Sampled): boolean {
	const band = ratingForKeyQuestionPct(f.pct);
	if (!band || !f.ci) return false;
	const { from, to } = bandRange(band);
	return (to <= 100 && f.ci.high >= to) || (from > 0 && f.ci.low < from);
}

/**
 * Said in words where it matters: the lowest key question's interval crosses
 * a band line, or the standard's rating differs from what that interval
 * allows. Null where the figure is clearly in its band and the rating agrees,
 * or where there is no interval.
 */
export function lowestKeyQuestionWords(rating: Rating | null, f: Sampled): string | null {
	const band = ratingForKeyQuestionPct(f.pct);
	if (!band || !f.ci) return null;
	const { from, to } = bandRange(band);
	const lines: string[] = [];
	if (to <= 100 && f.ci.high >= to) lines.push(`not clearly below the ${to}% line`);
	if (from > 0 && f.ci.low < from) lines.push(`not clearly above the ${from}% line`);
	const figure = `${pctWords(f.pct)} of ${casesWords(f)}`;
	const plausible = plausibleWords(f)!;
	let sentence = lines.length
		? `The lowest key question, ${figure}, is ${lines.join(' and ')}: it ${plausible}.`
		: rating && rating !== band
			? `The lowest key question, ${figure}, is clearly in the ${band} band (it ${plausible}).`
			: null;
	const against = ratingAgainstRange(rating, f);
	if (against) sentence += ` ${against}`;
	return sentence;
}

export interface PctFigure {
	pct: number;
	nYes: number | null;
	nCases: number | null;
	derived: boolean;
	/** What nCases is; absent or null = no sample printed. */
	basis?: SampleBasis | null;
	/** 95% Wilson interval, percentage points. */
	ci?: { low: number; high: number } | null;
}

/**
 * ` (4 of 6 cases, derived from counts, a small sample; could plausibly be 30% to 90%)`,
 * ` (up to 17 cases; could plausibly be 40% to 82%)`, or ` (no sample printed)`.
 */
export function sampleSuffix(f: PctFigure): string {
	const sample = { nCases: f.nCases, basis: f.basis ?? null, ci: f.ci ?? null };
	const plausible = plausibleWords(sample);
	const parts: string[] = [];
	if (f.derived) parts.push(`${f.nYes !== null && f.nCases !== null ? `${f.nYes} of ${f.nCases} case${f.nCases === 1 ? '' : 's'}, ` : ''}derived from counts`);
	else if (casesWords(sample)) parts.push(casesWords(sample)!);
	if (isSmallSample(sample)) parts.push('a small sample');
	if (!plausible) return parts.length ? ` (${parts.join(', ')})` : ' (no sample printed)';
	return ` (${parts.join(', ')}; ${plausible})`;
}


/** `63% (up to 17 cases; could plausibly be 40% to 82%)`: the % with how sure it is. */
export function figureWords(f: PctFigure): string {
	return `${pctWords(f.pct)}${sampleSuffix(f)}`;
}

// ---------------------------------------------------------------------------
// Table and CSV columns

const NO_SAMPLE = 'No sample printed';
const BASIS_WORDS: Record<SampleBasis, string> = {
	printed_for_question: 'printed for the question',
	domain_cases_inspected: 'cases inspected in the domain (approximate)'
};
const basisText = (v: unknown) => BASIS_WORDS[v as SampleBasis] ?? String(v);
export interface SampleCells {
	n_cases: number | null;
	n_cases_basis: SampleBasis | null;
	ci_low: number | null;
	ci_high: number | null;
	small_sample: boolean | null;
}

/** The interval, its basis and the small-sample flag of a mark, as table cells. */
export function sampleCells(m: Omit<Sampled, 'pct'> | null): SampleCells {
	return {
		n_cases: m ? m.nCases : null,
		n_cases_basis: m ? m.basis : null,
		ci_low: m?.ci ? m.ci.low : null,
		ci_high: m?.ci ? m.ci.high : null,
		small_sample: m && m.basis ? isSmallSample(m) : null
	};
}
/** Table and CSV columns of a figure's sample and interval (filled by `sampleCells`). */
export const SAMPLE_COLUMNS: TableColumn[] = [
	{ key: 'n_cases_basis', label: 'Cases counted', format: basisText, missing: NO_SAMPLE },
	{ key: 'ci_low', label: 'Plausibly from (95% interval, %)', numeric: true, missing: NO_SAMPLE },
	{ key: 'ci_high', label: 'Plausibly to (95% interval, %)', numeric: true, missing: NO_SAMPLE },
	{ key: 'small_sample', label: `Small sample (under ${SMALL_SAMPLE} cases)`, format: (v) => (v ? 'Yes' : 'No'), missing: '\u2013' }
];
