/**
 * Footnote markers and printed values in the contextual-facts tables.
 *
 * PDF exports glue a footnote number to the end of a label (`West Sussex12`,
 * `(FTE)24`, `(2019)2`) or print it as a superscript, sometimes after a space
 * (`Thurrock ⁶`, `data¹²`). A marker is never part of a figure: we split it off
 * the label before reading the label, and keep it to look the footnote up
 * (the footnote is where some reports print a figure's period).
 */

const SUPERSCRIPT_DIGITS: Record<string, string> = {
	'\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4',
	'\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9'
};
export const SUPERSCRIPT_CLASS = '[\\u2070\\u00b9\\u00b2\\u00b3\\u2074-\\u2079]';

export function superscriptToDigits(s: string): string {
	return s.replace(/[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/g, (c) => SUPERSCRIPT_DIGITS[c] ?? c);
}

const TRAILING_SUPERSCRIPT = new RegExp(`^(.*?)\\s*(${SUPERSCRIPT_CLASS}+)$`);
/**
 * ASCII digits glued (no space) to a letter or closing bracket at the end of a
 * label. A number the label really ends with is preceded by a space or a dash
 * (`in 2020`, `(10-17`), so it is never taken for a marker.
 */
const TRAILING_ASCII_MARKER = /^(.*[A-Za-z)\]'])(\d{1,2})$/;

export interface Marked {
	text: string;
	marker: number | null;
}

/** Split a footnote marker off the end of a label (or heading). */
export function splitMarker(raw: string): Marked {
	const text = raw.trim();
	const sup = TRAILING_SUPERSCRIPT.exec(text);
	if (sup && sup[1].length > 0) return { text: sup[1].trim(), marker: Number(superscriptToDigits(sup[2])) };
	const ascii = TRAILING_ASCII_MARKER.exec(text);
	if (ascii) return { text: ascii[1].trim(), marker: Number(ascii[2]) };
	return { text, marker: null };
}

/** A printed figure: `74`, `31.7%`, `867,635`, `02`, `£665,719`, `2.5`. */
export const VALUE_SOURCE = String.raw`(?:£\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?%)?`;

/** A line that starts with a figure: `74 First-time entrant rate ...`, or is only a figure. */
export const VALUE_FIRST = new RegExp(`^(${VALUE_SOURCE})(?:\\s+(.*\\S))?$`);
/** A line that ends with a figure: `Total staff headcount (FTE) 45`. */
export const LABEL_FIRST = new RegExp(`^(.*\\S)\\s+(${VALUE_SOURCE})$`);

export interface PrintedValue {
	value: number;
	percent: boolean;
	pounds: boolean;
	/** The figure as printed. */
	text: string;
}

export function parseValue(token: string): PrintedValue | null {
	const text = token.trim();
	const digits = text.replace(/[£%,\s]/g, '');
	if (!/^\d+(\.\d+)?$/.test(digits)) return null;
	const value = Number(digits); // `02` -> 2: a leading zero is layout, not a digit.
	if (!Number.isFinite(value)) return null;
	return { value, percent: text.endsWith('%'), pounds: text.startsWith('£'), text };
}

/** A page footer/header that PDF export leaves in the middle of tables and sentences. */
export function isPageFooter(text: string): boolean {
	return /^Inspection of youth (offending|justice) services\b/i.test(text);
}

/** Label text folded for matching: no quotes or emphasis, single spaces, no trailing colon. Case is kept (places are cited as printed). */
export function foldLabel(label: string): string {
	return label
		.replace(/['"*_]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/\s*:\s*$/, '')
		.trim();
}

/** `Sexual offence (contact)` -> `sexual_offence_contact`. */
export function slug(s: string): string {
	return foldLabel(s)
		.toLowerCase()
		.replace(/\+/g, '_plus')
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 60)
		.replace(/_+$/, '');
}
