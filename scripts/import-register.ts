/**
 * Copies the service register and the public-page inspection ratings from
 * ../shared/data into data/register/, so `npm run data` works on a fresh
 * clone without ../shared. Run from the repository root:
 * `npx tsx scripts/import-register.ts`.
 *
 * The register gains a `source` column; the two ratings files are copied with
 * their columns unchanged (each row already carries its address). Every file
 * is checked before any is written, and each is written to a temporary name
 * and renamed, so a failed run leaves the committed files as they were.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCsv, parseCsv, requireColumns } from '../src/lib/national/csv';
import { REGISTER_FILES, REGISTER_SOURCE, OTHER_COLUMNS, PUBLIC_COLUMNS, REGISTER_COLUMNS } from './lib/register-tables';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared/data beside the repository; YJS_SHARED_DIR when the checkout is elsewhere (e.g. a worktree).
const SHARED = resolve(process.env.YJS_SHARED_DIR ?? join(ROOT, '../shared/data'));
const OUT = join(ROOT, 'data/register');

function read(file: string, columns: ReadonlyArray<string>): Record<string, string>[] {
	const rows = parseCsv(readFileSync(join(SHARED, file), 'utf8'));
	requireColumns(rows, columns, file);
	return rows;
}

function main(): void {
	if (!existsSync(SHARED)) {
		console.error(`${SHARED} not found: the committed data/register/ files stay as they are.`);
		process.exit(1);
	}
	const services = read(REGISTER_FILES.services, ['service_name', 'nation']).map((r) => ({
		service_name: r.service_name.trim(),
		nation: r.nation.trim(),
		source: REGISTER_SOURCE
	}));
	const bad = services.filter((s) => !s.service_name || !['England', 'Wales'].includes(s.nation));
	if (bad.length) throw new Error(`register rows without a name or nation: ${bad.length}`);
	const other = read(REGISTER_FILES.other, OTHER_COLUMNS);
	const publicPages = read(REGISTER_FILES.publicPages, PUBLIC_COLUMNS);

	const outputs: Array<[string, string]> = [
		[REGISTER_FILES.services, formatCsv(services, REGISTER_COLUMNS)],
		[REGISTER_FILES.other, formatCsv(other, OTHER_COLUMNS)],
		[REGISTER_FILES.publicPages, formatCsv(publicPages, PUBLIC_COLUMNS)]
	];
	mkdirSync(OUT, { recursive: true });
	for (const [name, text] of outputs) {
		const target = join(OUT, name);
		const temp = `${target}.tmp-${process.pid}`;
		writeFileSync(temp, text, 'utf8');
		renameSync(temp, target);
	}
	console.log(`data/register: ${services.length} services, ${other.length} other-inspection rows, ${publicPages.length} public-page rows`);
}

main();
