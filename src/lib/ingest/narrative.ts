/**
 * Inspectors' prose: every paragraph written under a standard (`2.2.
 * Planning`) or, where a report is organised that way, under a domain
 * (`2. Court disposals`, and domain one's "Diversity" and "Involvement of
 * children" sections), as findings of kind `narrative` with the lines they
 * span. Newer reports write their case-based standards only as prose, so
 * without this most of what inspectors said about casework would be lost.
 *
 * What is not narrative, and how it is recognised:
 * - the front matter (foreword, contents, ratings page, executive summary or
 *   introduction, whose per-domain summaries repeat the chapters) and the
 *   annexes: only the chapters between them are read;
 * - headings, the standard's own definition ("Planning is well-informed, ...")
 *   and its rating, the fixed sentences that introduce a table or a list;
 * - key-question tables: questions (`Does planning focus ...?`, also repeated
 *   as sub-headings), `% 'Yes'` and count headers, figures, table rows;
 * - bulleted strengths and areas for improvement (already findings);
 * - page furniture: running footers, page numbers, and footnotes, including
 *   a footnote's wrapped lines (a page resumes on a line that starts with a
 *   space in the wrapped exports, or after a blank line).
 *
 * Paragraphs: a blank line ends one unless the text stopped mid-sentence (a
 * page break, often with footnotes, in the middle of a paragraph). Exports
 * that wrap lines (West Sussex, Hartlepool) print no blank line between
 * paragraphs: there a paragraph ends at a finished sentence on a short line,
 * short against the report's usual wrapped-line length.
 */
import { parseRating } from '../framework';
import {
	bulletBody,
	contentOf,
	continuesItem,
	domainHeading,
	ENDS_ITEM,
	ENDS_SENTENCE,
	isFurniture,
	joinWrapped,
	LEAVES_STANDARD,
	listHeading,
	looksLikeHeading,
	PLAIN_FOOTNOTE,
	standardHeading,
	SUPERSCRIPT_FOOTNOTE
} from './findings';
import { ANCHOR, COUNT_HEADER_START, COUNT_HEADER_WORDS, OPENER, PCT_HEADER, SEPARATOR } from './keyQuestions';
import { sourceOf, type Line, type ReportText } from './text';
import type { FindingRecord } from './types';

// ---------------------------------------------------------------- where the chapters are

/** Headings of the front matter: no narrative until the chapters start. */
const FRONT = /^(?:Introduction|Foreword|Contents|Ratings|Executive summary)\s*:?$/i;
/** Headings after the front matter and before the domain chapters. */
const CHAPTERS_START = /^(?:Recommendations|Background|Contextual facts)\s*:?$/i;
/** Annexes and the closing page: the chapters are over for good. */
const ANNEXE = /^(?:Annexe?\s+\d+\b|Annex\b|Appendix\b|Further information\s*:?$)/i;
/** Sections of domain one's chapter that are not a standard: their prose belongs to the domain. */
const DOMAIN_SECTION = /^(?:Diversity|Involvement of children\b.*)$/i;

// ---------------------------------------------------------------- lines that are not narrative

/** The first words of each standard's definition, printed under its heading. */
const DEFINITION =
	/^(?:The governance and leadership of the |Staff within the |A comprehensive range of high-quality services|Timely and relevant information is available|Assessment is well|Planning is well|High-quality, well-focused|Reviewing of progress is|There is a high-quality, evidence-based|Joint working with the police supports)/i;

/**
 * Fixed sentences that introduce a table, a list or a chapter, the same in every report: taken out of
 * the paragraph they open (Thurrock prints one in front of its own words), and a paragraph left with
 * nothing else is not narrative.
 */
const SENTENCE_START = String.raw`(?:^|(?<=[.!?:] ))`;
const BOILERPLATE: readonly RegExp[] = [
	String.raw`Our rating\S* for [^.:]* is based on the following key questions:?`,
	String.raw`In making a judgement about [^.:]*, we take into account the answers to the following [^.:]*questions[:.]?`,
	String.raw`We (?:also )?inspected the quality of policy and provision in place for out-of-court disposals, using evidence from documents, meetings,? and interviews\.`,
	String.raw`(?:Our )?key findings (?:about [^.:]* )?(?:were|are) as follows[.:]?`,
	String.raw`We do not provide a separate rating for the quality of work in resettlement cases inspected under this standard\.`,
	String.raw`Organisations that are well led and well managed are more likely to achieve their aims\. We inspect against four standards\.`,
	String.raw`Work with children (?:sentenced by the courts|receiving out-of-court disposals) will be more effective if it is well targeted, planned and implemented\. In our inspections, we look at a sample of cases\. In each of those cases, we inspect against (?:three|four) standards\.`
].map((source) => new RegExp(SENTENCE_START + source, 'gi'));

function withoutBoilerplate(text: string): string {
	return BOILERPLATE.reduce((t, re) => t.replace(re, '').trim(), text).replace(/\s+/g, ' ').trim();
}

/** A plain-numbered footnote whose text opens with a quote or bracket (`5 'Release under investigation' ...`). */
const QUOTED_FOOTNOTE = /^\d{1,2}\s+['"(\[][A-Z]/;
/** A web address on a line of its own: a footnote's source. */
const URL_ONLY = /^<?https?:\/\/\S+>?$/;
/** A line made only of figures: `94%`, `6 6`, `63% 19`. */
const FIGURES_ONLY = /^[\d\s%.,'"£-]+$/;
/** A question ends on its line, possibly followed by its figure and a footnote marker (`safe? 76%`). */
const QUESTION_END = /\?\s*(?:[\d.]+\s*%?)?\s*[\d\u00b9\u00b2\u00b3\u2070\u2074-\u2079]*\s*$/;
/** How many lines a printed question may wrap over. */
const QUESTION_LINES = 4;
/** A table row: label and figure in separate cells (`Total spend in previous financial year\t£665,719`). */
function isTableRow(line: Line): boolean {
	return line.cells.length >= 2 && FIGURES_ONLY.test(line.cells[line.cells.length - 1]);
}

/** A rating on its own line (`Requires improvement`, `**Inadequate**`), or the two halves of a wrapped one. */
function isRatingLine(text: string): boolean {
	const t = text.replace(/\*/g, '').trim();
	return parseRating(t) !== null || /^(?:Requires|improvement|Rating)$/i.test(t);
}

// ---------------------------------------------------------------- text

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g;
/** A plain footnote number glued to a word or after its full stop: `per cent1 of`, `formulations.6`. */
const GLUED_MARKER = /(?<=[a-z][.,;:)]?)\d{1,2}(?=[\s.,;:)]|$)/g;

/** Markdown some exports add: a `| ` quote bar, `*emphasis*` around a whole line. */
function plain(text: string): string {
	return text.replace(/^\|\s*/, '').replace(/^\*+(?=\S)/, '').replace(/(?<=\S)\*+$/, '');
}

function withoutMarkers(text: string): string {
	return text.replace(SUPERSCRIPTS, '').replace(GLUED_MARKER, '');
}

/** A wrapped line is "short" below this share of the report's usual line length. */
const SHORT_SHARE = 0.85;
/** Lines longer than this are whole paragraphs (exports that do not wrap). */
const UNWRAPPED = 150;

/** The usual length of a wrapped line: the 90th percentile of lines up to `UNWRAPPED` characters. */
function wrapWidth(lines: readonly Line[]): number {
	const lengths = lines
		.map((l) => l.text.length)
		.filter((n) => n > 0 && n <= UNWRAPPED)
		.sort((a, b) => a - b);
	return lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : UNWRAPPED;
}

// ---------------------------------------------------------------- reading

interface Paragraph {
	code: string;
	parts: string[];
	first: Line;
	last: Line;
}

type Skip = 'question' | 'count-header' | 'definition' | 'list' | 'footnote' | null;

export function parseNarrative(report: ReportText): FindingRecord[] {
	const lines = report.lines;
	const width = wrapWidth(lines);
	const out: FindingRecord[] = [];
	let zone: 'front' | 'chapters' | 'annexe' = 'front';
	let domain: string | null = null;
	let section: string | null = null;
	let current: Paragraph | null = null;
	let gap = false;
	/** What the lines being skipped belong to, and for how many more lines at most. */
	let skip: Skip = null;
	let skipLeft = 0;
	/** Just after a standard heading: its definition and rating come next. */
	let preamble = false;
	/** The last bullet's text, while skipping a bulleted list. */
	let bullet: string | null = null;

	const finish = () => {
		if (current) {
			const text = withoutBoilerplate(withoutMarkers(joinWrapped(current.parts)));
			if (text.split(' ').length >= 4) {
				out.push({
					standard_code: current.code,
					kind: 'narrative',
					number: null,
					addressed_to: null,
					text,
					source: sourceOf(report, current.first),
					line_end: current.last.no
				});
			}
		}
		current = null;
	};
	const enter = (code: string | null) => {
		finish();
		section = code;
		skip = null;
		bullet = null;
	};

	for (const line of lines) {
		const text = plain(contentOf(line));
		const resumesPage = /^\s/.test(line.raw) && text !== '';

		// Footnotes: the first line is furniture; its wrapped lines run until a blank line or a new page's first line.
		if (skip === 'footnote') {
			if (text === '' || resumesPage || skipLeft-- <= 0) skip = null;
			else continue;
		}
		if (text !== '' && (SUPERSCRIPT_FOOTNOTE.test(text) || (gap && (PLAIN_FOOTNOTE.test(text) || QUOTED_FOOTNOTE.test(text))))) {
			skip = 'footnote';
			skipLeft = 3;
			gap = true;
			continue;
		}
		if (isFurniture(text, gap) || URL_ONLY.test(text)) {
			gap = true;
			continue;
		}
		const wasGap = gap;
		gap = false;

		// Headings.
		if (FRONT.test(text)) {
			enter(null);
			if (zone !== 'annexe') zone = 'front';
			continue;
		}
		if (zone === 'annexe') continue;
		if (CHAPTERS_START.test(text)) {
			enter(null);
			zone = 'chapters';
			continue;
		}
		if (zone === 'front') continue;
		if (ANNEXE.test(text)) {
			enter(null);
			zone = 'annexe';
			continue;
		}
		const d = domainHeading(text);
		const s = d === null ? standardHeading(text, domain) : null;
		if (d !== null || s !== null) {
			if (d !== null) domain = d;
			enter(d ?? s);
			preamble = s !== null;
			continue;
		}
		if (DOMAIN_SECTION.test(text)) {
			enter(domain);
			continue;
		}
		if (LEAVES_STANDARD.test(text)) {
			enter(null);
			continue;
		}
		if (section === null) continue;

		// Bulleted lists: strengths and areas for improvement are findings already.
		if (listHeading(text) || ENDS_ITEM.test(text)) {
			finish();
			skip = 'list';
			bullet = null;
			preamble = false;
			continue;
		}
		if (skip === 'list') {
			const body = bulletBody(line, text);
			if (body !== null) {
				bullet = body;
				continue;
			}
			if (bullet !== null && continuesItem(bullet, text, wasGap)) {
				bullet = text;
				continue;
			}
			skip = null;
			bullet = null;
		}

		// The standard's definition and rating, printed under its heading.
		if (skip === 'definition') {
			if (ENDS_SENTENCE.test(text.replace(/\s*(?:\*\*)?(?:Outstanding|Good|Requires improvement|Requires|Inadequate)(?:\*\*)?$/i, '')) || skipLeft-- <= 0) {
				skip = null;
			}
			continue;
		}
		if (preamble && DEFINITION.test(text)) {
			finish();
			preamble = false;
			skip = ENDS_SENTENCE.test(text) || /(?:Outstanding|Good|improvement|Inadequate)\**$/.test(text) ? null : 'definition';
			skipLeft = 3;
			continue;
		}
		if (isRatingLine(text)) {
			finish();
			continue;
		}

		// Key-question tables and their sub-headings.
		if (skip === 'question') {
			if (QUESTION_END.test(text) || skipLeft-- <= 0) skip = null;
			continue;
		}
		if (skip === 'count-header') {
			if (/:\s*$/.test(text) || skipLeft-- <= 0) skip = null;
			continue;
		}
		if (OPENER.test(text) && lines.slice(line.no - 1, line.no - 1 + QUESTION_LINES).some((l) => l.text.includes('?'))) {
			finish();
			if (!QUESTION_END.test(text)) {
				skip = 'question';
				skipLeft = QUESTION_LINES;
			}
			continue;
		}
		if (COUNT_HEADER_START.test(text)) {
			finish();
			if (!/:\s*$/.test(text) && !/\s{2,}|\t/.test(line.raw)) {
				skip = 'count-header';
				skipLeft = 3;
			}
			continue;
		}
		if (
			ANCHOR.test(text) ||
			PCT_HEADER.test(text) ||
			SEPARATOR.test(text) ||
			COUNT_HEADER_WORDS.test(text) ||
			FIGURES_ONLY.test(text) ||
			QUESTION_END.test(text) ||
			isTableRow(line)
		) {
			finish();
			continue;
		}

		// Prose: a bullet outside the strengths and areas lists is a paragraph of its own.
		preamble = false;
		const body = bulletBody(line, text);
		const prose = body ?? text;
		const open = current as Paragraph | null;
		if (open && body === null && continuesParagraph(open, text, wasGap, width)) {
			open.parts.push(prose);
			open.last = line;
			continue;
		}
		finish();
		// A short capitalised line without punctuation between paragraphs is a heading ("Good practice example").
		if (body === null && looksLikeHeading(text) && !ENDS_SENTENCE.test(text)) continue;
		// A lowercase line with no paragraph open carries on something that is not prose: a question
		// printed across a page break with its figures and footnotes in the middle (Hartlepool 1700-1713).
		if (body === null && /^[a-z]/.test(text)) continue;
		current = { code: section, parts: [prose], first: line, last: line };
	}
	finish();
	return out;
}

/** Does `text` carry on the open paragraph? */
function continuesParagraph(open: Paragraph, text: string, gap: boolean, width: number): boolean {
	const previous = withoutMarkers(open.parts[open.parts.length - 1]);
	if (/^[a-z(]/.test(text)) return true;
	const finished = ENDS_SENTENCE.test(previous) || /:$/.test(previous);
	if (gap) return !finished && !looksLikeHeading(text);
	if (!finished) return true;
	// Wrapped exports: a finished sentence on a full-width line is mid-paragraph.
	const length = open.last.text.length;
	return length <= UNWRAPPED && length >= width * SHORT_SHARE && !looksLikeHeading(text);
}
