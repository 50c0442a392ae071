/**
 * The contextual-facts tables: one figure and one label per row.
 *
 * Rows come in every layout the exports produce, and we read them all the same
 * way, from the text rather than from column positions:
 *   `74 First-time entrant rate per 100,000 in West Sussex12`   (figure first)
 *   `Total staff headcount (full-time equivalent (FTE)) 45`      (figure last)
 *   `15` / `Total current caseload: youth caution, ...` / `triage` (figure alone, label below, wrapped)
 *   `Vacancy rate (total unfilled posts as ... staff` / `headcount) 2.2%` (label wrapped, figure last)
 * A row counts only when its joined label matches a measure (see measures.ts),
 * so footnotes (`12 Youth Justice Board ...`), key-question rows and
 * demographic rows are never read as facts.
 */
import type { Line, ReportText } from '../text';
import { sourceOf } from '../text';
import type { FactRecord } from '../types';
import { footnoteText, periodIn } from './footnotes';
import {
	foldLabel,
	isPageFooter,
	LABEL_FIRST,
	parseValue,
	splitMarker,
	VALUE_FIRST,
	type PrintedValue
} from './markers';
import { isComparator, matchMeasure, TABLE_HEADING, type MeasureMatch } from './measures';

/** Wrapped labels seen in the reports span at most three lines; more means we ran into prose. */
const MAX_LABEL_LINES = 4;
/** A figure alone on its line belongs to a label at most this many lines away. */
const MAX_VALUE_GAP = 3;
/** `Court disposals` / `Out-of-court disposals` rows follow `Total current caseload, of which:` closely. */
const MAX_LINES_AFTER_TOTAL = 8;

/** A label line ending like this is unfinished: the next line continues it. */
const UNFINISHED = /(?:[,(/-]|\b(?:in|the|of|and|or|with|to|for|a|an|as|on|at|by|under|not|per|from))$/i;

interface Row {
	match: MeasureMatch;
	area: string;
	value: PrintedValue;
	/** Index (into lines) of the line the figure is printed on. */
	valueIndex: number;
	/** Indexes of all lines the row spans, in order. */
	indexes: number[];
	marker: number | null;
	/** Index of the line carrying the marker. */
	markerIndex: number;
}

function isContent(line: Line | undefined): line is Line {
	return !!line && line.text.length > 0 && !isPageFooter(line.text);
}

function hasFigureAtEdge(text: string): boolean {
	return VALUE_FIRST.test(text) || LABEL_FIRST.test(text);
}

function isHeading(text: string): boolean {
	return TABLE_HEADING.test(splitMarker(text).text);
}

/** Next (dir=1) or previous (dir=-1) content line within `gap` lines, skipping blanks and page footers. */
function neighbour(lines: readonly Line[], from: number, dir: 1 | -1, gap: number): number {
	for (let i = from + dir, steps = 0; i >= 0 && i < lines.length && steps < gap; i += dir, steps++) {
		if (lines[i].text.length === 0 || isPageFooter(lines[i].text)) continue;
		return i;
	}
	return -1;
}

/** A line that may continue a label: words only, no figure at either end, not a heading. */
function isLabelText(text: string): boolean {
	return !hasFigureAtEdge(text) && !isHeading(text);
}

/** Lines after `start` that continue the label begun on it. */
function labelContinuation(lines: readonly Line[], start: number, first: string, used: ReadonlySet<number>): number[] {
	const out: number[] = [];
	let label = first;
	let at = start;
	while (out.length < MAX_LABEL_LINES - 1) {
		const next = neighbour(lines, at, 1, 2);
		if (next < 0 || used.has(next)) break;
		const text = lines[next].text;
		const adjacent = next === at + 1;
		const lowerStart = /^[a-z(]/.test(text);
		if (!isLabelText(text)) break;
		// Across a blank line only an obviously continued phrase (lower-case start) joins.
		if (!(lowerStart || (adjacent && UNFINISHED.test(label)))) break;
		out.push(next);
		label = text;
		at = next;
	}
	return out;
}

/** Lines before `end` whose text the label ending on `end` continues (returned in order). */
function labelPrefix(lines: readonly Line[], end: number, tail: string, used: ReadonlySet<number>): number[] {
	const out: number[] = [];
	let head = tail;
	let at = end;
	while (out.length < MAX_LABEL_LINES - 1) {
		const prev = neighbour(lines, at, -1, 2);
		if (prev < 0 || used.has(prev)) break;
		const text = lines[prev].text;
		if (!isLabelText(text)) break;
		const adjacent = prev === at - 1;
		if (!(/^[a-z)]/.test(head) || (adjacent && UNFINISHED.test(text)))) break;
		out.unshift(prev);
		head = text;
		at = prev;
	}
	return out;
}

interface Label {
	folded: string;
	marker: number | null;
	markerIndex: number;
}

/** Join label parts, taking each part's trailing footnote marker off. */
function joinLabel(parts: { text: string; index: number }[]): Label {
	let marker: number | null = null;
	let markerIndex = parts.length ? parts[parts.length - 1].index : -1;
	const texts: string[] = [];
	for (const part of parts) {
		const split = splitMarker(part.text);
		if (split.marker !== null) {
			marker = split.marker;
			markerIndex = part.index;
		}
		texts.push(split.text);
	}
	return { folded: foldLabel(texts.join(' ')), marker, markerIndex };
}

function unitFits(unit: string, value: PrintedValue): boolean {
	if (unit === '%') return !value.pounds;
	if (unit === 'GBP') return !value.percent;
	return !value.percent && !value.pounds;
}

/** Read every classifiable table row of the report. */
function readRows(lines: readonly Line[]): Row[] {
	const rows: Row[] = [];
	const used = new Set<number>();

	const tryRow = (labelIndexes: number[], labelTexts: string[], valueToken: string, valueIndex: number): boolean => {
		const value = parseValue(valueToken);
		if (!value) return false;
		const label = joinLabel(labelTexts.map((text, k) => ({ text, index: labelIndexes[k] })));
		const match = matchMeasure(label.folded);
		if (!match || !unitFits(match.unit, value)) return false;
		if (match.needsCaseloadTotal) {
			const total = rows.find(
				(r) => r.match.measure === 'caseload_total' && valueIndex > r.valueIndex && valueIndex - r.valueIndex <= MAX_LINES_AFTER_TOTAL
			);
			if (!total) return false;
		}
		const area = match.place && isComparator(match.place) ? match.place.trim() : 'service';
		const indexes = [...new Set([...labelIndexes, valueIndex])].sort((a, b) => a - b);
		rows.push({ match, area, value, valueIndex, indexes, marker: label.marker, markerIndex: label.markerIndex });
		for (const i of indexes) used.add(i);
		return true;
	};

	for (let i = 0; i < lines.length; i++) {
		if (used.has(i) || !isContent(lines[i])) continue;
		const text = lines[i].text;

		const first = VALUE_FIRST.exec(text);
		if (first && first[2]) {
			const more = labelContinuation(lines, i, first[2], used);
			if (tryRow([i, ...more], [first[2], ...more.map((k) => lines[k].text)], first[1], i)) continue;
		} else if (first) {
			// A figure alone on its line. Its label is the line(s) just above when
			// those are a complete label not yet used (label-then-figure layout);
			// otherwise the line(s) below (Hartlepool's `15` / `Total current caseload: ...`).
			const prev = neighbour(lines, i, -1, MAX_VALUE_GAP);
			if (prev >= 0 && !used.has(prev) && isLabelText(lines[prev].text)) {
				const idx = [...labelPrefix(lines, prev, lines[prev].text, used), prev];
				if (tryRow(idx, idx.map((k) => lines[k].text), first[1], i)) continue;
			}
			const next = neighbour(lines, i, 1, MAX_VALUE_GAP);
			if (next >= 0 && !used.has(next) && isLabelText(lines[next].text)) {
				const more = labelContinuation(lines, next, lines[next].text, used);
				const idx = [next, ...more];
				if (tryRow(idx, idx.map((k) => lines[k].text), first[1], i)) continue;
			}
			continue;
		}

		const last = LABEL_FIRST.exec(text);
		if (last) {
			const before = labelPrefix(lines, i, last[1], used);
			if (tryRow([...before, i], [...before.map((k) => lines[k].text), last[1]], last[2], i)) continue;
		}
	}
	return rows;
}

/** Heading lines (index and footnote marker), in document order. */
function readHeadings(lines: readonly Line[]): { index: number; marker: number | null }[] {
	const out: { index: number; marker: number | null }[] = [];
	lines.forEach((line, index) => {
		const text = line.text.replace(/\s+%$/, '');
		const split = splitMarker(text);
		if (TABLE_HEADING.test(split.text) && split.text.length < 60) out.push({ index, marker: split.marker });
	});
	return out;
}

function isTableRowText(rest: string): boolean {
	return matchMeasure(foldLabel(splitMarker(rest).text)) !== null;
}

function footnotePeriod(lines: readonly Line[], marker: number | null, at: number): string | null {
	if (marker === null) return null;
	const note = footnoteText(lines, marker, at, isTableRowText);
	return note ? periodIn(note) : null;
}

function periodOf(lines: readonly Line[], row: Row, rows: readonly Row[], headings: ReturnType<typeof readHeadings>): string | null {
	if (row.match.labelPeriod) return row.match.labelPeriod;
	const own = footnotePeriod(lines, row.marker, row.markerIndex);
	if (own) return own;
	if (row.match.periodSource === 'row-or-sibling') {
		if (row.marker !== null) return null;
		// The comparator row shares the service row's source (and so its period).
		const sibling = rows.find((r) => r !== row && r.match.measure === row.match.measure && r.area === 'service' && r.marker !== null);
		return sibling ? footnotePeriod(lines, sibling.marker, sibling.markerIndex) : null;
	}
	const first = row.indexes[0];
	let heading: { index: number; marker: number | null } | undefined;
	for (const h of headings) if (h.index < first) heading = h;
	return heading ? footnotePeriod(lines, heading.marker, heading.index) : null;
}

export function parseTableFacts(report: ReportText): FactRecord[] {
	const lines = report.lines;
	const rows = readRows(lines);
	const headings = readHeadings(lines);
	const seen = new Set<string>();
	const facts: FactRecord[] = [];
	for (const row of rows) {
		const key = `${row.match.measure}|${row.area}`;
		if (seen.has(key)) continue; // a table printed twice: the first one stands
		seen.add(key);
		facts.push({
			measure: row.match.measure,
			area: row.area,
			value: row.value.value,
			unit: row.match.unit,
			period: periodOf(lines, row, rows, headings),
			source: sourceOf(report, lines[row.valueIndex]),
			from_prose: false,
			source_text: row.indexes.map((k) => lines[k].text).join(' '),
			// The figure's own footnote as printed: a source, or a caveat such as
			// "This data only relates to court disposals." that must travel with it.
			note: row.marker === null ? null : footnoteText(lines, row.marker, row.markerIndex, isTableRowText)
		});
	}
	return facts;
}
