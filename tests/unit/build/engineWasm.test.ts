/**
 * The build ships DuckDB's engine with only the exports its glue can reach
 * (scripts/lib/engineWasm.ts). Checked on the real engine:
 * - the trimmed module is valid, keeps every export the browser glue reads,
 *   and differs from the original in its export section only;
 * - trimmed by the same rule for the glue DuckDB-WASM runs in Node, it opens,
 *   loads every published table and answers exactly as the original does;
 * - trimmed past what the glue reads, it fails to start: the rule is what
 *   makes the trimmed engine work, not luck.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glueCanReach, keepExports, namesSpelledIn, trimmedEngine, wasmExports, wasmSections } from '../../../scripts/lib/engineWasm';
import { LOADED_TABLES, plainRows } from '../../../src/lib/db/sql';
import { DUCKDB_DIST, loadPublishedTables, startWasmEngine } from '../db/wasmEngine';

const ENGINE = join(DUCKDB_DIST, 'duckdb-eh.wasm');
const BROWSER_GLUE = join(DUCKDB_DIST, 'duckdb-browser-eh.worker.js');
/** The Node build's glue: `@duckdb/duckdb-wasm/blocking` runs the engine through the Emscripten code bundled here. */
const NODE_GLUE = join(DUCKDB_DIST, 'duckdb-node-blocking.cjs');

const original = new Uint8Array(readFileSync(ENGINE));
const exportNames = (wasm: Uint8Array<ArrayBuffer>) => WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
/** The exports DuckDB's glue reads by name from the instance: `wasmExports.x` and `wasmExports["x"]`. */
const readByGlue = (glue: string) =>
	[...readFileSync(glue, 'utf8').matchAll(/wasmExports(?:\.([\w$]+)|\["([^"]+)"\])/g)].map((m) => m[1] ?? m[2]);

describe('the trimmed engine for the browser', () => {
	let trimmed: Awaited<ReturnType<typeof trimmedEngine>>;
	beforeAll(async () => {
		trimmed = await trimmedEngine(ENGINE, BROWSER_GLUE);
	});

	it('is a valid module with a few hundred of the 75,011 exports', () => {
		expect(WebAssembly.validate(trimmed.wasm)).toBe(true);
		expect(trimmed.of).toBe(exportNames(original).length);
		expect(trimmed.of).toBeGreaterThan(70_000);
		expect(trimmed.kept).toBe(exportNames(trimmed.wasm).length);
		expect(trimmed.kept).toBeLessThan(1_000);
	});

	it('keeps every export the glue reads by name, every duckdb_web_ call it makes and every dynCall_', () => {
		const kept = new Set(exportNames(trimmed.wasm));
		const glue = readFileSync(BROWSER_GLUE, 'utf8');
		const read = readByGlue(BROWSER_GLUE);
		expect(read.length).toBeGreaterThan(40);
		for (const name of read) expect(kept, name).toContain(name);
		// The duckdb_web_ names it spells that the engine exports (the others are JS functions the engine imports).
		const exported = new Set(exportNames(original));
		const calls = [...new Set(glue.match(/duckdb_web_\w+/g))].filter((name) => exported.has(name));
		expect(calls.length).toBeGreaterThan(30);
		for (const name of calls) expect(kept, name).toContain(name);
		for (const name of exportNames(original).filter((n) => n.startsWith('dynCall_'))) expect(kept, name).toContain(name);
	});

	it('changes the export section only', () => {
		const before = wasmSections(original);
		const after = wasmSections(trimmed.wasm);
		expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
		before.forEach((section, i) => {
			if (section.id !== 7) expect(Buffer.compare(Buffer.from(after[i].bytes), Buffer.from(section.bytes)), `section ${section.id}`).toBe(0);
		});
		// The kept entries are the original ones, in their order.
		const kept = new Set(exportNames(trimmed.wasm));
		const afterExports = wasmExports(after.find((s) => s.id === 7)!.contents);
		const beforeKept = wasmExports(before.find((s) => s.id === 7)!.contents).filter((e) => kept.has(e.name));
		expect(afterExports.map((e) => Buffer.from(e.bytes).toString('hex'))).toEqual(beforeKept.map((e) => Buffer.from(e.bytes).toString('hex')));
	});
});

describe('the keep rule', () => {
	const spelled = namesSpelledIn('var _malloc = Module["_malloc"]; ccall("duckdb_web_open"); wasmExports.__wasm_call_ctors;');
	it.each([
		['malloc', true], // spelled with Emscripten's leading underscore
		['duckdb_web_open', true],
		['__wasm_call_ctors', true],
		['dynCall_vi', true], // looked up by a computed name
		['orig$malloc', true], // the original of a kept function
		['orig$strlen', false],
		['_ZN6duckdb8Catalog3GetEv', false],
		['strlen', false]
	])('%s → %s', (name, expected) => {
		expect(glueCanReach(name, spelled)).toBe(expected);
	});

	it('refuses what is not a wasm module, or is cut short', () => {
		expect(() => keepExports(new TextEncoder().encode('not a wasm module'), () => true)).toThrow(/not a WebAssembly module/);
		expect(() => keepExports(original.subarray(0, 1_000_000), () => true)).toThrow(/runs past the end/);
	});
});

describe('trimmed by the same rule for the Node glue, the engine answers as the original', () => {
	const dir = mkdtempSync(join(tmpdir(), 'yjs-engine-'));
	const trimmed = join(dir, 'trimmed.wasm');
	beforeAll(async () => writeFileSync(trimmed, (await trimmedEngine(ENGINE, NODE_GLUE)).wasm), 60_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('every published table, and an aggregate over the ratings', async () => {
		const queries = [
			...LOADED_TABLES.map((name) => `SELECT * FROM "${name}" ORDER BY ALL`),
			`SELECT inspection_id, count(*) AS n, sum(points) AS score FROM ratings WHERE in_score GROUP BY ALL ORDER BY ALL`
		];
		const answers = async (wasm: string) => {
			const conn = loadPublishedTables(await startWasmEngine(wasm));
			try {
				return queries.map((sql) => plainRows(conn.query(sql).toArray().map((r) => r.toJSON())));
			} finally {
				conn.close();
			}
		};
		const fromTrimmed = await answers(trimmed);
		expect(fromTrimmed.every((rows) => rows.length > 0)).toBe(true);
		expect(fromTrimmed).toEqual(await answers(ENGINE));
	}, 120_000);

	it('cannot start when trimmed past what the glue reads', async () => {
		// The Node glue throws such a failure outside any promise (it would hang this process), so the
		// engine is started in a child process, with the rule-trimmed engine as the control.
		const starts = (wasm: string) => {
			const script = `require('@duckdb/duckdb-wasm/blocking').createDuckDB({ eh: { mainModule: process.argv[1], mainWorker: '' }, mvp: { mainModule: process.argv[1], mainWorker: '' } }, new (require('@duckdb/duckdb-wasm/blocking').VoidLogger)(), require('@duckdb/duckdb-wasm/blocking').NODE_RUNTIME).then(async (db) => { await db.instantiate(() => undefined); db.open({}); console.log(db.connect().query('SELECT 6 * 7 AS x').toArray()[0].x); process.exit(0); })`;
			const run = spawnSync(process.execPath, ['-e', script, wasm], { encoding: 'utf8', timeout: 30_000 });
			return run.status === 0 && run.stdout.trim() === '42';
		};
		const overtrimmed = join(dir, 'overtrimmed.wasm');
		writeFileSync(overtrimmed, keepExports(original, (name) => name.startsWith('duckdb_web_')).wasm);
		expect(starts(trimmed)).toBe(true);
		expect(starts(overtrimmed)).toBe(false);
	}, 90_000);
});
