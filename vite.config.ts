import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompressedWasm } from './scripts/lib/precompressedWasm';
import { trimmedEngineWasm } from './scripts/lib/engineWasm';

/**
 * The browser build puts Svelte's and SvelteKit's runtime (with devalue, which SvelteKit's client
 * parses page data with) in one chunk. Every page loads nearly all of it, yet rolldown split it by
 * which entries (SvelteKit's start and app scripts, each page) import each part: Svelte, SvelteKit,
 * `$app/state` (not on four pages) and a 65-byte file of Svelte's, and apart they compress worse
 * (under 1 KB, `vite preview` serves a file uncompressed). One chunk: every page's first-view JS
 * 1.0–1.4 KB smaller (gzip), four files fewer.
 */
function oneRuntimeChunk(): Plugin {
	const runtime = /[\\/]node_modules[\\/](svelte|clsx|esm-env|@sveltejs[\\/]kit|devalue)[\\/]/;
	return {
		name: 'one-runtime-chunk',
		apply: 'build',
		// After SvelteKit's own config hook, which marks its server build (`build.ssr`): the server's
		// chunks are never downloaded, so they keep rolldown's default.
		enforce: 'post',
		config(config) {
			if (config.build?.ssr) return;
			// `rollupOptions`, as SvelteKit sets its output options: Vite reads `rolldownOptions` instead when both are set.
			return { build: { rollupOptions: { output: { codeSplitting: { groups: [{ name: 'runtime', test: runtime }] } } } } };
		}
	};
}

export default defineConfig({
	plugins: [trimmedEngineWasm(), sveltekit(), precompressedWasm(), oneRuntimeChunk()],
	preview: { port: 4173, strictPort: true },
	server: { port: 5173 },
	// The /add page's report reader imports pdf.js only when a PDF arrives: an ES-module worker can split it off.
	worker: { format: 'es' },
	// DuckDB-WASM is loaded with a dynamic import in the browser only.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 }
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom' }
			},
			{
				// Drives Debian's Chromium (playwright-core) against the production build.
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/setup/serve-build.ts'],
					testTimeout: 180_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
