/**
 * DuckDB-WASM's engine exports 75,011 symbols (7.4 MB of the 34 MB wasm) so
 * that extensions can link against it at run time. Our dashboard loads no
 * extension (autoload and autoinstall are off), yet every start-up paid for
 * them: the browser decodes each export and builds an exports object of
 * 75,011 entries, and DuckDB's Emscripten glue then walks that object four
 * times (relocateExports, mergeLibSymbols, reportUndefinedSymbols,
 * applySignatureConversions), making a GOT entry and a table slot for each
 * function. Measured on a blank page here: trimming cuts the start-up from
 * navigation to an open database from 2.3 s to 1.2 s.
 *
 * The build therefore ships a copy of the engine whose export section keeps
 * only the names DuckDB's own JavaScript can ask for (a few hundred); every
 * other byte of the module is unchanged. Which names the glue can ask for is
 * read from the glue itself: an export is kept if its name (or the name with
 * Emscripten's leading `_`) appears anywhere in the worker script as an
 * identifier or string, or if it is a `dynCall_` trampoline (looked up by a
 * computed name) or the `orig$` original of a kept function (ditto).
 * A name the glue never spells cannot be asked for except through dlsym,
 * which only extension loading uses.
 *
 * The format: a wasm module is an 8-byte header, then sections, each a one-byte
 * id, a LEB128 size and its bytes; the export section (id 7) is a LEB128 count,
 * then for each export a LEB128-prefixed name, a kind byte and a LEB128 index.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const EXPORT_SECTION = 7;
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

interface Reader {
	bytes: Uint8Array;
	at: number;
}

function readU32(r: Reader): number {
	let result = 0;
	for (let shift = 0; shift < 35; shift += 7) {
		if (r.at >= r.bytes.length) throw new Error('the wasm ends inside a number');
		const byte = r.bytes[r.at++];
		result += (byte & 0x7f) * 2 ** shift;
		if (!(byte & 0x80)) return result;
	}
	throw new Error('a number in the wasm is longer than 32 bits');
}

function encodeU32(value: number): number[] {
	const out: number[] = [];
	do {
		let byte = value & 0x7f;
		value = Math.floor(value / 128);
		if (value) byte |= 0x80;
		out.push(byte);
	} while (value);
	return out;
}

export interface WasmSection {
	id: number;
	/** The whole section: id, size and contents. */
	bytes: Uint8Array;
	contents: Uint8Array;
}

export function wasmSections(wasm: Uint8Array): WasmSection[] {
	if (wasm.length < 8 || HEADER.some((b, i) => wasm[i] !== b)) throw new Error('not a WebAssembly module (version 1)');
	const r: Reader = { bytes: wasm, at: 8 };
	const sections: WasmSection[] = [];
	while (r.at < wasm.length) {
		const start = r.at;
		const id = wasm[r.at++];
		const size = readU32(r);
		const end = r.at + size;
		if (end > wasm.length) throw new Error(`section ${id} runs past the end of the wasm`);
		sections.push({ id, bytes: wasm.subarray(start, end), contents: wasm.subarray(r.at, end) });
		r.at = end;
	}
	return sections;
}

export interface WasmExport {
	name: string;
	/** The export's encoded entry (name, kind, index), copied as-is when kept. */
	bytes: Uint8Array;
}

export function wasmExports(section: Uint8Array): WasmExport[] {
	const r: Reader = { bytes: section, at: 0 };
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const count = readU32(r);
	const entries: WasmExport[] = [];
	for (let i = 0; i < count; i++) {
		const start = r.at;
		const length = readU32(r);
		const name = decoder.decode(section.subarray(r.at, r.at + length));
		r.at += length + 1; // the name, then the kind byte
		readU32(r); // the index
		entries.push({ name, bytes: section.subarray(start, r.at) });
	}
	if (r.at !== section.length) throw new Error('the export section has bytes after its last export');
	return entries;
}

/** Every identifier or string-like word in a script: the names its code can spell. */
export function namesSpelledIn(script: string): Set<string> {
	return new Set(script.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

/** The rule above: which exports DuckDB's glue (`spelled`: namesSpelledIn of it) can reach. */
export function glueCanReach(name: string, spelled: ReadonlySet<string>): boolean {
	const base = name.startsWith('orig$') ? name.slice('orig$'.length) : name;
	return base.startsWith('dynCall_') || spelled.has(base) || spelled.has(`_${base}`);
}

/** The module with only the exports `keep` accepts; every other section byte-identical. */
export function keepExports(wasm: Uint8Array, keep: (name: string) => boolean): { wasm: Uint8Array<ArrayBuffer>; kept: number; of: number } {
	const sections = wasmSections(wasm);
	const exportSections = sections.filter((s) => s.id === EXPORT_SECTION);
	if (exportSections.length !== 1) throw new Error(`expected one export section, found ${exportSections.length}`);
	const all = wasmExports(exportSections[0].contents);
	const kept = all.filter((e) => keep(e.name));
	const entries = Buffer.concat([Buffer.from(encodeU32(kept.length)), ...kept.map((e) => e.bytes)]);
	const newSection = Buffer.concat([Buffer.from([EXPORT_SECTION, ...encodeU32(entries.length)]), entries]);
	const out = Buffer.concat([wasm.subarray(0, 8), ...sections.map((s) => (s.id === EXPORT_SECTION ? newSection : s.bytes))]);
	return { wasm: out, kept: kept.length, of: all.length };
}

/** DuckDB's engine for the browser worker, trimmed to the exports that worker's glue can reach. */
export async function trimmedEngine(engine: string, glue: string): Promise<ReturnType<typeof keepExports>> {
	const [wasm, script] = await Promise.all([readFile(engine), readFile(glue, 'utf8')]);
	const spelled = namesSpelledIn(script);
	const trimmed = keepExports(wasm, (name) => glueCanReach(name, spelled));
	if (!WebAssembly.validate(trimmed.wasm)) throw new Error('the trimmed engine is not a valid wasm module');
	return trimmed;
}

/** The import engine.ts makes: in the build, its URL is that of the trimmed copy. */
const ENGINE_IMPORT = /[/\\]@duckdb[/\\]duckdb-wasm[/\\]dist[/\\]duckdb-eh\.wasm\?url$/;

/**
 * Vite plugin, build only (the dev server serves the original, which the same
 * glue also runs): `duckdb-eh.wasm?url` resolves to a trimmed copy, emitted
 * under the same name with a hash of its own contents.
 */
export function trimmedEngineWasm(): Plugin {
	const require = createRequire(import.meta.url);
	return {
		name: 'yjs:trimmed-engine-wasm',
		apply: 'build',
		enforce: 'pre',
		async load(id) {
			if (!ENGINE_IMPORT.test(id)) return null;
			const engine = id.replace(/\?url$/, '');
			const glue = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js');
			let trimmed;
			try {
				trimmed = await trimmedEngine(engine, glue);
			} catch (error) {
				throw new Error(`DuckDB's engine (${engine}) could not be trimmed: ${error instanceof Error ? error.message : error}`);
			}
			this.info(`DuckDB engine: kept ${trimmed.kept} of ${trimmed.of} exports, ${trimmed.wasm.length} bytes`);
			const reference = this.emitFile({ type: 'asset', name: 'duckdb-eh.wasm', source: trimmed.wasm });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		}
	};
}
