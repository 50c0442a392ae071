/**
 * Imports the national context tables from ../shared/data into data/national/.
 * Run from the repository root: `npx tsx scripts/import-national.ts`.
 *
 * Only I/O lives here; every transformation is in src/lib/national/ and is
 * unit-tested. The outputs are committed, so the project builds from a fresh
 * clone without ../shared. Each file is written to a temporary name and then
 * renamed, so a failed run never leaves a partial file; all tables are built
 * and checked before any is written.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCsv, parseCsv, requireColumns } from '../src/lib/national/csv';
import { COMPARATOR_COLUMNS, COMPARATOR_SOURCE_COLUMNS, tidyComparators, type ComparatorSourceRow } from '../src/lib/national/comparators';
import { LAIT_COLUMNS, LA_INDICATOR_COLUMNS, flagJointServiceFigures, tidyLait, type LaitRow } from '../src/lib/national/indicators';
import { jointFootprints } from '../src/lib/national/footprints';
import { NEIGHBOUR_COLUMNS, NEIGHBOUR_SOURCE_COLUMNS, tidyNeighbours, type NeighbourSourceRow } from '../src/lib/national/neighbours';
import {
	NATIONAL_SCORE_COLUMNS,
	PUBLIC_PAGE_COLUMNS,
	SCRAPE_COLUMNS,
	buildNationalScores,
	type PublicPageRow,
	type ScrapeRow
} from '../src/lib/national/scores';
import { SHARED_FILES } from '../src/lib/national/sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared/data');
const OUT = join(ROOT, 'data/national');

function read<T>(file: string, columns: ReadonlyArray<string>): T[] {
	const path = join(SHARED, file);
	const rows = parseCsv(readFileSync(path, 'utf8'));
	requireColumns(rows, columns, file);
	return rows as unknown as T[];
}

function main(): void {
	if (!existsSync(SHARED)) {
		console.error(`${SHARED} not found: this script needs ../shared/data; the committed data/national/ files stay as they are.`);
		process.exit(1);
	}

	const scores = buildNationalScores(
		read<ScrapeRow>(SHARED_FILES.scores, SCRAPE_COLUMNS),
		read<PublicPageRow>(SHARED_FILES.publicPages, PUBLIC_PAGE_COLUMNS)
	);
	const indicators = flagJointServiceFigures(tidyLait(read<LaitRow>(SHARED_FILES.lait, LAIT_COLUMNS)), jointFootprints());
	const neighbours = tidyNeighbours(read<NeighbourSourceRow>(SHARED_FILES.neighbours, NEIGHBOUR_SOURCE_COLUMNS));
	const comparators = tidyComparators(read<ComparatorSourceRow>(SHARED_FILES.comparators, COMPARATOR_SOURCE_COLUMNS));

	// Cross-file checks: every LA a service or neighbour names must exist in LAIT.
	const laitNames = new Set(indicators.filter((r) => r.geography_level === 'local_authority').map((r) => r.la_name));
	const unknown = new Set<string>();
	for (const s of scores) for (const n of s.la_names.split(';').filter(Boolean)) if (!laitNames.has(n)) unknown.add(`${s.service}: ${n}`);
	for (const n of neighbours) for (const name of [n.la_name, n.neighbour_la_name]) if (!laitNames.has(name)) unknown.add(`neighbours: ${name}`);
	if (unknown.size) throw new Error(`LA names not in LAIT:\n  ${[...unknown].join('\n  ')}`);

	const outputs: Array<[string, string]> = [
		['national_scores.csv', formatCsv(scores, NATIONAL_SCORE_COLUMNS)],
		['la_indicators.csv', formatCsv(indicators, LA_INDICATOR_COLUMNS)],
		['statistical_neighbours.csv', formatCsv(neighbours, NEIGHBOUR_COLUMNS)],
		['national_comparators.csv', formatCsv(comparators, COMPARATOR_COLUMNS)]
	];
	mkdirSync(OUT, { recursive: true });
	for (const [name, text] of outputs) {
		const target = join(OUT, name);
		const temp = `${target}.tmp-${process.pid}`;
		writeFileSync(temp, text, 'utf8');
		renameSync(temp, target);
	}

	const count = (pred: (r: (typeof scores)[number]) => boolean) => scores.filter(pred).length;
	console.log(
		`national_scores.csv: ${scores.length} inspections (${count((r) => r.comparable)} comparable, ${count((r) => r.flag !== '')} flagged)\n` +
			`la_indicators.csv: ${indicators.length} rows (${indicators.filter((r) => r.flag).length} flagged, ${indicators.filter((r) => r.suppressed).length} suppressed)\n` +
			`statistical_neighbours.csv: ${neighbours.length} rows\n` +
			`national_comparators.csv: ${comparators.length} rows`
	);
}

main();
