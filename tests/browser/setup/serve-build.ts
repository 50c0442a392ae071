/**
 * Global set-up for the browser tests: find Chromium, then serve the
 * production build (what `npm start` serves) on a spare port.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

const PORT = Number(process.env.YJS_TEST_PORT ?? 4183);

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
	const chromium = chromiumPath();
	if (!existsSync(chromium)) {
		throw new Error(
			`Chromium not found at ${chromium}: install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.`
		);
	}
	if (!existsSync('build/index.html')) {
		throw new Error("No production build in build/: run 'npm run build' first.");
	}
	server = await preview({ preview: { port: PORT, strictPort: true, open: false }, logLevel: 'error' });
	project.provide('baseURL', `http://127.0.0.1:${PORT}`);
	project.provide('chromiumPath', chromium);
}

export async function teardown(): Promise<void> {
	await server?.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		chromiumPath: string;
	}
}
