/**
 * Inspectors' findings: the numbered recommendations after the ratings page,
 * and the "Strengths" / "Areas for improvement" bullet lists in the domain
 * chapters.
 *
 * Newer reports put those lists under each standard ("1.1. Governance and
 * leadership"); older ones (Hartlepool 2020, Thurrock 2022) put them under the
 * domain heading ("1. Organisational delivery") and we record the domain code.
 * The standard code comes from the numbered heading itself, so 2.1 and 3.1
 * (both "Assessment") never mix; an unnumbered heading is resolved by name
 * inside the current domain chapter.
 *
 * PDF exports wrap a bullet over several lines, sometimes with a blank line or
 * a page header/footer in the middle, and sometimes run the next heading
 * straight on after the last bullet. A line continues the current item when it
 * cannot be a heading: see `continuesItem`.
 */
import { STANDARDS, ORIGINAL_FRAMEWORK_NAMES, DOMAINS } from '../framework';
import { sourceOf, stripBullet, wordOrNumber, type Line, type ReportText } from './text';
import type { FindingRecord } from './types';
import { parseNarrative } from './narrative';

// ---------------------------------------------------------------- page furniture

/** A whole-line running header/footer: `Inspection of youth offending services: Hartlepool YJS 8`. */
const FOOTER_LINE = /^(?:an |joint )?inspection of youth (?:offending|justice) services\b.*\s\d{1,3}$/i;
/** The same footer run onto the end of a content line (capital I, page number last). */
const FOOTER_TAIL = /\s+Inspection of youth (?:offending|justice) services:?\s+(?:in\s+)?[A-Z][\w' -]*?\s\d{1,3}$/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
/** Footnotes at a page's foot start with a superscript number. */
export const SUPERSCRIPT_FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+/;
/** A footnote with a plain number (`2 Office for National Statistics.`); only trusted after a gap. */
export const PLAIN_FOOTNOTE = /^\d{1,2}\s+[A-Z][a-z]/;

export function contentOf(line: Line): string {
	return line.text.replace(FOOTER_TAIL, '').trim();
}

/** Lines that belong to the page, not the text: they never end or extend an item. */
export function isFurniture(text: string, afterGap: boolean): boolean {
	return (
		text === '' ||
		FOOTER_LINE.test(text) ||
		PAGE_NUMBER.test(text) ||
		SUPERSCRIPT_FOOTNOTE.test(text) ||
		(afterGap && PLAIN_FOOTNOTE.test(text))
	);
}

// ---------------------------------------------------------------- headings

const DOMAIN_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4' };
const DOMAIN_NAMES = DOMAINS.map((d) => d.name.toLowerCase());

/** Domain chapter heading -> domain code: `Domain two: court disposals`, `2. Court disposals`, bare `Resettlement`. */
export function domainHeading(text: string): string | null {
	const word = /^Domain (one|two|three|four)\b/i.exec(text);
	if (word) return DOMAIN_WORDS[word[1].toLowerCase()];
	const numbered = /^([1-4])\.\s+(.+?)\s*$/.exec(text);
	if (numbered && DOMAIN_NAMES.includes(numbered[2].toLowerCase())) return numbered[1];
	if (/^Resettlement$/i.test(text)) return '4';
	return null;
}

/** Every name a standard is printed under (revised and original frameworks). */
const STANDARD_NAMES: ReadonlyArray<{ code: string; domain: string; name: string }> = [
	...STANDARDS.map((s) => ({ code: s.code, domain: s.domain, name: s.name.toLowerCase() })),
	...Object.entries(ORIGINAL_FRAMEWORK_NAMES).map(([code, name]) => ({
		code,
		domain: code[0],
		name: name.toLowerCase()
	})),
	{ code: '4.1', domain: '4', name: 'resettlement' }
];

/**
 * Standard heading -> code. Numbered (`2.1. Assessment`, `1.1  Governance and
 * leadership`) gives the code directly; a bare name (`Assessment`) is looked up
 * in the current domain chapter, because 2.1 and 3.1 share it.
 */
export function standardHeading(text: string, domain: string | null): string | null {
	const numbered = /^([1-4])\.([1-9])\.?\s+(.+)$/.exec(text);
	if (numbered) {
		const name = numbered[3].toLowerCase();
		if (STANDARD_NAMES.some((s) => name.startsWith(s.name))) return `${numbered[1]}.${numbered[2]}`;
		return null;
	}
	if (domain && /^[A-Z][a-z -]+$/.test(text)) {
		const hit = STANDARD_NAMES.find((s) => s.domain === domain && s.name === text.toLowerCase());
		if (hit) return hit.code;
	}
	return null;
}

type ListKind = 'strength' | 'improvement';

/** `Strengths:` / `Areas for improvement` (colon optional), possibly with the first bullet on the same line. */
export function listHeading(text: string): { kind: ListKind; rest: string } | null {
	const m = /^(Strengths|Areas for improvement)\s*:?\s*(.*)$/i.exec(text);
	if (!m) return null;
	const rest = m[2];
	// "Strengths of the service were..." is prose, not a heading.
	if (rest && !/^[-*•\u25cf\u25aa\uf0b7]/.test(rest)) return null;
	return { kind: /^strengths$/i.test(m[1]) ? 'strength' : 'improvement', rest };
}

/** Headings that leave the domain chapters' standards (a list after them has no standard). */
export const LEAVES_STANDARD =
	/^(?:Executive summary|Recommendations|Background|Contextual facts|Further information|Diversity|Ratings|Contents|Key findings|Overall findings|Foreword|Introduction|Acknowledgements)\s*:?$|^(?:Involvement of children\b|Annexe\b|Appendix\b|Annex \d)/i;
/** Headings that only end an item or list. */
export const ENDS_ITEM = /^(?:But|Key data|Key staffing data|Caseload characteristics)\s*:?$/i;

function isKnownHeading(text: string, domain: string | null): boolean {
	return (
		LEAVES_STANDARD.test(text) ||
		ENDS_ITEM.test(text) ||
		listHeading(text) !== null ||
		domainHeading(text) !== null ||
		standardHeading(text, domain) !== null
	);
}

// ---------------------------------------------------------------- items

/** Text of a bullet line without its bullet, or null when the line is not a bullet. */
export function bulletBody(line: Line, text: string): string | null {
	const stripped = stripBullet(text);
	if (stripped !== text) return stripped.trim();
	// Markdown-style exports use an ASCII '-' or '*'. Test the raw line: a wrapped
	// line starting with an en dash is folded to '-' in `text` but is no bullet.
	if (/^\s*[-*]\s+\S/.test(line.raw)) return text.replace(/^[-*]\s+/, '');
	return null;
}

export const ENDS_SENTENCE = /[.!?]["')\]]*$/;

/** A short capitalised line with no closing punctuation: `Resettlement`, `Involvement of children...`. */
export function looksLikeHeading(text: string): boolean {
	return /^[A-Z]/.test(text) && !/[.!?,;:]["')\]]*$/.test(text) && text.length <= 70 && text.split(' ').length <= 10;
}

/**
 * Does `text` carry on the item whose last line was `previous`? A lowercase
 * start always does. After a blank line (often a page break) a capitalised line
 * only does when the item stopped mid-sentence. Without a gap a line does
 * unless a finished sentence is followed by something shaped like a heading.
 */
export function continuesItem(previous: string, text: string, gap: boolean): boolean {
	if (/^[a-z(]/.test(text)) return true;
	const finished = ENDS_SENTENCE.test(previous);
	if (gap) return !finished && !looksLikeHeading(text);
	return !(finished && looksLikeHeading(text));
}

/** Markdown emphasis some exports add (`*Equality Act 2010*`) is not printed text. */
function dropEmphasis(text: string): string {
	return text.replace(/(\*{1,2})(\S(?:[^*]*?\S)?)\1/g, '$2');
}

/** Join wrapped lines; a line broken after a hyphen (`youth-` / `to-adult`) joins without a space. */
export function joinWrapped(parts: readonly string[]): string {
	let out = '';
	for (const part of parts) {
		const p = part.trim();
		if (!p) continue;
		if (!out) out = p;
		else if (/[A-Za-z]-$/.test(out) && /^[A-Za-z]/.test(p)) out += p;
		else out += ` ${p}`;
	}
	return dropEmphasis(out).replace(/\s+/g, ' ').trim();
}

interface Item {
	parts: string[];
	line: Line;
	last: string;
}

// ---------------------------------------------------------------- recommendations

const RECOMMENDATIONS_HEADING = /^Recommendations\s*:?$/i;
const NUMBERED = /^(\d{1,2})[.)]\s+(\S.*)$/;
/** How far after the heading the first recommendation must start, and the whole list may run. */
const FIRST_WITHIN = 30;
const LIST_WITHIN = 200;

function findRecommendationsHeading(lines: readonly Line[]): number {
	for (let i = 0; i < lines.length; i++) {
		if (!RECOMMENDATIONS_HEADING.test(lines[i].text)) continue;
		for (let j = i + 1; j < Math.min(lines.length, i + FIRST_WITHIN); j++) {
			const m = NUMBERED.exec(contentOf(lines[j]));
			if (m && m[1] === '1') return i;
		}
	}
	return -1;
}

/** `The Probation Service should:` -> `Probation Service`; `Suffolk police:` -> `Suffolk police`. */
function addressee(text: string): string | null {
	if (!/:$/.test(text) || NUMBERED.test(text)) return null;
	if (!/\bshould\s*:$/i.test(text) && text.split(' ').length > 15) return null;
	const who = text
		.replace(/:$/, '')
		.replace(/\s+should$/i, '')
		.replace(/^the\s+/i, '')
		.trim();
	return who || null;
}

export function parseRecommendations(report: ReportText): FindingRecord[] {
	const lines = report.lines;
	const start = findRecommendationsHeading(lines);
	if (start < 0) return [];
	const out: FindingRecord[] = [];
	let to: string | null = null;
	let current: (Item & { number: number; to: string | null }) | null = null;
	let expected = 1;
	let gap = false;
	const finish = () => {
		if (current) {
			const text = joinWrapped(current.parts);
			if (text) {
				out.push({
					standard_code: null,
					kind: 'recommendation',
					number: current.number,
					addressed_to: current.to,
					text,
					source: sourceOf(report, current.line)
				});
			}
		}
		current = null;
	};
	for (let i = start + 1; i < Math.min(lines.length, start + LIST_WITHIN); i++) {
		const text = contentOf(lines[i]);
		if (isFurniture(text, gap)) {
			gap = true;
			continue;
		}
		const numbered = NUMBERED.exec(text);
		if (numbered && Number(numbered[1]) === expected) {
			finish();
			current = { number: expected, to, parts: [numbered[2]], line: lines[i], last: numbered[2] };
			expected++;
		} else if (isKnownHeading(text, null)) {
			break;
		} else if (addressee(text) !== null && !(current && /^[a-z]/.test(text))) {
			finish();
			to = addressee(text);
		} else if (current && continuesItem(current.last, text, gap)) {
			current.parts.push(text);
			current.last = text;
		} else if (out.length > 0 || current) {
			// Prose after the list: the recommendations are over.
			break;
		}
		gap = false;
	}
	finish();
	return out;
}

/**
 * The count the report states: "we have made six recommendations" (or, in a
 * foreword, "we make eight recommendations"). Null when it says none.
 */
export function statedRecommendationCount(report: ReportText): { count: number; source: string } | null {
	const lines = report.lines;
	const pattern = /\b(?:have made|make|made)\s+(\w+)\s+recommendations?\b/i;
	const from = Math.max(0, findRecommendationsHeading(lines));
	const order = [...lines.keys()].slice(from).concat([...lines.keys()].slice(0, from));
	for (const i of order) {
		const here = lines[i].text;
		const joined = `${here} ${lines[i + 1]?.text ?? ''}`;
		const m = pattern.exec(joined);
		if (!m || m.index >= here.length) continue;
		const count = wordOrNumber(m[1]);
		if (count !== null) return { count, source: sourceOf(report, lines[i]) };
	}
	return null;
}

// ---------------------------------------------------------------- strengths and areas for improvement

export function parseStrengthsAndImprovements(report: ReportText): FindingRecord[] {
	const lines = report.lines;
	const out: FindingRecord[] = [];
	let domain: string | null = null;
	let section: string | null = null;
	let list: ListKind | null = null;
	let current: Item | null = null;
	let gap = false;

	const finish = () => {
		if (current && list && section) {
			const text = joinWrapped(current.parts);
			if (text) {
				out.push({
					standard_code: section,
					kind: list,
					number: null,
					addressed_to: null,
					text,
					source: sourceOf(report, current.line)
				});
			}
		}
		current = null;
	};
	const startItem = (line: Line, body: string) => {
		finish();
		current = { parts: [body], line, last: body };
	};

	for (const line of lines) {
		const text = contentOf(line);
		if (isFurniture(text, gap)) {
			gap = true;
			continue;
		}
		const wasGap = gap;
		gap = false;

		const d = domainHeading(text);
		const s = d === null ? standardHeading(text, domain) : null;
		const l = listHeading(text);
		if (d !== null || s !== null) {
			finish();
			list = null;
			if (d !== null) domain = d;
			section = d ?? s;
			continue;
		}
		if (l) {
			finish();
			list = l.kind;
			const first = l.rest ? bulletBody({ ...line, raw: l.rest }, l.rest) : null;
			if (first) startItem(line, first);
			continue;
		}
		if (LEAVES_STANDARD.test(text)) {
			finish();
			list = null;
			section = null;
			continue;
		}
		if (!list) continue;
		if (ENDS_ITEM.test(text)) {
			finish();
			list = null;
			continue;
		}
		const body = bulletBody(line, text);
		if (body !== null) {
			if (body) startItem(line, body);
			continue;
		}
		const open = current as Item | null;
		if (open && continuesItem(open.last, text, wasGap)) {
			open.parts.push(text);
			open.last = text;
			continue;
		}
		// Prose (or an unrecognised heading) after the bullets: the list is over.
		finish();
		list = null;
	}
	finish();
	return out;
}

// ---------------------------------------------------------------- entry point

/** Recommendations first (in printed order), then strengths and areas for improvement, then inspectors' prose. */
export function parseFindings(report: ReportText): FindingRecord[] {
	return [...parseRecommendations(report), ...parseStrengthsAndImprovements(report), ...parseNarrative(report)];
}
