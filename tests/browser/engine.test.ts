/**
 * The production build ships DuckDB's engine trimmed to the exports its
 * browser glue can reach (scripts/lib/engineWasm.ts, a Vite plugin), and the
 * precompressed copies hosts serve are of that same trimmed file. The other
 * browser tests start the database from it on every view.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ASSETS = 'build/_app/immutable/assets';
const glue = readFileSync(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'), 'utf8');

describe('the engine in the build', () => {
	const engines = readdirSync(ASSETS).filter((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	const wasm = engines.length === 1 ? readFileSync(`${ASSETS}/${engines[0]}`) : Buffer.alloc(0);

	it('is one file, trimmed to a few hundred exports, keeping every export the glue reads', () => {
		expect(engines).toHaveLength(1);
		const exported = new Set(WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name));
		expect(exported.size).toBeGreaterThan(100);
		expect(exported.size).toBeLessThan(1_000);
		const read = [...glue.matchAll(/wasmExports(?:\.([\w$]+)|\["([^"]+)"\])/g)].map((m) => m[1] ?? m[2]);
		expect(read.length).toBeGreaterThan(40);
		for (const name of read) expect(exported, name).toContain(name);
	});

	it('has brotli and gzip copies of exactly that file', () => {
		expect(Buffer.compare(brotliDecompressSync(readFileSync(`${ASSETS}/${engines[0]}.br`)), wasm)).toBe(0);
		expect(Buffer.compare(gunzipSync(readFileSync(`${ASSETS}/${engines[0]}.gz`)), wasm)).toBe(0);
	});
});
