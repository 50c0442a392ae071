/**
 * Where a report line sits on paper: the report's printed title and date, its
 * sections, and each section's page where the report prints a contents list.
 * A board pack cites `suffolk.txt:97` as "Ratings, p. 4" so a reader can find
 * it in the printed report; the line link stays for the screen.
 *
 * Pure: report text in, outline out. A report without a contents list (West
 * Sussex and Hartlepool start at the foreword) gets sections without pages,
 * never guessed ones.
 */
import { toLines, type Line } from '../ingest/text';

export interface ReportSection {
	/** Heading as printed, tidied: `Recommendations`, `2.1. Assessment`. */
	title: string;
	/** Line of the heading. */
	line: number;
	/** Page from the report's contents list; null when it prints none. */
	page: number | null;
}

export interface ReportOutline {
	/** Title as printed (`An inspection of youth justice services in East Sussex`); null when the text has none. */
	title: string | null;
	titleLine: number | null;
	/** Publisher's date line as printed (`September 2024`); null when absent. */
	printedDate: string | null;
	sections: ReportSection[];
	/** Whether the text has a contents list (and so page numbers). */
	hasContents: boolean;
}

const TOP_LEVEL = /^(Foreword|Ratings|Recommendations|Background|Contextual facts|Executive summary|Diversity|Further information|Annexe \d+:? [A-Z][A-Za-z ]+)$/;
/** Body headings of standards print the code with a full stop (`2.1. Assessment`); the ratings table does not. */
const STANDARD = /^[1-4]\.[1-4]\. [A-Z][A-Za-z -]+$/;
const DOMAIN = /^[1-4]\. [A-Z][A-Za-z -]+$/;
/** A contents entry: a title, dot leaders or a tab, then the page. */
const CONTENTS_ENTRY = /^(.+?)(?:\.{2,}|\t|\s{2,})\s*\.*\s*(\d{1,3})\s*$/;
const TITLE = /^(?:an |joint )?inspection of youth (?:justice|offending) services\b/i;
const PUBLISHER_DATE = /^(?:HM|Her Majesty's) Inspectorate of Probation, ([A-Z][a-z]+ \d{4})$/;

/** Comparable form of a heading: no dot leaders, no trailing full stops, single spaces. */
function key(title: string): string {
	return title
		.replace(/\.{2,}/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/[.\s]+$/, '')
		.trim()
		.toLowerCase();
}

function contents(lines: readonly Line[]): Map<string, number> {
	const pages = new Map<string, number>();
	const start = lines.findIndex((l) => l.text === 'Contents');
	if (start < 0) return pages;
	for (const line of lines.slice(start + 1)) {
		if (!line.text) continue;
		const m = CONTENTS_ENTRY.exec(line.raw.trim());
		if (!m) break;
		const k = key(m[1]);
		if (!pages.has(k)) pages.set(k, Number(m[2]));
	}
	return pages;
}

function titleOf(lines: readonly Line[]): { title: string | null; line: number | null } {
	const i = lines.findIndex((l) => TITLE.test(l.text));
	if (i < 0) return { title: null, line: null };
	let title = lines[i].text;
	if (/ in$/.test(title)) {
		const place = lines.slice(i + 1).find((l) => l.text);
		if (place) title = `${title} ${place.text}`;
	} else {
		// A running footer ("Inspection of youth offending services: Hartlepool YJS 8") ends with its page number.
		title = title.replace(/\s+\d{1,3}$/, '');
	}
	return { title, line: lines[i].no };
}

export function reportOutline(raw: string): ReportOutline {
	const lines = toLines(raw);
	const pages = contents(lines);
	const sections: ReportSection[] = [];
	for (const line of lines) {
		const text = line.text;
		if (!text || /\t\s*\d{1,3}\s*$/.test(line.raw) || /\.{2,}/.test(text)) continue;
		const previous = sections[sections.length - 1]?.title;
		const isHeading =
			TOP_LEVEL.test(text) ||
			STANDARD.test(text) ||
			// The ratings table lists the domains too: a domain heading counts only outside it.
			(DOMAIN.test(text) && previous !== undefined && previous !== 'Ratings');
		if (!isHeading) continue;
		sections.push({ title: text.replace(/\s+$/, ''), line: line.no, page: pages.get(key(text)) ?? null });
	}
	const { title, line } = titleOf(lines);
	const date = lines.map((l) => PUBLISHER_DATE.exec(l.text)?.[1]).find(Boolean) ?? null;
	return { title, titleLine: line, printedDate: date, sections, hasContents: pages.size > 0 };
}

/** The section a line falls in (the last heading at or before it), or null before the first heading. */
export function sectionAt(outline: ReportOutline, line: number): ReportSection | null {
	let found: ReportSection | null = null;
	for (const s of outline.sections) {
		if (s.line > line) break;
		found = s;
	}
	return found;
}

/** "‘Recommendations’, p. 5" or "‘2.1. Assessment’" (no page when the report prints no contents). */
export function printedPlace(outline: ReportOutline | null, line: number | null): string | null {
	if (!outline || line === null) return null;
	const s = sectionAt(outline, line);
	if (!s) return null;
	const title = s.title.replace(/\.$/, '');
	return s.page !== null ? `‘${title}’, p. ${s.page}` : `‘${title}’`;
}

/** Just the page ("p. 16"), for a table that names the section already; the section when no page is printed. */
export function printedPage(outline: ReportOutline | null, line: number | null): string | null {
	if (!outline || line === null) return null;
	const s = sectionAt(outline, line);
	if (!s) return null;
	return s.page !== null ? `p. ${s.page}` : `‘${s.title.replace(/\.$/, '')}’`;
}
