/** Wording shared by the standards explorer's titles, summaries, tooltips and tables. */

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `3` -> `three`; numbers past ten stay digits. */
export function numberWord(n: number): string {
	return NUMBER_WORDS[n] ?? String(n);
}

/** A percentage as printed: whole numbers without decimals, at most one decimal otherwise (66.7). */
export function pctText(pct: number): string {
	const rounded = Math.round(pct * 10) / 10;
	return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

export interface PctFigure {
	pct: number;
	nYes: number | null;
	nCases: number | null;
	derived: boolean;
}

/** ` (4 of 6 cases, derived from counts)` for a figure we computed from printed counts; empty otherwise. */
export function derivedSuffix(f: PctFigure): string {
	if (!f.derived) return '';
	const counts = f.nYes !== null && f.nCases !== null ? `${f.nYes} of ${f.nCases} case${f.nCases === 1 ? '' : 's'}, ` : '';
	return ` (${counts}derived from counts)`;
}

/** `63%`, or for a figure we computed from printed counts `66.7% (4 of 6 cases, derived from counts)`. */
export function figureText(f: PctFigure): string {
	return `${pctText(f.pct)}${derivedSuffix(f)}`;
}
