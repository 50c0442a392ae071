/**
 * DuckDB's engine is a 34 MB wasm that compresses to 6 MB (brotli) or 7.7 MB
 * (gzip). Static hosts compress it on the fly (Netlify, Cloudflare) or serve a
 * precompressed copy (nginx `gzip_static`/`brotli_static`); `vite preview`,
 * which `npm start` runs, does neither for wasm. This plugin:
 *
 * - at build, writes `<file>.wasm.br` and `<file>.wasm.gz` beside each wasm
 *   of the client build (they reach `build/` with it, for hosts that serve
 *   precompressed files);
 * - in `vite preview`, answers a wasm request with the precompressed copy the
 *   browser accepts, with `Content-Encoding`, `Content-Type: application/wasm`
 *   (so it compiles while it streams) and SvelteKit's cache header for
 *   immutable assets.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Brotli quality 7: 6.0 MB in about 2 s here; 11 would save 0.1 MB for a minute of build. */
const BROTLI_QUALITY = 7;

export const ENCODINGS = [
	{ name: 'br', extension: '.br' },
	{ name: 'gzip', extension: '.gz' }
] as const;

/** Writes `path` atomically: a build stopped halfway leaves no half-written copy to be served. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
	await writeFile(`${path}.tmp`, bytes);
	await rename(`${path}.tmp`, path);
}

export async function precompress(file: string): Promise<void> {
	const bytes = await readFile(file);
	const [br, gz] = await Promise.all([
		brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
		gzipAsync(bytes, { level: 9 })
	]);
	await Promise.all([writeAtomically(`${file}.br`, br), writeAtomically(`${file}.gz`, gz)]);
}

/** The encoding to answer with, from an Accept-Encoding header ("br" preferred, q=0 refused). */
export function chooseEncoding(acceptEncoding: string | undefined): (typeof ENCODINGS)[number] | null {
	const accepted = new Map(
		(acceptEncoding ?? '')
			.split(',')
			.map((part) => part.trim().split(/\s*;\s*q\s*=\s*/i))
			.filter(([name]) => name)
			.map(([name, q]) => [name.toLowerCase(), q === undefined ? 1 : Number(q)] as const)
	);
	return ENCODINGS.find((e) => (accepted.get(e.name) ?? 0) > 0) ?? null;
}

export function precompressedWasm(): Plugin {
	return {
		name: 'yjs:precompressed-wasm',
		async writeBundle(options, bundle) {
			if (!options.dir) return;
			const wasm = Object.keys(bundle).filter((name) => name.endsWith('.wasm'));
			await Promise.all(wasm.map((name) => precompress(join(options.dir!, name))));
		},
		configurePreviewServer(server) {
			// SvelteKit's preview serves the client build from here (see @sveltejs/kit's vite/preview).
			const root = resolve(server.config.root, '.svelte-kit/output/client');
			// Added directly (not in a returned hook), so it runs before Vite's and SvelteKit's middleware.
			server.middlewares.use((req, res, next) => {
				const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
				if (!pathname.endsWith('.wasm') || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
				const encoding = chooseEncoding(req.headers['accept-encoding']);
				const file = normalize(join(root, pathname));
				if (!encoding || !file.startsWith(root + sep) || !existsSync(file + encoding.extension)) return next();
				const compressed = file + encoding.extension;
				res.setHeader('Content-Type', 'application/wasm');
				res.setHeader('Content-Encoding', encoding.name);
				res.setHeader('Content-Length', statSync(compressed).size);
				res.setHeader('Vary', 'Accept-Encoding');
				if (pathname.includes('/_app/immutable/')) res.setHeader('Cache-Control', 'public,max-age=31536000,immutable');
				if (req.method === 'HEAD') return res.end();
				createReadStream(compressed).pipe(res);
			});
		}
	};
}
