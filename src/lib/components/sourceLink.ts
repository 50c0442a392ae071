/**
 * Citations to report lines, as links into the source viewer.
 *
 * Every report figure cites `data/reports/<file>.txt:<line>` (1-based, the
 * numbering of `ingest/text.ts`). The viewer is prerendered at
 * `/sources/<file without .txt>`, one page per report, with an element
 * `id="L<line>"` on every line, so the citation
 * `data/reports/west-sussex.txt:74` links to `/sources/west-sussex#L74`.
 * The `.txt` is left out of the route so the page is an ordinary HTML page
 * (`build/sources/west-sussex.html`), not a file a static host might serve as
 * plain text.
 *
 * Anything else (a release name, a URL, a national CSV) is not a report line:
 * `sourceHref` returns null and the caller shows the citation as text, or
 * `externalUrl` finds a web address in it.
 */

export interface ReportCitation {
	/** Report file name without folder or extension, e.g. `west-sussex`. */
	report: string;
	/** 1-based line number. */
	line: number;
}

/** Report names are slugs; anything else is refused so nothing odd reaches a URL. */
const REPORT_NAME = /^[a-z0-9][a-z0-9-]*$/;
const CITATION = /^data\/reports\/([^/\s:]+)\.txt:(\d{1,6})$/;

/** `data/reports/west-sussex.txt:74` → `{ report: 'west-sussex', line: 74 }`; null for anything else. */
export function parseCitation(source: string | null | undefined): ReportCitation | null {
	if (!source) return null;
	const m = CITATION.exec(source.trim());
	if (!m || !REPORT_NAME.test(m[1])) return null;
	const line = Number(m[2]);
	return line >= 1 ? { report: m[1], line } : null;
}

/** Path of a report's source page, e.g. `/sources/west-sussex`. */
export function sourcePagePath(report: string, base = ''): string {
	return `${base}/sources/${report}`;
}

/** Element id of a line on the source page. */
export function lineId(line: number): string {
	return `L${line}`;
}

/**
 * Link for a citation: `/sources/west-sussex#L74` for a report line, null
 * for any other kind of source. `base` is SvelteKit's `base` path.
 */
export function sourceHref(source: string | null | undefined, base = ''): string | null {
	const c = parseCitation(source);
	return c ? `${sourcePagePath(c.report, base)}#${lineId(c.line)}` : null;
}

/** Short visible text for a citation: `west-sussex.txt:74`, or the source as given. */
export function sourceLabel(source: string | null | undefined): string {
	const c = parseCitation(source);
	return c ? `${c.report}.txt:${c.line}` : (source ?? '');
}

/** The first http(s) address in a non-report source (e.g. a press release), if any. */
export function externalUrl(source: string | null | undefined): string | null {
	const m = /https?:\/\/[^\s)"'<>]+/.exec(source ?? '');
	return m ? m[0] : null;
}

/** `suffolk.txt:443–452` for a paragraph spanning lines; the plain label when it is one line or not a report line. */
export function sourceRangeLabel(source: string | null | undefined, lineEnd: number | null | undefined): string {
	const c = parseCitation(source);
	return c && lineEnd && lineEnd > c.line ? `${c.report}.txt:${c.line}\u2013${lineEnd}` : sourceLabel(source);
}
