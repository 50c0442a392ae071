/**
 * The published tables the reader compares an added report with, read in the
 * reader worker from this site's own static/data CSVs (a request names only
 * the table, never anything from the report), so neither the download's
 * parsing nor the matching holds up the page.
 */
import { csvParseRows } from 'd3-dsv';
import { PUBLISHED_TABLES, type PublishedTables } from './published';

/**
 * Rows as objects keyed by the header. Not d3-dsv's `csvParse`: it builds each row with `new Function`,
 * which the site's Content-Security-Policy (no 'unsafe-eval') refuses.
 */
function parseCsv(text: string): Record<string, string>[] {
	const [header, ...rows] = csvParseRows(text);
	return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** Fetches every table at once (they are small; the browser's cache usually holds them already). */
export function fetchPublished(dataUrl: string): Promise<string[]> {
	return Promise.all(
		PUBLISHED_TABLES.map(async (name) => {
			const response = await fetch(`${dataUrl}/${name}.csv`);
			if (!response.ok) throw new Error(`${name}.csv: HTTP ${response.status}`);
			return response.text();
		})
	);
}

export function parsePublished(texts: readonly string[]): PublishedTables {
	return Object.fromEntries(PUBLISHED_TABLES.map((name, i) => [name, parseCsv(texts[i])])) as unknown as PublishedTables;
}
