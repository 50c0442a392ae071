/**
 * `npm run ingest -- FILE`: one report to JSON on stdout.
 * On a file that is not an inspection report: nothing on stdout, one line on
 * stderr naming the file and what was missing, exit code 1. No stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseReport } from '../src/lib/ingest/report';
import { ReportParseError } from '../src/lib/ingest/types';

const file = process.argv[2];
if (!file) {
	console.error('ingest: usage: npm run ingest -- FILE');
	process.exit(2);
}

let raw: string;
try {
	raw = readFileSync(file, 'utf8');
} catch (e) {
	console.error(`ingest: ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
	process.exit(1);
}

try {
	const report = parseReport(file, raw);
	process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} catch (e) {
	const message = e instanceof ReportParseError ? e.message : `${file}: could not be read as an inspection report (${(e as Error).message.split('\n')[0]})`;
	console.error(`ingest: ${message}`);
	process.exit(1);
}
