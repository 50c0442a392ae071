/**
 * Key-question and sub-question figures for the case-based standards
 * (domains two and three).
 *
 * Where the figures are printed:
 * - Every case-based standard has a block "Our rating for <standard> is based on
 *   the following key questions:" followed by a small table: one row per key
 *   question with its % 'Yes' (newer reports) or "Relevant cases / Number 'Yes'"
 *   counts (the original framework, e.g. Hartlepool 2020).
 * - Some reports then print sub-question tables: inline under each key question
 *   (Hartlepool: a heading repeating the key question, "Of the 6 cases
 *   inspected:", then counts), or in an "Annexe N: Inspection data" (Thurrock,
 *   West Sussex: standard heading, key question, then `a) ... 94%` rows).
 *
 * Layout varies: the figure may sit on the question's line (after a tab or
 * spaces) or on a later line, questions wrap over several lines or across a page
 * break (even with the figure printed in the middle of the question), footnote
 * markers are glued to questions (`safe?9`) and figures (`63% ¹⁹`), and footnote
 * text lands inside tables. We therefore read the text as a stream of question
 * fragments and figures rather than as fixed columns.
 */
import { STANDARDS, ORIGINAL_FRAMEWORK_NAMES, type Aspect } from '../framework';
import { sourceOf, type Line, type ReportText } from './text';
import type { KeyQuestionRecord } from './types';

const SUPERSCRIPT_DIGITS = '\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079';
/** A footnote marker: superscript digits, or up to three plain digits. */
const MARK = `(?:[${SUPERSCRIPT_DIGITS}]+|\\d{1,3})`;

export const ANCHOR = /\bbased on the following key questions\b/i;
/** "Our rating7 for implementation and delivery is based on" -> the standard's name. */
const ANCHOR_NAME = /\brating\S*\s+for\s+(.+?)\s+is\s+based\s+on\b/i;
/** `2.1. Assessment`, `2.1 Assessment`, `2. 4. Reviewing (court disposals)`. */
const STANDARD_HEADING = /^([1-4])\.\s?([1-9])\.?\s+(\S.*)$/;
const DOMAIN_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4' };
const DOMAIN_HEADING_WORD = /^Domain\s+(one|two|three|four)\b/i;
const DOMAIN_HEADING_NUMBER = /^([1-4])\.\s+(?:Organisational delivery|Court disposals|Out-of-court disposals|Resettlement)\b/i;
/** The annexe heading itself; a contents line ends with a page number and does not match. */
const ANNEXE_DATA = /^Annexe?\s+\d+\s*:\s*Inspection data\s*$/i;
const ANNEXE_ANY = /^Annexe?\s+\d+\s*:/i;
/** West Sussex's data annexe continues with interview counts that are not sub-questions. */
const END_OF_CASE_DATA = /^(?:Case manager interviews|We also asked inspectors)\b/i;

/** Words a printed question starts with (after an optional `a)` label). */
export const OPENER = /^(?:Does|Do|Is|Are|Has|Have|Where applicable|Where relevant|In cases where|To what extent)\b/;
const LABEL = /^\(?[a-z]\)\s*/;
/** Footnote text: a marker then a capitalised word, e.g. `7 The rating ...`, `¹⁹ Professional ...`. */
const FOOTNOTE = new RegExp(`^(?:[${SUPERSCRIPT_DIGITS}]+\\s*|\\d{1,3}\\s+)[A-Z\\[]`);
const PAGE_HEADER = /^Inspection of youth (?:offending|justice) services\b/i;
export const SEPARATOR = /^[-|:=\s]+$/;
/** `% 'Yes'` column header, possibly preceded by a question stem ("Does planning focus on:"). */
export const PCT_HEADER = /%\s*'?\s*yes\b'?/i;
/** `Of the 6 cases inspected:` / `Of the 4 cases with factors related to keeping the` ... `child safe:` */
export const COUNT_HEADER_START = /^Of the\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
/** Lines made only of the count-table column headings. */
export const COUNT_HEADER_WORDS = /^(?:(?:relevant|cases|number|'?yes'?|%)\s*)+$/i;

/** A percentage at the end of a line, optionally followed by a footnote marker (`63% ¹⁹`). */
const TRAILING_PCT = new RegExp(`(^|[^\\d.,])(\\d{1,3}(?:\\.\\d{1,2})?)\\s?%\\s*${MARK}?\\s*$`);
/** Two counts at the end of a line: `6 4` (relevant cases, number 'Yes' in Hartlepool's order). */
const TRAILING_COUNTS = /(^|\s)(\d{1,3})\s+(\d{1,3})\s*$/;

/** How far past a complete question we look for its figure. */
const LOOKAHEAD_LINES = 8;
/** A question still open after this many lines without `?` or a figure is prose. */
const MAX_QUESTION_LINES = 8;
/** After a figure printed mid-question, how many more text lines may finish it. */
const MAX_PENDING_LINES = 4;

interface Figure {
	pct: number | null;
	nYes: number | null;
	nCases: number | null;
	derived: boolean;
}

/** Which standard a question belongs to: `standard` sections or the data annexe. */
type Zone = 'outside' | 'standard' | 'annexe';

/**
 * Desistance, the child's safety, other people's safety, from the wording of a
 * key question ("how to keep other people safe?", "the safety of the child?").
 */
export function aspectOfQuestion(question: string): Aspect | 'other' {
	const t = question.toLowerCase();
	if (/\bdesist/.test(t)) return 'desistance';
	if (/\bother people\b|\bothers safe\b|\bsafety of others\b/.test(t)) return 'safety_of_others';
	if (/\bthe child safe\b|\bsafety of the child\b|\bchild's safety\b/.test(t)) return 'safety_of_child';
	return 'other';
}

function figureFromPct(value: string): Figure | null {
	const pct = Number(value);
	if (!Number.isFinite(pct) || pct < 0 || pct > 100) return null;
	return { pct, nYes: null, nCases: null, derived: false };
}

function figureFromCounts(first: string, second: string, relevantFirst: boolean): Figure | null {
	const nCases = Number(relevantFirst ? first : second);
	const nYes = Number(relevantFirst ? second : first);
	// More 'Yes' than relevant cases means we are not reading a count pair.
	if (!(nCases >= 1) || !(nYes >= 0) || nYes > nCases) return null;
	return { pct: Math.round((1000 * nYes) / nCases) / 10, nYes, nCases, derived: true };
}

/** Split a trailing figure off a line: `{ before, figure }`, or null when there is none. */
function trailingFigure(text: string, relevantFirst: boolean): { before: string; figure: Figure } | null {
	const pct = TRAILING_PCT.exec(text);
	if (pct) {
		const figure = figureFromPct(pct[2]);
		if (figure) return { before: text.slice(0, pct.index + pct[1].length).trim(), figure };
	}
	const counts = TRAILING_COUNTS.exec(text);
	if (counts) {
		const figure = figureFromCounts(counts[2], counts[3], relevantFirst);
		if (figure) return { before: text.slice(0, counts.index + counts[1].length).trim(), figure };
	}
	return null;
}

/** Join wrapped parts, folding whitespace and re-joining words hyphenated at a line end. */
function joinParts(parts: readonly string[]): string {
	let out = '';
	for (const part of parts) {
		const p = part.trim();
		if (!p) continue;
		out = !out ? p : /[A-Za-z]-$/.test(out) ? out + p : `${out} ${p}`;
	}
	return out.replace(/\s+/g, ' ').trim();
}

/** Question text without its `a)` label and without a footnote marker glued after `?`. */
function cleanQuestion(parts: readonly string[]): string {
	return joinParts(parts)
		.replace(LABEL, '')
		.replace(new RegExp(`\\?\\s*${MARK}$`), '?')
		.trim();
}

function isComplete(parts: readonly string[]): boolean {
	return cleanQuestion(parts).endsWith('?');
}

function isBlank(line: Line): boolean {
	return line.text.length === 0 || SEPARATOR.test(line.text) || PAGE_HEADER.test(line.text);
}

function startsQuestion(text: string, stem: string | null): boolean {
	if (LABEL.test(text) && /\S/.test(text.replace(LABEL, ''))) return true;
	if (OPENER.test(text)) return true;
	// East Sussex prints a stem once ("Does assessment sufficiently analyse:") and rows in lower case.
	return stem !== null && /^[a-z]/.test(text);
}

function standardCodeByName(domain: string, name: string): string | null {
	const n = name.toLowerCase().replace(/\s+/g, ' ').trim();
	for (const s of STANDARDS) {
		if (s.domain !== domain) continue;
		const names = [s.name, ORIGINAL_FRAMEWORK_NAMES[s.code]].filter(Boolean).map((x) => x!.toLowerCase());
		if (names.includes(n)) return s.code;
	}
	return null;
}

function caseBasedDomain(code: string): boolean {
	return code.startsWith('2.') || code.startsWith('3.');
}

interface Heading {
	code: string;
	name: string;
	index: number;
}

/** How far a standard's heading may sit above its key-questions sentence. */
const HEADING_WINDOW = 80;

/**
 * The standard a key-questions block belongs to: the section heading above it
 * (`2.1. Assessment` vs `3.1. Assessment`) when its name agrees with the
 * block's "for assessment"; else the domain heading plus that name.
 */
function resolveStandard(anchorText: string, index: number, heading: Heading | null, domain: string | null): string | null {
	const name = ANCHOR_NAME.exec(anchorText)?.[1]?.toLowerCase().trim() ?? null;
	const near = heading && index - heading.index <= HEADING_WINDOW && caseBasedDomain(heading.code) ? heading : null;
	if (near && name && near.name.toLowerCase().startsWith(name)) return near.code;
	if (domain && name) {
		const byName = standardCodeByName(domain, name);
		if (byName) return byName;
	}
	return near?.code ?? null;
}

export function parseKeyQuestions(report: ReportText): KeyQuestionRecord[] {
	const lines = report.lines ?? [];
	const records: KeyQuestionRecord[] = [];

	let zone: Zone = 'outside';
	let code: string | null = null;
	let level: KeyQuestionRecord['level'] = 'key_question';
	let keyRows = 0;
	let groupAspect: Aspect | 'other' | null = null;
	let stem: string | null = null;
	let tableHeader = false;
	let relevantFirst = true;
	let headerOpenLines = 0;
	let headerText = '';
	let footnoteOpen = false;

	let lastHeading: Heading | null = null;
	let lastDomain: string | null = null;

	// The question being read: its text parts and whether it began with an `a)` label.
	let parts: string[] = [];
	let labelled = false;
	// A figure printed before its question finished (page break mid-question).
	let pending: { figure: Figure; line: Line } | null = null;
	let pendingLines = 0;

	const resetQuestion = () => {
		parts = [];
		labelled = false;
		pending = null;
		pendingLines = 0;
	};

	const emit = (questionParts: readonly string[], isLabelled: boolean, figure: Figure, line: Line) => {
		if (!code) return;
		let question = cleanQuestion(questionParts);
		if (!question) return;
		const rowLevel: KeyQuestionRecord['level'] = zone === 'annexe' ? 'sub_question' : level;
		if (rowLevel === 'key_question') {
			if (stem && /^[a-z]/.test(question)) question = `${stem} ${question}`;
			keyRows++;
		} else if (!tableHeader && !isLabelled) {
			// A sub-question row needs a table (column header or `a)` labels), else it is prose.
			return;
		}
		const aspect = rowLevel === 'key_question' ? aspectOfQuestion(question) : (groupAspect ?? aspectOfQuestion(question));
		records.push({
			standard_code: code,
			level: rowLevel,
			aspect,
			question,
			pct_yes: figure.pct,
			n_yes: figure.nYes,
			n_cases: figure.nCases,
			derived: figure.derived,
			source: sourceOf(report, line)
		});
	};

	const flush = () => {
		if (pending) emit(parts, labelled, pending.figure, pending.line);
		resetQuestion();
		footnoteOpen = false;
		headerOpenLines = 0;
	};

	const startGroup = (question: string) => {
		if (zone === 'standard') {
			// Prose headings before the key-question table are not groups.
			if (level === 'key_question' && keyRows === 0) return;
			level = 'sub_question';
		}
		groupAspect = aspectOfQuestion(question);
		tableHeader = false;
		stem = null;
	};

	const isFootnoteStart = (text: string) => FOOTNOTE.test(text);

	/** Index of the first line after `from` that carries only a figure, skipping blanks and footnotes. */
	const figureLineAfter = (from: number): { index: number; figure: Figure } | null => {
		let inFootnote = false;
		for (let j = from + 1; j < Math.min(lines.length, from + 1 + LOOKAHEAD_LINES); j++) {
			const line = lines[j];
			if (isBlank(line)) {
				inFootnote = false;
				continue;
			}
			if (inFootnote || isFootnoteStart(line.text)) {
				inFootnote = !/[.)\]]$/.test(line.text);
				continue;
			}
			const found = trailingFigure(line.text, relevantFirst);
			if (found && found.before === '') return { index: j, figure: found.figure };
			return null;
		}
		return null;
	};

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const text = line?.text ?? '';

		// --- Where are we: section and annexe boundaries. ---
		if (ANCHOR.test(text)) {
			flush();
			const resolved = resolveStandard(text, i, lastHeading, lastDomain);
			zone = resolved ? 'standard' : 'outside';
			code = resolved;
			level = 'key_question';
			keyRows = 0;
			groupAspect = null;
			stem = null;
			tableHeader = false;
			relevantFirst = true;
			continue;
		}
		if (ANNEXE_DATA.test(text)) {
			flush();
			zone = 'annexe';
			code = null;
			groupAspect = null;
			continue;
		}
		if (ANNEXE_ANY.test(text) || END_OF_CASE_DATA.test(text)) {
			flush();
			zone = 'outside';
			continue;
		}
		const domainMatch = DOMAIN_HEADING_WORD.exec(text) ?? DOMAIN_HEADING_NUMBER.exec(text);
		if (domainMatch) {
			flush();
			lastDomain = DOMAIN_WORDS[domainMatch[1].toLowerCase()] ?? domainMatch[1];
			if (zone === 'standard') zone = 'outside';
			continue;
		}
		const headingMatch = STANDARD_HEADING.exec(text);
		if (headingMatch && STANDARDS.some((s) => s.code === `${headingMatch[1]}.${headingMatch[2]}`)) {
			flush();
			const headingCode = `${headingMatch[1]}.${headingMatch[2]}`;
			lastHeading = { code: headingCode, name: headingMatch[3].trim(), index: i };
			lastDomain = headingMatch[1];
			if (zone === 'standard') zone = 'outside';
			if (zone === 'annexe') {
				code = caseBasedDomain(headingCode) ? headingCode : null;
				groupAspect = null;
				tableHeader = false;
				relevantFirst = true;
			}
			continue;
		}
		if (zone === 'outside') continue;

		// --- Lines that are never question text. ---
		if (isBlank(line)) {
			footnoteOpen = false;
			continue;
		}
		if (footnoteOpen && !OPENER.test(text)) {
			footnoteOpen = !/[.)\]]$/.test(text);
			continue;
		}
		footnoteOpen = false;
		if (isFootnoteStart(text)) {
			footnoteOpen = !/[.)\]]$/.test(text);
			continue;
		}
		if (headerOpenLines > 0) {
			headerText += ` ${text}`;
			headerOpenLines = text.includes(':') ? 0 : headerOpenLines - 1;
			relevantFirst = !/number[\s\S]*relevant/i.test(headerText);
			continue;
		}
		if (COUNT_HEADER_START.test(text)) {
			tableHeader = true;
			headerText = text;
			headerOpenLines = text.includes(':') ? 0 : 3;
			relevantFirst = !/number[\s\S]*relevant/i.test(headerText);
			continue;
		}
		if (COUNT_HEADER_WORDS.test(text)) {
			tableHeader = true;
			headerText += ` ${text}`;
			relevantFirst = !/number[\s\S]*relevant/i.test(headerText);
			continue;
		}
		const pctHeader = PCT_HEADER.exec(text);
		if (pctHeader && !trailingFigure(text, relevantFirst)) {
			tableHeader = true;
			const before = text.slice(0, pctHeader.index).trim();
			if (before && zone === 'standard' && level === 'key_question') stem = before.replace(/\s*:$/, '');
			continue;
		}
		// A stem on its own line ("Does planning focus on:") before any key-question row.
		if (zone === 'standard' && level === 'key_question' && keyRows === 0 && parts.length === 0 && OPENER.test(text) && text.endsWith(':')) {
			stem = text.replace(/\s*:$/, '');
			continue;
		}

		// --- Question text and figures. ---
		const found = trailingFigure(text, relevantFirst);
		const body = found ? found.before : text;

		if (found && body === '') {
			// A figure on a line of its own: it belongs to the open question.
			if (parts.length === 0) continue;
			if (pending) {
				flush();
				continue;
			}
			if (isComplete(parts)) {
				emit(parts, labelled, found.figure, line);
				resetQuestion();
			} else {
				pending = { figure: found.figure, line };
				pendingLines = 0;
			}
			continue;
		}

		const opensQuestion = startsQuestion(body, stem);
		// A question already holding a figure ends at a new question or at another figure.
		if (pending && (opensQuestion || found || ++pendingLines > MAX_PENDING_LINES)) flush();
		if (opensQuestion) {
			resetQuestion();
			labelled = LABEL.test(body);
			parts = [body];
		} else if (parts.length > 0) {
			parts.push(body);
		} else {
			// Prose, or the tail of a question already emitted. Prose after the table
			// ends East Sussex's stem, so wrapped lower-case prose never reads as a row.
			if (keyRows > 0) stem = null;
			continue;
		}

		if (found) {
			emit(parts, labelled, found.figure, line);
			resetQuestion();
			continue;
		}

		if (isComplete(parts)) {
			if (pending) {
				emit(parts, labelled, pending.figure, pending.line);
				resetQuestion();
				continue;
			}
			const after = figureLineAfter(i);
			if (after) {
				emit(parts, labelled, after.figure, lines[after.index]);
				resetQuestion();
				i = after.index;
				continue;
			}
			// A question with no figure is a heading over its sub-questions, unless it
			// is itself a labelled row whose figure is absent (then it stays absent).
			if (!labelled) startGroup(cleanQuestion(parts));
			resetQuestion();
			continue;
		}

		// Still open: a sentence end or too many lines means this was prose.
		if (!pending && (/\.$/.test(body) || parts.length > MAX_QUESTION_LINES)) resetQuestion();
	}
	flush();
	return records;
}
