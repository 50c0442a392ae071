/**
 * Runs the console's queries in the browser database, read-only three ways:
 * 1. `checkReadOnly` refuses anything but one reading statement;
 * 2. the query runs on the console's own connection, inside a transaction that
 *    is always rolled back, so even a write that slipped past (1) is undone
 *    before the charts' connection could see it;
 * 3. the engine reads no file but the published tables (client.ts).
 * A query can be cancelled (DuckDB-WASM's `cancelSent`, which stops a query
 * started with `send` between two of its steps) and is stopped after
 * `timeoutMs`. Browser only: loaded with the console, on /data alone.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { columnValues, type ArrowTable } from '../db/arrowRows';
import { plainValue } from '../db/sql';
import { checkReadOnly } from './readOnly';
import { describeQueryError, type QueryProblem } from './errors';

export type Cell = string | number | boolean | null;

export interface ResultColumn {
	name: string;
	/** Every value present is a number: right-aligned, sorted as numbers. */
	numeric: boolean;
}

export interface QueryResult {
	columns: ResultColumn[];
	/** The first `MAX_KEPT_ROWS` rows, in the query's order. */
	rows: Cell[][];
	/** Every row the query returned. */
	total: number;
	ms: number;
}

export type Outcome =
	| { kind: 'rows'; result: QueryResult }
	| { kind: 'refused'; message: string }
	| { kind: 'error'; problem: QueryProblem }
	| { kind: 'cancelled' }
	| { kind: 'timeout'; seconds: number };

/** Rows kept for the table and the CSV download; the total is counted past it. */
export const MAX_KEPT_ROWS = 100_000;
export const QUERY_TIMEOUT_MS = 10_000;

export class ConsoleRunner {
	private connection: Promise<AsyncDuckDBConnection> | null = null;
	private running: Promise<unknown> | null = null;
	private stop: ((reason: 'cancelled' | 'timeout') => void) | null = null;

	constructor(
		private readonly open: () => Promise<AsyncDuckDBConnection>,
		private readonly timeoutMs = QUERY_TIMEOUT_MS
	) {}

	/** Stop the running query, if any; its `run` resolves as cancelled. */
	cancel(): void {
		this.stop?.('cancelled');
	}

	async run(sql: string): Promise<Outcome> {
		const check = checkReadOnly(sql);
		if (!check.ok) return { kind: 'refused', message: check.message };
		// One query at a time on the connection: a new one replaces the one running.
		if (this.running) {
			this.cancel();
			await this.running.catch(() => undefined);
		}
		const run = this.execute(check.statement);
		this.running = run;
		try {
			return await run;
		} finally {
			if (this.running === run) this.running = null;
		}
	}

	private async execute(statement: string): Promise<Outcome> {
		// Cancel works from the start: while the console's connection opens (its tables are created) too.
		let stopped: 'cancelled' | 'timeout' | null = null;
		let conn: AsyncDuckDBConnection | null = null;
		this.stop = (reason) => {
			if (stopped) return;
			stopped = reason;
			void conn?.cancelSent().catch(() => undefined);
		};
		try {
			this.connection ??= this.open();
			conn = await this.connection;
		} catch (error) {
			this.connection = null;
			this.stop = null;
			return { kind: 'error', problem: describeQueryError(error, statement) };
		}
		if (stopped) {
			this.stop = null;
			return stoppedOutcome(stopped, this.timeoutMs);
		}
		const timer = setTimeout(() => this.stop?.('timeout'), this.timeoutMs);
		const started = performance.now();
		try {
			await conn.query('BEGIN TRANSACTION');
			// open() reads the stream's schema message, so a result without rows still has its columns.
			const reader = await (await conn.send(statement, true)).open();
			const columns: ResultColumn[] = reader.schema.fields.map((f) => ({ name: f.name, numeric: true }));
			const rows: Cell[][] = [];
			let total = 0;
			for await (const batch of reader) {
				if (stopped) break;
				const n = batch.numRows;
				const keep = Math.min(n, MAX_KEPT_ROWS - rows.length);
				const values = columns.map((_, j) => columnValues((batch as unknown as ArrowTable).getChildAt(j), n));
				for (let i = 0; i < keep; i++) rows.push(values.map((column) => plainValue(column[i])));
				total += n;
			}
			if (stopped) return stoppedOutcome(stopped, this.timeoutMs);
			for (const [j, column] of columns.entries()) column.numeric = rows.some((r) => r[j] !== null) && rows.every((r) => r[j] === null || typeof r[j] === 'number');
			return { kind: 'rows', result: { columns, rows, total, ms: performance.now() - started } };
		} catch (error) {
			if (stopped) return stoppedOutcome(stopped, this.timeoutMs);
			return { kind: 'error', problem: describeQueryError(error, statement) };
		} finally {
			clearTimeout(timer);
			this.stop = null;
			await conn.query('ROLLBACK').catch(() => undefined);
		}
	}
}

function stoppedOutcome(reason: 'cancelled' | 'timeout', timeoutMs: number): Outcome {
	return reason === 'cancelled' ? { kind: 'cancelled' } : { kind: 'timeout', seconds: timeoutMs / 1000 };
}
