import { describe, expect, it } from 'vitest';
import { blankLiterals, checkReadOnly } from '../../../src/lib/sqlConsole/readOnly';
import { describeQueryError, positionText } from '../../../src/lib/sqlConsole/errors';
import { EXAMPLE_QUERIES } from '../../../src/lib/sqlConsole/examples';
import { startWasmEngine, loadPublishedTables } from '../db/wasmEngine';

const refused = (sql: string) => {
	const check = checkReadOnly(sql);
	return check.ok ? null : check.message;
};

describe('checkReadOnly', () => {
	it.each([
		'SELECT * FROM ratings',
		'select 1;',
		'  (SELECT 1) UNION (SELECT 2)',
		'WITH x AS (SELECT 1 AS a) SELECT * FROM x',
		'DESCRIBE ratings',
		'SUMMARIZE la_indicators',
		'PIVOT ratings ON rating USING count(*) GROUP BY standard_code',
		'FROM services',
		"-- drop table ratings;\nSELECT 'DROP TABLE x; DELETE' AS \"update\" /* insert; */ ;",
		"SELECT E'it\\'s; drop', $$a;b$$, $t$ DELETE $t$",
		...EXAMPLE_QUERIES.map((e) => e.sql)
	])('runs %s', (sql) => {
		expect(refused(sql)).toBeNull();
	});

	it.each([
		['DROP TABLE ratings', /not DROP/],
		['insert into ratings select * from ratings', /not INSERT/],
		['UPDATE ratings SET points = 3', /not UPDATE/],
		['WITH x AS (SELECT 1) INSERT INTO ratings SELECT * FROM x', /INSERT is not allowed/],
		['SELECT 1; DROP TABLE ratings', /one statement at a time/],
		['SELECT 1; SELECT 2', /one statement at a time/],
		["SET enable_external_access = true", /not SET/],
		["COPY ratings TO 'x.csv'", /not COPY/],
		["ATTACH 'x.db'", /not ATTACH/],
		['CALL pragma_version()', /not CALL/],
		['PRAGMA show_tables', /not PRAGMA/],
		['/* hidden */ CREATE TABLE t AS SELECT 1', /not CREATE/],
		["SELECT 'unterminated", /not closed/],
		['SELECT 1 /* open', /not closed/],
		['', /Write a query/],
		['  ;  ', /Write a query/],
		['SELECT ' + 'x'.repeat(9000), /longer than/]
	])('refuses %s', (sql, message) => {
		expect(refused(sql)).toMatch(message);
	});

	it('keeps positions when blanking literals', () => {
		const sql = "SELECT 'a;b' -- c\n, \"d;e\"";
		const blanked = blankLiterals(sql);
		expect('text' in blanked && blanked.text.length).toBe(sql.length);
		expect('text' in blanked && blanked.text).not.toContain(';');
	});
});

describe('describeQueryError', () => {
	it('turns DuckDB-WASM errors into one line and a position in the query', async () => {
		const db = await startWasmEngine();
		const conn = loadPublishedTables(db);
		const run = (sql: string) => {
			try {
				conn.query(sql);
				return null;
			} catch (e) {
				return describeQueryError(e, sql);
			}
		};
		const syntax = run('SELECT *\nFORM ratings');
		expect(syntax).toEqual({ message: 'Parser Error: syntax error at or near "ratings"', line: 2, column: 6 });
		expect(positionText(syntax!)).toBe('at line 2, column 6');
		const binder = run('SELECT points, foo FROM ratings');
		expect(binder?.message).toMatch(/^Binder Error: Referenced column "foo" not found/);
		expect(binder?.column).toBe(16);
		// A long line is shown cut by DuckDB; the column is still the one in the query.
		const long = `SELECT ${Array.from({ length: 40 }, (_, i) => `points AS p${i}`).join(', ')}, nope FROM ratings`;
		const cut = run(long);
		expect(cut?.column).toBe(long.indexOf('nope') + 1);
		expect(describeQueryError(new Error('Out of Memory Error: x\n  at foo (bar.js:1:2)'), 'SELECT 1')).toEqual({ message: 'Out of Memory Error: x', line: null, column: null });
		// What DuckDB-WASM's send() rejects with: JSON, with the offset in the query.
		const sent = '{"exception_type":"Parser","exception_message":"syntax error at or near \\"ratings\\"\\n\\nLINE 2: FORM ratings\\n             ^","error_subtype":"SYNTAX_ERROR","position":"14"}';
		expect(describeQueryError(new Error(sent), 'SELECT *\nFORM ratings')).toEqual({ message: 'Parser Error: syntax error at or near "ratings"', line: 2, column: 6 });
	}, 60_000);
});
