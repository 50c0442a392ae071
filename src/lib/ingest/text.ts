/**
 * Report text as lines, normalised for parsing but keeping each line's
 * original 1-based number so every figure can cite `file:line`.
 *
 * PDF-to-text exports differ: CRLF or CR line ends, a byte-order mark, tabs or
 * runs of spaces between cells, non-breaking spaces, curly quotes and dashes,
 * soft hyphens. We fold all of these to one plain form here, once, so the
 * parsers only ever see straight quotes, '-' dashes and single spaces, and
 * `cells` splits on what was a tab or a run of 2+ spaces.
 */

export interface Line {
	/** 1-based line number in the original file. */
	no: number;
	/** The raw line, minus its line ending. */
	raw: string;
	/** Normalised text: single spaces, straight quotes, plain dashes, trimmed. */
	text: string;
	/** Cells split on tabs or runs of two or more spaces (normalised). */
	cells: string[];
}

export interface ReportText {
	/** Path cited in sources, e.g. `data/reports/west-sussex.txt`. */
	file: string;
	lines: Line[];
}

const SPACE_LIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const BULLETS = /^[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u00b7\uf0b7\uf0a7]\s*/;

export function normaliseCharacters(s: string): string {
	return s
		.replace(ZERO_WIDTH, '')
		.replace(SPACE_LIKE, ' ')
		.replace(SINGLE_QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.replace(DASHES, '-');
}

function squash(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

export function toLines(raw: string): Line[] {
	const body = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
	return body.split(/\r\n|\r|\n/).map((rawLine, i) => {
		const folded = normaliseCharacters(rawLine);
		const cells = folded
			.split(/\t| {2,}/)
			.map(squash)
			.filter((c) => c.length > 0);
		return { no: i + 1, raw: rawLine, text: squash(folded), cells };
	});
}

export function reportText(file: string, raw: string): ReportText {
	return { file, lines: toLines(raw) };
}

/** `file:line`, the form every published figure cites. */
export function sourceOf(report: ReportText, line: Line | number): string {
	return `${report.file}:${typeof line === 'number' ? line : line.no}`;
}

/** Text with a leading bullet character removed. */
export function stripBullet(text: string): string {
	return text.replace(BULLETS, '');
}

/** Index into `lines` of the first line at or after `from` whose text matches. */
export function findLine(lines: readonly Line[], pattern: RegExp, from = 0, to = lines.length): number {
	for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
		if (pattern.test(lines[i].text)) return i;
	}
	return -1;
}

const WORD_NUMBERS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
	eighteen: 18, nineteen: 19, twenty: 20
};

/** "six" -> 6, "12" -> 12; null for anything else. */
export function wordOrNumber(s: string): number | null {
	const t = s.trim().toLowerCase();
	if (/^\d+$/.test(t)) return Number(t);
	return WORD_NUMBERS[t] ?? null;
}
