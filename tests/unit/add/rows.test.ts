import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewReport, type ReportInput } from '../../../src/lib/add/preview';
import { added2025Rows, addedRows } from '../../../src/lib/add/rows';
import { report2025 } from './report2025';
import { addedInspections, addedKeyColumn, addedTableRows, isAddedId, nameInAddedId } from '../../../src/lib/add/dashboard';
import type { AddedReport } from '../../../src/lib/add/store';
import { parseReport } from '../../../src/lib/ingest/report';
import { reportText } from '../../../src/lib/ingest/text';
import { parseServiceRegistry } from '../../../src/lib/tables/registry';
import { REPORT_TABLES, tablesFromReports } from '../../../src/lib/tables/fromReports';
import { toCsv } from '../../../src/lib/tables/csv';
import { TABLES } from '../../../src/lib/tables/schema';

const raw = (name: string) => readFileSync(`data/reports/${name}.txt`, 'utf8');

/** What the reader worker does: the preview, then its rows. */
function read(input: ReportInput) {
	const outcome = previewReport(input);
	if (!outcome.ok) throw new Error(outcome.message);
	const rows = addedRows(input, outcome.preview.report!);
	return { preview: { ...outcome.preview, rows }, rows };
}

/** The rows `npm run data` publishes for a report. */
function published(name: string) {
	const entry = parseServiceRegistry(readFileSync('data/services.csv', 'utf8')).find((e) => e.report_file === `${name}.txt`)!;
	const file = `data/reports/${name}.txt`;
	return tablesFromReports([{ entry, report: parseReport(file, raw(name)), text: reportText(file, raw(name)) }]);
}

/** A row without the columns an added report changes (ids and citations). */
const comparable = (row: Record<string, unknown>) => {
	const rest = { ...row };
	for (const k of ['inspection_id', 'service_id', 'source', 'overall_rating_source', 'n_cases_source', 'local_authority', 'country', 'region', 'dfe_la_number']) delete rest[k];
	return rest;
};

describe('addedRows: a previewed report as rows of the published tables', () => {
	it.each(['thurrock', 'hartlepool', 'west-sussex'])('%s: the same rows as npm run data, under an added id, citing the uploaded file', (name) => {
		const { rows } = read({ name: `${name}.txt`, kind: 'text', text: raw(name) });
		const pub = published(name);
		const year = String(pub.inspections[0].inspection_id).slice(-4);
		expect(rows.services).toHaveLength(1);
		expect(rows.services[0].service_id).toBe(`added-${name}`);
		expect(rows.services[0].local_authority).toMatch(/\(added in this browser\)$/);
		expect(rows.inspections[0].inspection_id).toBe(`added-${name}-${year}`);
		for (const table of REPORT_TABLES) {
			expect(rows[table].length, table).toBe(pub[table].length);
			expect(rows[table].map(comparable), table).toEqual(pub[table].map(comparable));
			// Every row fits its table's schema (the browser loads it with the published CSV reader).
			expect(() => toCsv(TABLES[table], rows[table])).not.toThrow();
			for (const row of rows[table]) {
				const key = addedKeyColumn(table)!;
				expect(isAddedId(String(row[key]))).toBe(true);
				// Citations as the preview gives them: the uploaded file and line.
				if (typeof row.source === 'string' && table !== 'services') expect(row.source, table).toMatch(new RegExp(`^${name}\\.txt, line \\d+$`));
			}
		}
		// The line each figure cites is the line the published data cites.
		expect(rows.ratings.map((r) => r.source)).toEqual(pub.ratings.map((r) => `${name}.txt, line ${String(r.source).split(':').at(-1)}`));
	});

	it('a hand-altered copy (another name, other figures) gets its own id and its own figures', () => {
		const text = raw('thurrock')
			.replace(/Thurrock/g, 'Testshire')
			.replace('Score 26/36', 'Score 23/36')
			.replace(/(1\.1 Governance and leadership\n\n)Outstanding/, '$1Inadequate')
			.replace('Does assessment sufficiently analyse how to keep other people safe?\t88%', 'Does assessment sufficiently analyse how to keep other people safe?\t55%')
			.replace('150\tFirst-time entrant rate per 100,000 in Testshire', '321\tFirst-time entrant rate per 100,000 in Testshire');
		const { rows, preview } = read({ name: 'testshire.txt', kind: 'text', text });
		expect(rows.services[0]).toMatchObject({ service_id: 'added-testshire', local_authority: 'Testshire (added in this browser)' });
		expect(rows.inspections[0]).toMatchObject({ inspection_id: 'added-testshire-2022', score: 23, overall_rating: 'Good' });
		expect(rows.ratings.find((r) => r.standard_code === '1.1')).toMatchObject({ rating: 'Inadequate', points: 0 });
		expect(rows.key_questions.find((k) => k.standard_code === '2.1' && String(k.question).includes('other people safe'))?.pct_yes).toBe(55);
		expect(rows.facts.find((f) => f.measure === 'first_time_entrant_rate' && f.area === 'service')?.value).toBe(321);

		const report: AddedReport = { id: 'x', added_at: '2026-01-01T00:00:00Z', preview };
		expect(addedInspections([report])).toEqual([
			{ storeId: 'x', service_id: 'added-testshire', inspection_id: 'added-testshire-2022', framework: 'revised', service_name: preview.service.value, file: 'testshire.txt', added_at: '2026-01-01T00:00:00Z' }
		]);
		// Two reports of one service: one service row, both inspections.
		expect(addedTableRows([report, { ...report, id: 'y' }], 'services')).toHaveLength(1);
		expect(addedTableRows([report, { ...report, id: 'y' }], 'ratings')).toHaveLength(2 * rows.ratings.length);
		expect(addedTableRows([report], 'la_indicators')).toEqual([]);
		expect(nameInAddedId('added-testshire-2022')).toBe('testshire');
	});

	it('a stored row without the added prefix never reaches the database', () => {
		const { preview } = read({ name: 'thurrock.txt', kind: 'text', text: raw('thurrock') });
		const rows = structuredClone(preview.rows);
		rows.ratings[0].inspection_id = 'thurrock-2022';
		rows.services[0].service_id = 'thurrock';
		const report: AddedReport = { id: 'x', added_at: '', preview: { ...preview, rows } };
		expect(addedTableRows([report], 'ratings')).toHaveLength(rows.ratings.length - 1);
		expect(addedTableRows([report], 'services')).toEqual([]);
	});

	it('a report stored before the dashboard read added reports (no rows) is not on the dashboard', () => {
		const { preview } = read({ name: 'thurrock.txt', kind: 'text', text: raw('thurrock') });
		const report: AddedReport = { id: 'x', added_at: '', preview: { ...preview, rows: null } };
		expect(addedInspections([report])).toEqual([]);
		expect(addedTableRows([report], 'ratings')).toEqual([]);
	});
});

describe('added2025Rows: a 2025-framework report as rows of the register tables, never of the 12-standard ones', () => {
	const text = report2025('Essex', { overall: 'Good', assessing: 'Good', planning: 'Outstanding', delivering: 'Requires improvement', victims: 'Inadequate' });
	const outcome = previewReport({ name: 'essex-2025.txt', kind: 'text', text });
	if (!outcome.ok) throw new Error(outcome.message);
	const preview = outcome.preview;

	it('an inspection of framework youth-2025 under its register service: overall rating, area ratings, no score', () => {
		expect(preview.published).toEqual({ value: '2025-06', cite: 'essex-2025.txt, line 2' });
		const rows = added2025Rows(preview, 'essex');
		expect(Object.keys(rows).sort()).toEqual(['inspection_area_ratings', 'inspection_history']);
		expect(rows.inspection_history).toEqual([
			expect.objectContaining({
				inspection_key: 'added-essex-2025',
				service_id: 'essex',
				framework: 'youth-2025',
				product: 'children_and_victims',
				published: '2025-06',
				published_precision: 'month',
				published_label: 'Jun 2025 (added in this browser, not published)',
				sort_date: '2025-06-15',
				overall_rating: 'Good',
				rating_source: 'essex-2025.txt, line 5',
				score: null,
				comparable: false
			})
		]);
		expect(rows.inspection_area_ratings!.map((r) => [r.inspection_key, r.framework, r.level, r.code, r.rating, r.source])).toEqual([
			['added-essex-2025', 'youth-2025', 'area', 'children:assessing', 'Good', 'essex-2025.txt, line 9'],
			['added-essex-2025', 'youth-2025', 'area', 'children:planning', 'Outstanding', 'essex-2025.txt, line 10'],
			['added-essex-2025', 'youth-2025', 'area', 'children:delivering', 'Requires improvement', 'essex-2025.txt, line 11'],
			['added-essex-2025', 'youth-2025', 'area', 'victims', 'Inadequate', 'essex-2025.txt, line 12']
		]);
		// Every row fits its table's schema, and the 12-standard tables take none.
		for (const table of ['inspection_history', 'inspection_area_ratings'] as const) expect(() => toCsv(TABLES[table], rows[table]!)).not.toThrow();
		const report: AddedReport = { id: 'x', added_at: '2026-01-01T00:00:00Z', preview: { ...preview, rows } };
		for (const table of REPORT_TABLES) expect(addedTableRows([report], table), table).toEqual([]);
		expect(addedTableRows([report], 'inspection_history')).toHaveLength(1);
		expect(addedTableRows([report], 'inspection_area_ratings')).toHaveLength(4);
		expect(addedInspections([report])).toEqual([
			{ storeId: 'x', service_id: 'essex', inspection_id: 'added-essex-2025', framework: '2025', service_name: 'Essex', file: 'essex-2025.txt', added_at: '2026-01-01T00:00:00Z' }
		]);
	});

	it('a service the register does not know gets an added id of its own', () => {
		const rows = added2025Rows(preview, null);
		expect(rows.inspection_history![0]).toMatchObject({ inspection_key: 'added-essex-2025', service_id: 'added-essex' });
	});
});
