/**
 * The date the published tables were built (`npm run data` writes
 * `static/data/manifest.json` last, in the same swap as the tables), for
 * printed pages that must say how fresh their figures are.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

export async function dataBuildDate(): Promise<string | null> {
	try {
		return (await stat(resolve('static/data/manifest.json'))).mtime.toISOString().slice(0, 10);
	} catch {
		return null;
	}
}
