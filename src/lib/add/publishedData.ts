/**
 * The published tables the /add page compares an added report with, read
 * from this site's own static/data CSVs (a request names only the table,
 * never anything from the report).
 */
import { csvParse } from 'd3-dsv';
import type { PublishedTables } from './published';

const TABLES = ['services', 'inspections', 'ratings', 'key_questions'] as const;

export async function loadPublished(dataBase: string): Promise<PublishedTables> {
	const entries = await Promise.all(
		TABLES.map(async (name) => {
			const response = await fetch(`${dataBase}/${name}.csv`);
			if (!response.ok) throw new Error(`${name}.csv: HTTP ${response.status}`);
			return [name, csvParse(await response.text())] as const;
		})
	);
	return Object.fromEntries(entries) as unknown as PublishedTables;
}
