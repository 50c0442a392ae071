/**
 * A paste can lose its line breaks (some viewers copy a whole page as one
 * line). The ingest reads the ratings page and the tables line by line, so
 * such text cannot be read faithfully: rather than guess where lines broke, we
 * say so plainly.
 */
import { ExtractError } from './errors';

/** A report's lines are short: a median above this many characters means the breaks were lost. */
const LONGEST_TYPICAL_LINE = 400;
/** Under this many words the paste is not a report at all. */
const FEWEST_WORDS = 200;

/** Refuses text (pasted or from a file) whose line breaks were lost. */
export function checkLineBreaks(text: string): void {
	const lengths = text.split(/\r\n|\r|\n/).map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
	const median = lengths[Math.floor(lengths.length / 2)];
	if (lengths.length < 20 || median > LONGEST_TYPICAL_LINE) {
		throw new ExtractError(
			"This text has lost its line breaks, so the report's tables and ratings page cannot be read: add the report's PDF or web page instead."
		);
	}
}

/** Refuses a paste of nothing or of a few words, then text without line breaks. */
export function checkPastedText(text: string): void {
	const words = text.split(/\s+/).filter(Boolean).length;
	if (words === 0) throw new ExtractError('Nothing was pasted: copy the whole report (select all, copy) and paste it into the box.');
	if (words < FEWEST_WORDS) {
		throw new ExtractError(`Only ${words} word${words === 1 ? '' : 's'} were pasted, far too few for an inspection report: copy the whole report (select all, copy) and paste again.`);
	}
	checkLineBreaks(text);
}
