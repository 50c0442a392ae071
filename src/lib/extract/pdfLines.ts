/**
 * pdf.js gives positioned text items (a word, a run of words, a space), not
 * lines. We rebuild the lines the ingest reads: items on one baseline joined
 * left to right, a wide horizontal gap (a table's column gap) as a tab, so
 * `toLines` splits the row into cells as it does for a PDF-to-text export;
 * a tall vertical gap as a blank line, the paragraph break the prose readers
 * rely on. Each rebuilt line remembers its page and its line on that page, so
 * a figure can cite "page 3, line 12".
 */

/** The part of pdf.js's `TextItem` we use (its transform is [a, b, c, d, x, y]). */
export interface PositionedText {
	str: string;
	transform: readonly number[];
	width: number;
	height: number;
}

/** Where a rebuilt line came from; null for the blank lines we insert. */
export interface LineOrigin {
	page: number;
	/** 1-based line on its page, counting text lines only. */
	line: number;
}

export interface RebuiltText {
	/** Lines joined with '\n'. */
	text: string;
	/** origins[i] is the origin of text line i + 1. */
	origins: (LineOrigin | null)[];
}

/** A gap of at least this many font sizes between two items is a column gap: a tab. */
const TAB_GAP_EM = 1;
/** A gap below this many font sizes is no gap (kerning, a glued footnote marker). */
const SPACE_GAP_EM = 0.1;
/** A baseline step this many times the page's usual line pitch is a paragraph break. */
const PARAGRAPH_PITCH = 1.6;

interface Placed {
	str: string;
	x: number;
	y: number;
	end: number;
	size: number;
}

interface Row {
	y: number;
	size: number;
	items: Placed[];
}

function place(item: PositionedText): Placed {
	const [, , c, d, x, y] = item.transform;
	const size = Math.hypot(c, d) || item.height || 1;
	return { str: item.str, x, y, end: x + item.width, size };
}

/** Items sharing a baseline (within half a font size: a raised footnote marker stays on its line). */
function rows(items: readonly PositionedText[]): Row[] {
	const placed = items.filter((i) => i.str.length > 0).map(place);
	placed.sort((a, b) => b.y - a.y || a.x - b.x);
	const out: Row[] = [];
	for (const p of placed) {
		const row = out.find((r) => Math.abs(r.y - p.y) < 0.5 * Math.max(r.size, p.size));
		if (row) {
			row.items.push(p);
			// The baseline is the line's main text, not a superscript above it.
			if (p.size > row.size) {
				row.size = p.size;
				row.y = p.y;
			}
		} else out.push({ y: p.y, size: p.size, items: [p] });
	}
	out.sort((a, b) => b.y - a.y);
	return out;
}

/** One row's items joined left to right: a tab for a column gap, a space for a word gap. */
function joinRow(row: Row): string {
	const items = [...row.items].sort((a, b) => a.x - b.x);
	let text = '';
	let prevEnd: number | null = null;
	for (const item of items) {
		if (item.str.trim() === '') {
			// A space item: it only widens the gap, which is measured between words.
			if (prevEnd !== null && text && !/\s$/.test(text)) text += ' ';
			continue;
		}
		if (prevEnd !== null) {
			const gap = item.x - prevEnd;
			const em = Math.max(item.size, row.size);
			if (gap >= TAB_GAP_EM * em) text = text.replace(/ +$/, '') + '\t';
			else if (gap > SPACE_GAP_EM * em && !/\s$/.test(text)) text += ' ';
		}
		text += item.str;
		prevEnd = Math.max(prevEnd ?? item.end, item.end);
	}
	return text.replace(/\s+$/, '');
}

function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Every page's items to one text. `pages[i]` holds page i + 1's items. Page
 * breaks add no blank line: a paragraph may run on to the next page.
 */
export function rebuildLines(pages: readonly (readonly PositionedText[])[]): RebuiltText {
	const lines: string[] = [];
	const origins: (LineOrigin | null)[] = [];
	pages.forEach((items, p) => {
		const pageRows = rows(items).map((r) => ({ ...r, text: joinRow(r) })).filter((r) => r.text.trim() !== '');
		const steps = pageRows.slice(1).map((r, i) => pageRows[i].y - r.y).filter((s) => s > 0);
		const pitch = median(steps);
		pageRows.forEach((row, i) => {
			if (i > 0 && pitch > 0 && pageRows[i - 1].y - row.y > PARAGRAPH_PITCH * pitch) {
				lines.push('');
				origins.push(null);
			}
			lines.push(row.text);
			origins.push({ page: p + 1, line: i + 1 });
		});
	});
	return { text: lines.join('\n'), origins };
}

/** How much text a page holds, to tell an image-only (scanned) PDF from a text one. */
export function textCharacters(items: readonly PositionedText[]): number {
	return items.reduce((n, i) => n + i.str.replace(/\s+/g, '').length, 0);
}
