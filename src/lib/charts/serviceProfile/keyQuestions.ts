/**
 * Key questions of one inspection as chart rows: one row per standard and
 * aspect, the % of cases answered 'Yes' against the 50/65/80 bands. A key
 * question the report does not print is a row with no value ("Not reported
 * in this inspection"), never a zero. Pure.
 */
import {
	ASPECTS,
	ASPECT_LABELS,
	KEY_QUESTION_BANDS,
	STANDARDS,
	parseRating,
	ratingForKeyQuestionPct,
	standardByCode,
	type Aspect,
	type Rating
} from '../../framework';
import type { ProfileKeyQuestionRow, ProfileRatingRow } from '../../db/queries/services';
import { parseCitation } from '../../components/sourceLink';
import { crossesBandLine, figureWords, isSmallSample, lowestKeyQuestionWords, pctWords, ratingAgainstRange, sampleOf, SMALL_SAMPLE, type SampleBasis } from '../certainty';
import { listWords } from '../words';

export interface KeyQuestionBar {
	key: string;
	standardCode: string;
	standardName: string;
	/** The standard's rating in this inspection, if rated. */
	standardRating: string | null;
	aspect: Aspect | 'other';
	aspectLabel: string;
	question: string | null;
	pct: number | null;
	/** Band the % falls in (50/65/80), null when not reported. */
	band: Rating | null;
	nYes: number | null;
	/** Cases the % rests on (see `basis`); null where no sample is printed. */
	nCases: number | null;
	basis: SampleBasis | null;
	/** 95% Wilson interval, percentage points. */
	ci: { low: number; high: number } | null;
	derived: boolean;
	source: string | null;
}

export interface KeyQuestionModel {
	bars: KeyQuestionBar[];
	/** Standards in order, with their bars, for grouped rendering. */
	standards: { code: string; name: string; rating: string | null; bars: KeyQuestionBar[]; certainty: string | null }[];
	reported: number;
	missing: number;
	title: string;
	summary: string;
}

const CASE_BASED = STANDARDS.filter((s) => s.caseBased).map((s) => s.code);

function lineOf(source: string): number {
	return parseCitation(source)?.line ?? Number.MAX_SAFE_INTEGER;
}

function shortQuestion(q: string): string {
	return q.length > 60 ? `${q.slice(0, 57).trimEnd()}…` : q;
}

const fmt = pctWords;

export function shapeKeyQuestions(rows: readonly ProfileKeyQuestionRow[], ratings: readonly ProfileRatingRow[]): KeyQuestionModel {
	const ratingOf = (code: string) => ratings.find((r) => r.standard_code === code) ?? null;
	// Every case-based standard gets its three aspects; any other standard the report asks key questions of
	// (e.g. 3.4 in the original framework) is added with the questions it prints.
	const codes = [...new Set([...CASE_BASED, ...rows.map((r) => r.standard_code)])].sort((a, b) =>
		a.localeCompare(b, 'en', { numeric: true })
	);
	const standards: KeyQuestionModel['standards'] = [];
	const bars: KeyQuestionBar[] = [];
	for (const code of codes) {
		const rated = ratingOf(code);
		const name = rated?.standard_name ?? standardByCode(code)?.name ?? code;
		const own = rows.filter((r) => r.standard_code === code).sort((a, b) => lineOf(a.source) - lineOf(b.source));
		const group: KeyQuestionBar[] = [];
		const base = { standardCode: code, standardName: name, standardRating: rated?.rating ?? null };
		if (standardByCode(code)?.caseBased) {
			for (const aspect of ASPECTS) {
				const r = own.find((q) => q.aspect === aspect);
				group.push(toBar(base, aspect, ASPECT_LABELS[aspect], r ?? null, `${code}:${aspect}`));
			}
		}
		own
			.filter((r) => !(ASPECTS as readonly string[]).includes(r.aspect) || !standardByCode(code)?.caseBased)
			.forEach((r, i) => group.push(toBar(base, 'other', shortQuestion(r.question), r, `${code}:other:${i}`)));
		if (group.length) {
			const lowest = group.filter((b) => b.pct !== null).sort((a, b) => a.pct! - b.pct!)[0];
			const certainty = lowest ? lowestKeyQuestionWords(parseRating(base.standardRating ?? ''), { ...lowest, pct: lowest.pct! }) : null;
			standards.push({ code, name, rating: base.standardRating, bars: group, certainty });
			bars.push(...group);
		}
	}
	const reported = bars.filter((b) => b.pct !== null);
	const missing = bars.length - reported.length;
	return { bars, standards, reported: reported.length, missing, ...keyQuestionFinding(reported, missing, standards) };
}

function toBar(
	base: { standardCode: string; standardName: string; standardRating: string | null },
	aspect: Aspect | 'other',
	aspectLabel: string,
	r: ProfileKeyQuestionRow | null,
	key: string
): KeyQuestionBar {
	const pct = r?.pct_yes ?? null;
	return {
		key,
		...base,
		aspect,
		aspectLabel,
		question: r?.question ?? null,
		pct,
		band: pct === null ? null : ratingForKeyQuestionPct(pct),
		nYes: r?.n_yes ?? null,
		...(r ? sampleOf(r) : { nCases: null, basis: null, ci: null }),
		derived: r?.derived === true,
		source: r?.source ?? null
	};
}

function keyQuestionFinding(reported: KeyQuestionBar[], missing: number, standards: KeyQuestionModel['standards']): { title: string; summary: string } {
	if (reported.length === 0)
		return { title: 'Key questions: not reported in this inspection', summary: 'The report prints no key-question figures.' };
	const lowest = [...reported].sort((a, b) => a.pct! - b.pct! || a.standardCode.localeCompare(b.standardCode))[0];
	const below65 = reported.filter((b) => b.pct! < 65).length;
	const title =
		`Lowest: ${lowest.standardCode} ${lowest.standardName}, ${lowest.aspectLabel.toLowerCase()}, ${fmt(lowest.pct!)} 'Yes'; ` +
		`${below65} of ${reported.length} key questions below the 65% Good threshold`;
	const counts = KEY_QUESTION_BANDS.map((b) => ({ rating: b.rating, n: reported.filter((r) => r.band === b.rating).length }))
		.filter((c) => c.n > 0)
		.map((c) => `${c.n} ${c.rating}`)
		.join(', ');
	const summary =
		`${reported.length} key questions reported${missing ? `, ${missing} not reported in this inspection` : ''}. ` +
		`By band: ${counts}. Lowest: ${lowest.standardCode} ${lowest.aspectLabel}, ${figureWords({ ...lowest, pct: lowest.pct! })}.` +
		sampleNote(reported) +
		bandLineNote(standards);
	return { title, summary };
}

/** Which standards' lowest key question is not clear-cut in its band, once; the full sentence is in the table. */
function bandLineNote(standards: KeyQuestionModel['standards']): string {
	const lowestOf = (g: KeyQuestionModel['standards'][number]) => g.bars.filter((b) => b.pct !== null).sort((a, b) => a.pct! - b.pct!)[0];
	const crossing = standards.filter((g) => lowestOf(g) && crossesBandLine({ ...lowestOf(g), pct: lowestOf(g).pct! })).map((g) => g.code);
	const parts = crossing.length
		? [` Given the cases read, the lowest key question's plausible range crosses a band line on ${listWords(crossing)} (‡).`]
		: [];
	for (const g of standards) {
		const low = lowestOf(g);
		const against = low ? ratingAgainstRange(parseRating(g.rating ?? ''), { ...low, pct: low.pct! }) : null;
		if (against) parts.push(` ${g.code}: ${against.replace(/^That range/, 'the range of its lowest key question').replace(/^The (.+) rating lies outside that range/, "the $1 rating lies outside its lowest key question's range")}`);
	}
	return parts.join('');
}

/** Cases behind a standard's figures: `up to 8 cases`, `6 cases`, `3–4 cases`; null without a sample. */
export function standardSampleWords(bars: readonly KeyQuestionBar[]): string | null {
	const sampled = bars.filter((b) => b.pct !== null && b.basis && b.nCases !== null);
	if (!sampled.length) return null;
	const ns = sampled.map((b) => b.nCases!);
	const [lo, hi] = [Math.min(...ns), Math.max(...ns)];
	const approx = sampled.some((b) => b.basis === 'domain_cases_inspected') ? 'up to ' : '';
	const small = sampled.some((b) => isSmallSample(b)) ? ', small sample' : '';
	return `${approx}${lo === hi ? lo : `${lo}–${hi}`} case${hi === 1 ? '' : 's'}${small}`;
}

/** ` 12 of 12 figures rest on fewer than 10 cases (small samples).` or empty. */
function sampleNote(reported: readonly KeyQuestionBar[]): string {
	const small = reported.filter((b) => isSmallSample(b)).length;
	return small ? ` ${small} of ${reported.length} figures rest on fewer than ${SMALL_SAMPLE} cases (small samples).` : '';
}
