/** Wording shared by the standards explorer's titles, summaries, tooltips and tables. */
import { figureWords, pctWords } from '../certainty';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `3` -> `three`; numbers past ten stay digits. */
export function numberWord(n: number): string {
	return NUMBER_WORDS[n] ?? String(n);
}

/** A percentage as printed: whole numbers without decimals, at most one decimal otherwise (66.7). */
export const pctText = pctWords;

/** `63% (up to 17 cases; could plausibly be 40% to 82%)`: the % with how sure it is. */
export const figureText = figureWords;
