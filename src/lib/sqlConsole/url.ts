/**
 * The console's query in the page URL (`/data?sql=…`), so a query is a link.
 * The value is free text by nature: it is never rendered as HTML (it fills a
 * textarea) and runs only through the read-only console. Other parameters are
 * dropped with a notice, as on every view (state/params.ts). Pure.
 */
import { quoteForNotice } from '../state/params';
import { MAX_QUERY_LENGTH } from './readOnly';

export const SQL_PARAM = 'sql';

export function consoleQueryFromUrl(params: URLSearchParams): { sql: string | null; notices: string[] } {
	const notices: string[] = [];
	let sql: string | null = null;
	let seen = false;
	for (const [name, value] of params) {
		if (name !== SQL_PARAM) notices.push(`Unknown parameter '${quoteForNotice(name)}' ignored`);
		else if (seen) notices.push(`Repeated parameter '${SQL_PARAM}': the first value was used`);
		else {
			seen = true;
			if (value.length > MAX_QUERY_LENGTH) notices.push(`The query in the link is longer than ${MAX_QUERY_LENGTH.toLocaleString('en-GB')} characters and was ignored`);
			else if (value.trim() !== '') sql = value;
		}
	}
	return { sql, notices };
}

/** The query string for a query: `?sql=…` (empty for no query). */
export function consoleQuerySearch(sql: string): string {
	return sql.trim() === '' ? '' : `?${new URLSearchParams({ [SQL_PARAM]: sql })}`;
}
