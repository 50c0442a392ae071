/**
 * The whole dataset as one zip (fflate): every file of the output folder,
 * stored at the zip's top level. Parquet is compressed already, so it is
 * stored as is; text is deflated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export function zipFiles(dir: string, files: readonly string[], mtime: Date): Uint8Array {
	const entries: Zippable = {};
	for (const file of files) {
		entries[file] = [readFileSync(join(dir, file)), { level: file.endsWith('.parquet') ? 0 : 6, mtime }];
	}
	return zipSync(entries);
}
