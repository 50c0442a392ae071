/**
 * Columns and rows for the compare view's chart cards (table view, CSV) and
 * for the CSV of the side-by-side table. Missing stays missing: "Not
 * reported" in a table, an empty CSV field.
 */
import type { TableColumn, TableRow } from '../../charts/export/columns';
import { sourceLabel } from '../../components/sourceLink';
import { STANDARDS } from '../../framework';
import type { CompareModel, CompareRow, CompareSection } from './model';

export function scoreTable(model: CompareModel): { columns: TableColumn[]; rows: TableRow[] } {
	return {
		columns: [
			{ key: 'column', label: 'Column' },
			{ key: 'score', label: 'Score out of 36', numeric: true },
			{ key: 'rating', label: 'Overall rating' },
			{ key: 'why_missing', label: 'Why no score', missing: '' },
			{ key: 'source', label: 'Source', format: (v) => sourceLabel(v as string), missing: '' }
		],
		rows: model.scores.bars.map((b) => ({
			column: b.name,
			score: b.score,
			rating: b.rating,
			why_missing: b.missingReason,
			source: b.source
		}))
	};
}

export function standardsTable(model: CompareModel): { columns: TableColumn[]; rows: TableRow[] } {
	return {
		columns: [
			{ key: 'column', label: 'Column' },
			...STANDARDS.map((s) => ({ key: s.code, label: `${s.code} ${s.shortName}`, missing: 'Not reported' }))
		],
		rows: model.standards.rows.map((r) => ({
			column: r.name,
			...Object.fromEntries(r.cells.map((c) => [c.code, c.rating]))
		}))
	};
}

/** The side-by-side table flattened for CSV: one row per measure, a value and a source column per chosen column. */
export function sideBySideCsv(model: CompareModel, sections: readonly CompareSection[], extra: readonly CompareRow[] = []): { columns: TableColumn[]; rows: TableRow[] } {
	const columns: TableColumn[] = [
		{ key: 'section', label: 'Section' },
		{ key: 'measure', label: 'Measure' },
		...model.entities.flatMap((e) => [
			{ key: `${e.id}|value`, label: e.columnLabel },
			{ key: `${e.id}|source`, label: `${e.columnLabel} source` }
		])
	];
	const rowOf = (section: string, r: CompareRow): TableRow => ({
		section,
		measure: r.label,
		...Object.fromEntries(
			r.cells.flatMap((c) => [
				[`${c.entityId}|value`, c.missing ? null : c.value],
				[`${c.entityId}|source`, c.sources.join('; ') || null]
			])
		)
	});
	const rows = [
		...sections.flatMap((s) => s.rows.map((r) => rowOf(s.title, r))),
		...extra.map((r) => rowOf('Report figures only some chosen services print', r))
	];
	return { columns, rows };
}
