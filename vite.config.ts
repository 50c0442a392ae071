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

/**
 * The overview's two charts, the ratings heatmap and the score strip, draw with d3's band scale alone.
 * d3-scale ships as one module, so shared by every page's charts it carries every scale any page draws
 * with, and its linear scale brings d3-interpolate, d3-color and d3-format. In the browser build these two
 * charts get d3-scale and d3-array as modules of their own (the same files under another id), which the
 * bundler cuts down to what the two use: the overview's first-view JS 9 KB (gzip) smaller. A service
 * profile, which draws the score strip beside charts on the shared copy, loads about 1 KB more. Still d3's
 * own code: nothing is copied into the source.
 */
function ownD3ForFirstViewCharts(): Plugin {
	const charts = /[\\/]src[\\/]lib[\\/]charts[\\/](RatingsHeatmap\.svelte|scoreDistribution[\\/]ScoreStrip\.svelte)$/;
	const modules = new Set(['d3-scale', 'd3-array']);
	const SUFFIX = '?first-view-charts';
	return {
		name: 'own-d3-for-first-view-charts',
		apply: 'build',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!modules.has(source) || !importer || options?.ssr) return null;
			// The charts' own imports, and d3-scale's import of d3-array inside their copy.
			if (!charts.test(importer.split('?')[0]) && !importer.endsWith(SUFFIX)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved ? { ...resolved, id: resolved.id + SUFFIX } : null;
		}
	};
}

export default defineConfig({
	plugins: [ownD3ForFirstViewCharts(), trimmedEngineWasm(), sveltekit(), precompressedWasm(), oneRuntimeChunk()],
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
