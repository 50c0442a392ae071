/**
 * Caseload demographics in the contextual-facts annexe: three small tables
 * (age, race/ethnicity, gender), each a header of categories followed by a
 * row for the service's caseload and one or more comparator rows:
 *
 *   Age               10–14 years   15–17 years
 *   Thurrock YOS      23%           77%
 *   National average  18%           82%
 *
 * PDF exports mangle these: header categories wrap over several lines
 * ("Black, Asian and" / "minority ethnic Unknown"), row labels wrap
 * ("Youth population (10–17" / "years) in West Sussex YJS 91.4% 8.6% -"),
 * footnote markers are glued to labels and values ("Race/ethnicity15",
 * "6%16", "Race/ethnicity ⁹") and column spacing is not reliable. We
 * therefore read categories by vocabulary, values as a run of `n%` tokens at
 * the end of a row, and only emit a row whose value count matches its header:
 * a row we cannot align is dropped, never guessed. A printed "-" is a column
 * with no figure and yields no record. Newer reports without the tables give
 * no records at all.
 */
import { sourceOf, type Line, type ReportText } from './text';
import type { DemographicRecord } from './types';

type Dimension = DemographicRecord['dimension'];

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g;
const HEADER = /^(age|race\s*\/\s*ethnicity|ethnicity|race|gender|sex)(?=[\s\d\u00b9\u00b2\u00b3\u2070-\u2079]|$)/i;
/** The heading word with a footnote number glued to it: "Race/ethnicity15". */
const HEADER_WORD = /^(age|race\s*\/\s*ethnicity|ethnicity|race|gender|sex)\d{0,2}(?=\s|$)/i;
/** A percentage, possibly with a footnote number glued after the % sign. */
const PCT_TOKEN = /^(\d{1,3}(?:\.\d+)?)%\d{0,2}$/;
/** A printed placeholder for "no figure" in a column. */
const EMPTY_TOKEN = /^(-|n\/a|\*|x)$/i;
/** Rows whose label says they are a comparison population. */
const COMPARATOR_LABEL = /national|average|england|wales|population|comparator|neighbour/i;
/** Lines that end a table: other headings, footnotes, prose. */
const TERMINATOR = /^(additional caseload|population information|caseload information|demographics of|education and|contextual facts|annexe)/i;
const FOOTNOTE_LINE = /^[\u00b9\u00b2\u00b3\u2070-\u2079]+\s|^\d{1,2}\s+[A-Z][a-z]+.*\(\d{4}\)|^\d{1,2}\s+(data|information) supplied/i;
/** How far below a header we look for its rows. */
const MAX_TABLE_LINES = 16;
const MAX_LABEL_LINES = 3;
const MAX_ROWS = 4;
/** Shares of a partition cannot add up to more than this: a misread row. */
const MAX_ROW_SUM = 102;

/** Words that may appear in a (wrapped) header, per dimension. */
const HEADER_VOCABULARY: Record<Dimension, RegExp> = {
	age: /^(\d{1,2}(-\d{1,2})?\+?|-|years?|aged?|and|over|under|to)$/i,
	ethnicity: /^(white|black|asian|and|minority|minorities|ethnic|ethnicity|unknown|not|known|recorded|stated|mixed|heritage|other|groups?|bame|bme|race|\/)$/i,
	gender: /^(male|female|unknown|not|known|recorded|other|gender|sex)$/i
};

function dimensionOf(word: string): Dimension {
	const w = word.toLowerCase();
	if (w === 'age') return 'age';
	if (w === 'gender' || w === 'sex') return 'gender';
	return 'ethnicity';
}

/** Superscripts removed, and glued footnote digits after the heading word. */
function clean(text: string): string {
	return text.replace(SUPERSCRIPTS, ' ').replace(/\s+/g, ' ').trim();
}

function categoriesOf(dimension: Dimension, header: string): string[] {
	const text = ` ${header.replace(HEADER_WORD, '')} `.toLowerCase();
	const out: string[] = [];
	let m: RegExpExecArray | null;
	if (dimension === 'age') {
		const band = /(\d{1,2})\s*-\s*(\d{1,2})|(\d{1,2})\s*(?:\+|years? and over)|under (\d{1,2})/g;
		while ((m = band.exec(text))) {
			if (m[1]) out.push(`${Number(m[1])}-${Number(m[2])}`);
			else if (m[3]) out.push(`${Number(m[3])}+`);
			else out.push(`under-${Number(m[4])}`);
		}
		return out;
	}
	const words =
		dimension === 'ethnicity'
			? /(black,? (?:asian,? )?and minority ethnic(?: groups?)?|\bbame\b|\bbme\b|ethnic minorit(?:y|ies)|minority ethnic)|(\bwhite\b)|(\bunknown\b|not known|not recorded|not stated)|(\bmixed(?: heritage)?\b)|(\basian\b)|(\bblack\b)|(\bother\b)/g
			: /(\bmale\b)|(\bfemale\b)|(\bunknown\b|not known|not recorded)|(\bother\b)/g;
	const names =
		dimension === 'ethnicity'
			? ['black_asian_minority_ethnic', 'white', 'unknown', 'mixed', 'asian', 'black', 'other']
			: ['male', 'female', 'unknown', 'other'];
	while ((m = words.exec(text))) {
		const index = m.slice(1).findIndex((g) => g !== undefined);
		out.push(names[index]);
	}
	return out;
}

function isHeaderContinuation(dimension: Dimension, text: string): boolean {
	const words = clean(text).replace(/,/g, ' ').split(' ').filter(Boolean);
	const vocabulary = HEADER_VOCABULARY[dimension];
	// A word may carry a glued footnote number ("Unknown16").
	return words.length > 0 && words.every((w) => vocabulary.test(w) || vocabulary.test(w.replace(/(?<=[a-z])\d{1,2}$/i, '')));
}

interface Value {
	/** Null for a printed "-": the column exists but has no figure. */
	pct: number | null;
	line: Line;
}

/** Split a line into its label and the run of value tokens at its end. */
function splitRow(line: Line): { label: string; values: Value[] } {
	const tokens = clean(line.text).replace(/(\d)\s+%/g, '$1%').split(' ').filter(Boolean);
	const values: Value[] = [];
	let end = tokens.length;
	// A bare number after the last percentage is a footnote marker ("6% 16").
	if (end >= 2 && /^\d{1,2}$/.test(tokens[end - 1]) && PCT_TOKEN.test(tokens[end - 2])) end--;
	let i = end - 1;
	for (; i >= 0; i--) {
		const pct = PCT_TOKEN.exec(tokens[i]);
		if (pct) values.unshift({ pct: Number(pct[1]), line });
		else if (EMPTY_TOKEN.test(tokens[i]) && (values.length > 0 || i === end - 1)) values.unshift({ pct: null, line });
		else break;
	}
	// A lone "-" with no percentage beside it is not a row of values.
	if (values.every((v) => v.pct === null)) return { label: clean(line.text), values: [] };
	return { label: tokens.slice(0, i + 1).join(' '), values };
}

/** "Hartlepool2" -> "Hartlepool"; "(10–17" stays as it is. */
function cleanLabel(label: string): string {
	return clean(label)
		.replace(/(?<=[A-Za-z)])\d{1,2}$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

interface Row {
	label: string;
	values: Value[];
}

function readRows(lines: readonly Line[], from: number, expected: number): Row[] {
	const rows: Row[] = [];
	let pending: string[] = [];
	let partial: Row | null = null;
	for (let i = from; i < Math.min(lines.length, from + MAX_TABLE_LINES) && rows.length < MAX_ROWS; i++) {
		const line = lines[i];
		const text = clean(line.text);
		if (!text) continue;
		if (HEADER.test(text) || TERMINATOR.test(text) || FOOTNOTE_LINE.test(line.text)) break;
		const { label, values } = splitRow(line);
		if (values.length === 0) {
			// A value row waiting for more values is broken by a label line.
			partial = null;
			if (text.length > 90 || pending.length >= MAX_LABEL_LINES) break;
			pending.push(text);
			continue;
		}
		if (partial && !label) {
			partial.values.push(...values);
		} else {
			partial = { label: cleanLabel([...pending, label].join(' ')), values };
			pending = [];
		}
		// A stray leading "-" (e.g. "National average - 18% 82%") is not a column.
		while (partial.values.length > expected && partial.values[0].pct === null) partial.values.shift();
		if (partial.values.length >= expected) {
			if (partial.values.length === expected) rows.push(partial);
			partial = null;
		}
	}
	return rows;
}

function rowsToRecords(report: ReportText, dimension: Dimension, categories: string[], rows: Row[]): DemographicRecord[] {
	const out: DemographicRecord[] = [];
	let haveCaseload = false;
	for (const row of rows) {
		if (!row.label) continue;
		const sum = row.values.reduce((s, v) => s + (v.pct ?? 0), 0);
		// A share is at most 100%: a row with more (or summing past rounding) is not a breakdown.
		if (sum > MAX_ROW_SUM || row.values.some((v) => (v.pct ?? 0) > 100)) continue;
		let population: DemographicRecord['population'];
		if (COMPARATOR_LABEL.test(row.label)) population = 'comparator';
		else if (!haveCaseload) population = 'caseload';
		else continue;
		if (population === 'caseload') haveCaseload = true;
		row.values.forEach((v, k) => {
			if (v.pct === null) return;
			out.push({
				dimension,
				category: categories[k],
				population,
				population_label: row.label,
				pct: v.pct,
				source: sourceOf(report, v.line)
			});
		});
	}
	return out;
}

export function parseDemographics(report: ReportText): DemographicRecord[] {
	const lines = report.lines;
	const out: DemographicRecord[] = [];
	const done = new Set<Dimension>();
	for (let i = 0; i < lines.length; i++) {
		const head = HEADER.exec(clean(lines[i].text));
		if (!head) continue;
		const dimension = dimensionOf(head[1].replace(/\s*\/\s*ethnicity/i, ''));
		if (done.has(dimension)) continue;
		// Gather the header, which may wrap over following (possibly blank) lines.
		const headerParts = [clean(lines[i].text)];
		let j = i + 1;
		for (; j < Math.min(lines.length, i + 8); j++) {
			const t = clean(lines[j].text);
			if (!t) continue;
			if (HEADER.test(t) || !isHeaderContinuation(dimension, t)) break;
			headerParts.push(t);
		}
		const categories = categoriesOf(dimension, headerParts.join(' '));
		if (categories.length < 2 || new Set(categories).size !== categories.length) continue;
		const records = rowsToRecords(report, dimension, categories, readRows(lines, j, categories.length));
		if (records.length === 0) continue;
		out.push(...records);
		done.add(dimension);
		i = j - 1;
	}
	return out;
}
