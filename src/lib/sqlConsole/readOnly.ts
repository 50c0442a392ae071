/**
 * The SQL console runs only statements that read: SELECT (and DuckDB's
 * FROM-first SELECT), WITH, DESCRIBE, SUMMARIZE and PIVOT, one at a time.
 * The check works on the query with its comments, strings and quoted names
 * blanked out, so a keyword inside them neither passes nor fails a query.
 * It is the first of three guards (see runner.ts: the query also runs in a
 * transaction that is always rolled back, on its own connection, and the
 * engine reads no file but the published tables). Pure.
 */

export type ReadOnlyCheck = { ok: true; statement: string } | { ok: false; message: string };

/** First words a query may start with; `FROM` starts DuckDB's FROM-first SELECT. */
export const READ_STATEMENTS = ['SELECT', 'WITH', 'DESCRIBE', 'SUMMARIZE', 'PIVOT', 'FROM'] as const;

/**
 * Words that write, change settings or reach outside the database. Refused
 * anywhere outside strings and quoted names: e.g. `WITH x AS (…) INSERT …`
 * starts with WITH but writes. A column with such a name can be quoted.
 */
const WRITE_WORDS = new Set([
	'ALTER', 'ANALYZE', 'ATTACH', 'BEGIN', 'CALL', 'CHECKPOINT', 'COMMENT', 'COMMIT', 'COPY', 'CREATE', 'DEALLOCATE',
	'DELETE', 'DETACH', 'DROP', 'EXECUTE', 'EXPORT', 'FORCE', 'GRANT', 'IMPORT', 'INSERT', 'INSTALL', 'LOAD', 'MERGE',
	'PRAGMA', 'PREPARE', 'RESET', 'REVOKE', 'ROLLBACK', 'SET', 'TRUNCATE', 'UPDATE', 'USE', 'VACUUM'
]);

/** Longest query accepted (also the longest kept in a link). */
export const MAX_QUERY_LENGTH = 8_000;

/**
 * The query with every comment, string literal and quoted identifier replaced
 * by spaces (same length, so positions still match), or the reason it cannot
 * be read (an unterminated string or comment).
 */
export function blankLiterals(sql: string): { text: string } | { error: string } {
	let out = '';
	let i = 0;
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	while (i < sql.length) {
		const ch = sql[i];
		const next = sql[i + 1];
		if (ch === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			const stop = end < 0 ? sql.length : end;
			out += blank(sql.slice(i, stop));
			i = stop;
		} else if (ch === '/' && next === '*') {
			const end = sql.indexOf('*/', i + 2);
			if (end < 0) return { error: 'a comment opened with /* is not closed' };
			out += blank(sql.slice(i, end + 2));
			i = end + 2;
		} else if (ch === "'" || ch === '"') {
			// 'it''s' and "a ""b""": a doubled quote stays inside. E'…' strings also take \' as a quote.
			const escapes = ch === "'" && /[eE]$/.test(sql.slice(0, i)) && !/[A-Za-z0-9_][eE]$/.test(sql.slice(0, i));
			let j = i + 1;
			for (;;) {
				if (j >= sql.length) return { error: `a ${ch === "'" ? 'string' : 'quoted name'} opened at position ${i + 1} is not closed` };
				if (escapes && sql[j] === '\\') j += 2;
				else if (sql[j] === ch && sql[j + 1] === ch) j += 2;
				else if (sql[j] === ch) break;
				else j += 1;
			}
			// A quoted name stays a word, so `"ratings"` still names a table; its contents are blanked.
			out += ch === '"' ? `"${blank(sql.slice(i + 1, j))}"` : blank(sql.slice(i, j + 1));
			i = j + 1;
		} else if (ch === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i)) && !/[A-Za-z0-9_]$/.test(sql.slice(0, i))) {
			// Dollar-quoted string: $$…$$ or $tag$…$tag$.
			const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
			const end = sql.indexOf(tag, i + tag.length);
			if (end < 0) return { error: `a string opened with ${tag} is not closed` };
			out += blank(sql.slice(i, end + tag.length));
			i = end + tag.length;
		} else {
			out += ch;
			i += 1;
		}
	}
	return { text: out };
}

export function checkReadOnly(sql: string): ReadOnlyCheck {
	if (sql.length > MAX_QUERY_LENGTH) return { ok: false, message: `The query is longer than ${MAX_QUERY_LENGTH.toLocaleString('en-GB')} characters.` };
	const blanked = blankLiterals(sql);
	if ('error' in blanked) return { ok: false, message: `The query cannot be read: ${blanked.error}.` };
	// Trailing semicolons are fine; anything after a semicolon is a second statement.
	const text = blanked.text.replace(/[\s;]+$/, '');
	if (text.trim() === '') return { ok: false, message: 'Write a query first.' };
	if (text.includes(';')) return { ok: false, message: 'Run one statement at a time: remove everything after the first semicolon.' };
	const first = /^[\s(]*([A-Za-z_]+)/.exec(text)?.[1]?.toUpperCase() ?? '';
	if (!(READ_STATEMENTS as readonly string[]).includes(first)) {
		return {
			ok: false,
			message: `Only queries that read the tables can run here (SELECT, WITH, DESCRIBE, SUMMARIZE or PIVOT)${first ? `, not ${first}` : ''}.`
		};
	}
	const writer = (text.match(/[A-Za-z_][A-Za-z0-9_$]*/g) ?? []).map((w) => w.toUpperCase()).find((w) => WRITE_WORDS.has(w));
	if (writer) return { ok: false, message: `Only queries that read the tables can run here: ${writer} is not allowed (quote a column named "${writer.toLowerCase()}").` };
	return { ok: true, statement: sql.slice(0, text.length) };
}
