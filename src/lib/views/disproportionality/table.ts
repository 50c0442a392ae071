/**
 * The exact numbers each disproportionality chart shows, as columns and rows
 * for the chart card's table view and CSV. A missing share stays missing
 * ("Not reported" in the table, an empty CSV field), never 0.
 */
import type { TableColumn, TableRow } from '../../charts/export/columns';
import { sourceLabel } from '../../components/sourceLink';
import type { CareModel, DemographicsModel } from './model';
import { NOT_REPORTED, formatPct, formatRate } from './wording';

const pct = (v: unknown) => formatPct(v as number);

export function demographicTable(model: DemographicsModel): { columns: TableColumn[]; rows: TableRow[] } {
	const columns: TableColumn[] = [
		{ key: 'service', label: 'Service' },
		{ key: 'inspection', label: 'Inspection' },
		{ key: 'table_heading', label: 'Report table (as printed)', missing: NOT_REPORTED },
		{ key: 'group', label: 'Group', missing: '—' },
		{ key: 'group_as_printed', label: 'Group as printed', missing: 'Same' },
		{ key: 'caseload_label', label: 'Service row (as printed)', missing: '—' },
		{ key: 'caseload_pct', label: 'Service share (%)', numeric: true, format: pct },
		{ key: 'comparator_label', label: 'Comparator (as printed)', missing: '—' },
		{ key: 'comparator_pct', label: 'Comparator share (%)', numeric: true, format: pct },
		{ key: 'prose', label: 'Stated in the report text instead', missing: '' },
		{ key: 'source', label: 'Source', format: (v) => sourceLabel(v as string), missing: '' }
	];
	const rows: TableRow[] = [];
	for (const s of model.services) {
		if (!s.reported) {
			rows.push({
				service: s.shortName,
				inspection: s.inspectionId,
				table_heading: null,
				group: null,
				group_as_printed: null,
				caseload_label: null,
				caseload_pct: null,
				comparator_label: null,
				comparator_pct: null,
				prose: s.prose.map((p) => `"${p.sentence}" (from prose)`).join(' ') || null,
				source: s.prose[0]?.source ?? null
			});
			continue;
		}
		for (const c of s.categories) {
			rows.push({
				service: s.shortName,
				inspection: s.inspectionId,
				table_heading: s.table.heading?.text ?? 'not recorded',
				group: c.label,
				group_as_printed: c.printedLabel,
				caseload_label: s.caseloadLabel,
				caseload_pct: c.caseload?.pct ?? null,
				comparator_label: s.comparatorLabel,
				comparator_pct: c.comparator?.pct ?? null,
				prose: null,
				source: c.caseload?.source ?? c.comparator?.source ?? null
			});
		}
	}
	return { columns, rows };
}

export function rateTable(model: DemographicsModel): { columns: TableColumn[]; rows: TableRow[] } {
	const columns: TableColumn[] = [
		{ key: 'service', label: 'Service' },
		{ key: 'group', label: 'Group' },
		{ key: 'caseload_pct', label: 'Caseload share (%)', numeric: true, format: pct },
		{ key: 'population_label', label: 'Population (as printed)' },
		{ key: 'population_pct', label: 'Population share (%)', numeric: true, format: pct },
		{ key: 'relative_rate', label: 'Relative rate', numeric: true, format: (v) => formatRate(v as number), missing: 'Not computed' },
		{ key: 'why_no_rate', label: 'Why no rate', missing: '' },
		{ key: 'source', label: 'Source', format: (v) => sourceLabel(v as string) }
	];
	const rows = model.rate.rows.map((r) => ({
		service: r.shortName,
		group: r.label,
		caseload_pct: r.caseloadPct,
		population_label: r.populationLabel,
		population_pct: r.populationPct,
		// Rounded as shown; the CSV carries the same figure.
		relative_rate: r.rate === null ? null : Math.round(r.rate * 100) / 100,
		why_no_rate: r.rateNote,
		source: r.caseloadSource
	}));
	return { columns, rows };
}

export function careTable(model: CareModel): { columns: TableColumn[]; rows: TableRow[] } {
	const columns: TableColumn[] = [
		{ key: 'service', label: 'Service' },
		{ key: 'measure', label: 'Measure' },
		{ key: 'pct', label: 'Share of current caseload (%)', numeric: true, format: pct, missing: NOT_REPORTED },
		{ key: 'as_printed', label: 'As printed', missing: '' },
		{ key: 'source', label: 'Source', format: (v) => sourceLabel(v as string), missing: '' }
	];
	const rows: TableRow[] = [];
	for (const m of model.measures) {
		for (const c of m.cells) {
			rows.push({ service: c.shortName, measure: m.label, pct: c.value, as_printed: c.sourceText, source: c.source });
		}
	}
	return { columns, rows };
}
