/**
 * The report texts in `data/reports/`, read at build time for the source
 * viewer. Names are checked against the folder listing, so a route
 * parameter can never reach the file system as a path.
 */
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const REPORTS_DIR = resolve('data/reports');

/** Report names (file names without `.txt`), sorted. */
export async function listReports(): Promise<string[]> {
	const files = await readdir(REPORTS_DIR);
	return files
		.filter((f) => /^[a-z0-9][a-z0-9-]*\.txt$/.test(f))
		.map((f) => f.slice(0, -'.txt'.length))
		.sort();
}

export async function readReport(report: string): Promise<string> {
	if (!(await listReports()).includes(report)) throw new Error(`Unknown report '${report}'`);
	return readFile(resolve(REPORTS_DIR, `${report}.txt`), 'utf8');
}
