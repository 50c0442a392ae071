/**
 * `npm run data`: reports in data/reports + data/national → static/data/<table>.{csv,parquet}.
 *
 * All-or-nothing: every table is written into a fresh temporary folder, and
 * only when every report parsed and every file was written is that folder
 * swapped in for static/data. A report that fails leaves the previous tables
 * untouched and is named on stderr, with no stack trace.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../src/lib/ingest/report';
import { reportText } from '../src/lib/ingest/text';
import { ReportParseError } from '../src/lib/ingest/types';
import { parseServiceRegistry } from '../src/lib/tables/registry';
import { tablesFromReports, type InspectionInput } from '../src/lib/tables/fromReports';
import { TABLES, type Row, type TableName } from '../src/lib/tables/schema';
import { nationalTables } from './lib/national-tables';
import { registerTables } from './lib/register-tables';
import { toCsv } from '../src/lib/tables/csv';
import { writeParquet } from './lib/parquet';
import { DICTIONARY_CSV_FILE, DICTIONARY_FILE, MANIFEST_FILE, ZIP_FILE, buildManifest, dictionaryCsv, dictionaryMarkdown, measureUsesFromFacts } from '../src/lib/tables/catalogue';
import { zipFiles } from './lib/zip';

// Overridable so tests can run the real script on a scratch copy.
const REPORTS_DIR = process.env.YJS_REPORTS_DIR ?? 'data/reports';
const SERVICES_CSV = process.env.YJS_SERVICES_CSV ?? 'data/services.csv';
const OUT_DIR = process.env.YJS_OUT_DIR ?? 'static/data';

function fail(lines: string[]): never {
	for (const line of lines) console.error(`data: ${line}`);
	console.error(`data: nothing written; ${OUT_DIR} is unchanged.`);
	process.exit(1);
}

function readInputs(): InspectionInput[] {
	const registry = parseServiceRegistry(readFileSync(SERVICES_CSV, 'utf8'));
	const files = readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.txt')).sort();
	const unregistered = files.filter((f) => !registry.some((e) => e.report_file === f));
	if (unregistered.length) fail(unregistered.map((f) => `${REPORTS_DIR}/${f}: not listed in ${SERVICES_CSV}`));
	const errors: string[] = [];
	const inputs: InspectionInput[] = [];
	for (const entry of registry) {
		const path = `${REPORTS_DIR}/${entry.report_file}`;
		if (!existsSync(path)) {
			errors.push(`${path}: listed in ${SERVICES_CSV} but missing`);
			continue;
		}
		try {
			const raw = readFileSync(path, 'utf8');
			inputs.push({ entry, report: parseReport(path, raw), text: reportText(path, raw) });
		} catch (e) {
			if (e instanceof ReportParseError) errors.push(e.message);
			else errors.push(`${path}: ${(e as Error).message}`);
		}
	}
	if (errors.length) fail(errors);
	return inputs;
}

function printChecks(checks: Row[]): void {
	const counts = { pass: 0, discretion: 0, flag: 0 } as Record<string, number>;
	for (const c of checks) counts[String(c.status)] = (counts[String(c.status)] ?? 0) + 1;
	console.log(`data: checks: ${counts.pass} pass, ${counts.discretion} professional discretion, ${counts.flag} flagged`);
	for (const c of checks.filter((c) => c.status !== 'pass')) {
		console.log(`  ${c.status === 'flag' ? 'FLAG' : 'note'} ${c.inspection_id} ${c.check_id} ${c.subject}: expected ${c.expected}, report ${c.actual} (${c.source})`);
	}
}

async function main(): Promise<void> {
	const inputs = readInputs();
	const tables: Record<string, Row[]> = { ...tablesFromReports(inputs), ...nationalTables() };
	let built: ReturnType<typeof registerTables>;
	try {
		built = registerTables(tables.inspections, tables.national_scores, tables.la_indicators);
	} catch (e) {
		fail([`service register: ${(e as Error).message}`]);
	}
	const { unmatched, ...register } = built;
	Object.assign(tables, register);
	for (const u of unmatched) console.log(`data: register: ${u.file}: '${u.name}' not matched (${u.why})`);
	const unknown = Object.keys(TABLES).filter((t) => !(t in tables));
	if (unknown.length) fail([`no rows produced for table(s) ${unknown.join(', ')}`]);
	printChecks(tables.checks);

	const tmp = `${OUT_DIR}.tmp-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });
	try {
		for (const name of Object.keys(tables) as TableName[]) {
			const schema = TABLES[name];
			const csvPath = join(tmp, `${name}.csv`);
			writeFileSync(csvPath, toCsv(schema, tables[name]));
			await writeParquet(schema, csvPath, join(tmp, `${name}.parquet`));
		}
		// Row counts, origins and build date for /data; the dictionary and a zip of everything beside the tables.
		const built = new Date();
		const manifest = buildManifest(tables, built);
		writeFileSync(join(tmp, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
		writeFileSync(join(tmp, DICTIONARY_FILE), dictionaryMarkdown(manifest, measureUsesFromFacts(tables.facts)));
		writeFileSync(join(tmp, DICTIONARY_CSV_FILE), dictionaryCsv());
		const files = [DICTIONARY_FILE, DICTIONARY_CSV_FILE, MANIFEST_FILE, ...Object.keys(tables).flatMap((n) => [`${n}.csv`, `${n}.parquet`])];
		writeFileSync(join(tmp, ZIP_FILE), zipFiles(tmp, files, built));
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		fail([`writing tables failed: ${(e as Error).message}`]);
	}
	const old = `${OUT_DIR}.old-${process.pid}`;
	if (existsSync(OUT_DIR)) renameSync(OUT_DIR, old);
	renameSync(tmp, OUT_DIR);
	rmSync(old, { recursive: true, force: true });

	console.log(`data: ${inputs.length} reports parsed`);
	for (const [name, rows] of Object.entries(tables)) console.log(`  ${name.padEnd(16)} ${String(rows.length).padStart(6)} rows`);
}

await main();
