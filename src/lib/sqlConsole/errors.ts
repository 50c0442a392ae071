/**
 * DuckDB's error text as a plain message and a position in the query.
 * DuckDB ends an error about a place in the query with a context block:
 *
 *   Parser Error: syntax error at or near "ratings"
 *
 *   LINE 1: SELECT * FORM ratings
 *                         ^
 *
 * (the block can repeat, and a long line is cut to "...").
 * We keep the first line and turn the caret into a line and column of the
 * query the reader wrote. Nothing else of the text is shown: no stack. Pure.
 */

export interface QueryProblem {
	/** One line: DuckDB's own message, e.g. `Parser Error: syntax error at or near "ratings"`. */
	message: string;
	/** 1-based line and column in the query, when DuckDB names a place. */
	line: number | null;
	column: number | null;
}

const CONTEXT = /^LINE (\d+): (.*)\n( *)\^/m;

/** Line and column (1-based) of a 0-based offset in the query. */
function lineAndColumn(sql: string, offset: number): { line: number; column: number } {
	const before = sql.slice(0, Math.max(0, Math.min(offset, sql.length))).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * A query sent with `send` fails with DuckDB's error as JSON:
 * `{"exception_type":"Parser","exception_message":"syntax error at or near …\n\nLINE 1: …","position":"14"}`,
 * where the position is an offset in the query.
 */
function fromJson(text: string, sql: string): QueryProblem | null {
	if (!text.startsWith('{')) return null;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return null;
	}
	const { exception_type: type, exception_message: detail, position } = (parsed ?? {}) as Record<string, unknown>;
	if (typeof detail !== 'string') return null;
	const first = detail.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'the query failed';
	const message = (typeof type === 'string' && type ? `${type} Error: ${first}` : first).slice(0, 500);
	const offset = typeof position === 'string' || typeof position === 'number' ? Number(position) : NaN;
	if (!Number.isInteger(offset) || offset < 0) return { ...describeText(detail, sql), message };
	return { message, ...lineAndColumn(sql, offset) };
}

export function describeQueryError(error: unknown, sql: string): QueryProblem {
	const text = error instanceof Error ? error.message : typeof error === 'string' ? error : 'the query failed';
	return fromJson(text.trim(), sql) ?? describeText(text, sql);
}

function describeText(text: string, sql: string): QueryProblem {
	const message = (text.split('\n').find((l) => l.trim() !== '') ?? 'the query failed').trim().slice(0, 500);
	const context = CONTEXT.exec(text);
	if (!context) return { message, line: null, column: null };
	const line = Number(context[1]);
	const shown = context[2];
	const caret = context[3].length - `LINE ${context[1]}: `.length;
	const source = sql.split('\n')[line - 1];
	if (source === undefined || caret < 0) return { message, line: null, column: null };
	// A long line is shown cut, with "..." at either end: find the shown part in the real line.
	const lead = shown.startsWith('...') ? 3 : 0;
	const trail = shown.endsWith('...') && shown.length > lead + 3 ? 3 : 0;
	const piece = shown.slice(lead, shown.length - trail);
	const at = lead ? source.indexOf(piece) : 0;
	if (at < 0) return { message, line, column: null };
	return { message, line, column: Math.min(at + caret - lead, source.length) + 1 };
}

/** "at line 2, column 7", for the message shown under the query. */
export function positionText(problem: QueryProblem): string {
	if (problem.line === null) return '';
	return problem.column === null ? `at line ${problem.line}` : `at line ${problem.line}, column ${problem.column}`;
}
