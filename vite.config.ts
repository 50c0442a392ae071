import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { precompressedWasm } from './scripts/lib/precompressedWasm';
import { trimmedEngineWasm } from './scripts/lib/engineWasm';

export default defineConfig({
	plugins: [trimmedEngineWasm(), sveltekit(), precompressedWasm()],
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
