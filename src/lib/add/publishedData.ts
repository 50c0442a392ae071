/**
 * The published tables the /add page compares an added report with, read
 * from this site's own static/data CSVs (a request names only the table,
 * never anything from the report).
 */
import { csvParseRows } from 'd3-dsv';
import type { PublishedTables } from './published';

const TABLES = ['services', 'inspections', 'ratings', 'key_questions'] as const;

/**
 * Rows as objects keyed by the header. Not d3-dsv's `csvParse`: it builds each row with `new Function`,
 * which the site's Content-Security-Policy (no 'unsafe-eval') refuses.
 */
function parseCsv(text: string): Record<string, string>[] {
	const [header, ...rows] = csvParseRows(text);
	return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

export async function loadPublished(dataBase: string): Promise<PublishedTables> {
	const entries = await Promise.all(
		TABLES.map(async (name) => {
			const response = await fetch(`${dataBase}/${name}.csv`);
			if (!response.ok) throw new Error(`${name}.csv: HTTP ${response.status}`);
			return [name, parseCsv(await response.text())] as const;
		})
	);
	return Object.fromEntries(entries) as unknown as PublishedTables;
}
