/**
 * Footnotes and the periods they print. Some tables state a figure's period
 * only in the footnote its marker points to, e.g. Thurrock's
 * `⁶ Youth Justice Board. (2022). First-time entrants, January to December 2020.`
 * The publication year in brackets is not the period; only the phrases below are.
 */
import type { Line } from '../text';
import { superscriptToDigits, SUPERSCRIPT_CLASS } from './markers';

/** How far below its reference we look for a footnote (footnotes sit at the page foot). */
const MAX_FOOTNOTE_DISTANCE = 150;

const FOOTNOTE_LINE = new RegExp(`^(\\d{1,2}|${SUPERSCRIPT_CLASS}+)\\s*(.*\\S)$`);

/**
 * The text of footnote `marker` referenced on line index `from`: the first line
 * below that starts with the marker and reads like a note (a capital letter
 * after the number), not like a table row (`12 Total current caseload: ...`).
 */
export function footnoteText(
	lines: readonly Line[],
	marker: number,
	from: number,
	isTableRow: (rest: string) => boolean
): string | null {
	for (let i = from + 1; i < Math.min(lines.length, from + 1 + MAX_FOOTNOTE_DISTANCE); i++) {
		const m = FOOTNOTE_LINE.exec(lines[i].text);
		if (!m) continue;
		if (Number(superscriptToDigits(m[1])) !== marker) continue;
		const rest = m[2];
		if (!/^[*"'(]?[A-Z]/.test(rest) || isTableRow(rest)) continue;
		return rest;
	}
	return null;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const PERIOD_PATTERNS: RegExp[] = [
	// `January to December 2020`, `April 2019 to March 2020`, `July 2019 to Jun 2020`
	new RegExp(`\\b(${MONTH}(?: \\d{4})? to ${MONTH} \\d{4})\\b`),
	// a caseload snapshot: `reflecting caseload on 19 October 2020`
	new RegExp(`\\bcaseload (?:on|at|as at) (\\d{1,2} ${MONTH} \\d{4})\\b`),
	// population estimates: `UK population estimates, mid-2020`
	/\b(mid-\d{4})\b/,
	// `Youth justice annual statistics: 2020 to 2021`
	/\b(\d{4} to \d{4})\b/
];

/** The period a footnote states, as printed; null when it states none. */
export function periodIn(footnote: string): string | null {
	const text = footnote.replace(/[*_]/g, '');
	for (const pattern of PERIOD_PATTERNS) {
		const m = pattern.exec(text);
		if (m) return m[1];
	}
	return null;
}
