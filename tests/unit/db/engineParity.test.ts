/**
 * Two engines run our SQL: @duckdb/node-api while prerendering
 * (src/lib/server/database.ts) and DuckDB-WASM in the browser
 * (src/lib/db/client.ts), which replaces the prerendered rows with its own
 * answers once it is ready. They are different DuckDB releases, so a figure
 * could change in front of the reader when the live answer arrives. This
 * test records every query the page loads ask the build engine, with its
 * parameters, replays each on DuckDB-WASM as the browser asks it (a prepared
 * statement, rows read by `arrowRows`) and expects the same rows, in the same
 * order.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { arrowRows, type ArrowTable } from '../../../src/lib/db/arrowRows';
import { loadPublishedTables, startWasmEngine } from './wasmEngine';

type Param = string | number | boolean | null;
interface Asked {
	/** The route, as its folder under src/routes (`/services/[service_id]`), and the entry asked for. */
	route: string;
	entry: Record<string, string>;
	sql: string;
	params: Param[];
	rows: unknown[];
}

const recorded = vi.hoisted(() => ({ route: '', entry: {} as Record<string, string>, asked: [] as Asked[] }));

// The page loads import buildDatabase themselves: wrap it so each query is recorded with its answer.
vi.mock('../../../src/lib/server/database', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../../../src/lib/server/database')>();
	return {
		buildDatabase: async () => {
			const db = await actual.buildDatabase();
			return {
				async query<T>(sql: string, params: ReadonlyArray<Param> = []): Promise<T[]> {
					const rows = await db.query<T>(sql, params);
					recorded.asked.push({ route: recorded.route, entry: recorded.entry, sql, params: [...params], rows });
					return rows;
				}
			};
		}
	};
});

interface RouteModule {
	load: (event: { params: Record<string, string> }) => Promise<unknown>;
	entries?: () => Promise<Record<string, string>[]>;
}

// Every page load under src/routes, so a new view is checked without being listed here.
const PAGE_LOADS = import.meta.glob<RouteModule>('../../../src/routes/**/+page.server.ts');
const routeOf = (file: string) => file.replace(/^.*\/src\/routes/, '').replace(/\/\+page\.server\.ts$/, '') || '/';
/** Page loads that read the build's files, not the database (/data: the manifest and file sizes). */
const READS_NO_DATABASE = new Set(['/data']);
const ROUTES = Object.keys(PAGE_LOADS).map(routeOf).filter((r) => !READS_NO_DATABASE.has(r));

/** Run every page load as the prerender does: each entry of a parameterised route. */
async function runPageLoads(): Promise<void> {
	for (const [file, importRoute] of Object.entries(PAGE_LOADS)) {
		const module = await importRoute();
		recorded.route = routeOf(file);
		for (const entry of module.entries ? await module.entries() : [{}]) {
			recorded.entry = entry;
			await module.load({ params: entry });
		}
	}
}

/** Where a query was asked, and its first line, for a failure message. */
const describeAsk = ({ route, entry, sql }: Asked) =>
	`${route}${Object.keys(entry).length ? ` ${JSON.stringify(entry)}` : ''}: ${sql.trim().split('\n')[0]}`;

let conn: DuckDBConnection;
/** The browser's way of asking (client.ts): a prepared statement, its Arrow answer read by arrowRows. */
function askWasm(sql: string, params: Param[]): unknown[] {
	const statement = conn.prepare(sql);
	try {
		return arrowRows(statement.query(...params) as unknown as ArrowTable);
	} finally {
		statement.close();
	}
}

beforeAll(async () => {
	await runPageLoads();
	conn = loadPublishedTables(await startWasmEngine());
}, 120_000);

describe('every query the prerender asks gets the same rows from the browser engine', () => {
	it('covers every route, each statement answering with rows', () => {
		const routes = new Set(recorded.asked.map((a) => a.route));
		expect([...routes].sort()).toEqual([...ROUTES].sort());
		// Distinct statements: every view's SQL, not one query asked many times.
		expect(new Set(recorded.asked.map((a) => a.sql)).size).toBeGreaterThan(30);
		// Each statement answers with rows at least once (a profile may lack a section: newer reports
		// print no contextual-facts tables), so no comparison below is between two empty answers only.
		const answered = new Set(recorded.asked.filter((a) => a.rows.length > 0).map((a) => a.sql));
		const neverAnswered = recorded.asked.filter((a) => !answered.has(a.sql)).map(describeAsk);
		expect(neverAnswered).toEqual([]);
	});

	it('the same rows, in the same order, for each query', () => {
		// Each distinct question once (the profile pages ask several the same).
		const questions = new Map(recorded.asked.map((a) => [JSON.stringify([a.sql, a.params]), a]));
		for (const asked of questions.values()) expect.soft(askWasm(asked.sql, asked.params), describeAsk(asked)).toEqual(asked.rows);
	});
});
