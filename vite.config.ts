import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	preview: { port: 4173, strictPort: true },
	server: { port: 5173 },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
		environment: 'node',
		// Component tests opt into happy-dom with a file-level comment.
		testTimeout: 20_000
	},
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined
});
