/**
 * The table view (and CSV) of exactly what the standards charts show: one row
 * per mark (key question) or, where there is no mark, one row saying why.
 * A missing figure is an empty value with a reason in `note`, never a zero.
 */
import type { TableColumn } from '../../charts/export/columns';
import { pctText } from '../../charts/standards/format';
import { SAMPLE_COLUMNS, sampleCells } from '../../charts/certainty';
import type { DomainModel, StandardModel } from './model';
import { MARK_ASPECT_LABELS } from './wording';

export type TableValue = string | number | boolean | null;
export type TableRow = Record<string, TableValue>;

export interface TableModel {
	columns: TableColumn[];
	rows: TableRow[];
}

const pct = (v: unknown) => pctText(Number(v));
const yesNo = (v: unknown) => (v ? 'Yes' : 'No');
const NOT_PRINTED = 'Not printed';
const NONE = '\u2013';

const STANDARD_COLUMNS: TableColumn[] = [
	{ key: 'service', label: 'Service' },
	{ key: 'inspection_year', label: 'Inspection', numeric: true, missing: NONE },
	{ key: 'standard', label: 'Standard (as printed)' },
	{ key: 'rating', label: 'Rating', missing: 'Not rated' },
	{ key: 'aspect', label: 'Aspect', missing: NONE },
	{ key: 'key_question', label: 'Key question', missing: NONE },
	{ key: 'pct_yes', label: "% 'Yes'", numeric: true, format: pct, missing: 'Not reported' },
	{ key: 'n_yes', label: "Cases 'Yes'", numeric: true, missing: NOT_PRINTED },
	{ key: 'n_cases', label: 'Cases', numeric: true, missing: NOT_PRINTED },
	...SAMPLE_COLUMNS,
	{ key: 'derived', label: 'Derived from counts', format: yesNo, missing: NONE },
	{ key: 'band', label: 'Band of the %', missing: NONE },
	{ key: 'note', label: 'Note', missing: NONE },
	{ key: 'rating_source', label: 'Rating source', missing: NONE },
	{ key: 'source', label: 'Figure source', missing: NONE }
];

const KEY_QUESTION_KEYS = new Set(['aspect', 'key_question', 'pct_yes', 'n_yes', 'n_cases', 'n_cases_basis', 'ci_low', 'ci_high', 'small_sample', 'derived', 'band', 'source']);

export function standardTable(model: StandardModel): TableModel {
	const rows: TableRow[] = [];
	for (const r of model.rows) {
		const common: TableRow = {
			service: r.name,
			inspection_year: r.year ? Number(r.year) : null,
			standard: `${model.standard.code} ${r.printedName ?? model.standard.name}`,
			rating: r.rating,
			rating_source: r.ratingSource
		};
		const divergence = r.divergence ? r.divergence.sentence : null;
		const notRated = r.rating ? null : r.notRatedReason;
		const noteOf = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ') || null;
		const empty = { aspect: null, key_question: null, pct_yes: null, n_yes: null, ...sampleCells(null), derived: null, band: null, source: null };
		if (!r.hasKeyQuestions) {
			const why = model.standard.caseBased ? 'Key questions not reported in this inspection.' : 'Not case-based: rated without key questions.';
			rows.push({ ...common, ...empty, note: noteOf(notRated, why) });
			continue;
		}
		if (r.lanes.length === 0) {
			rows.push({ ...common, ...empty, note: noteOf(notRated, 'No key question on this aspect for this standard.', divergence) });
			continue;
		}
		r.lanes.forEach((lane, i) => {
			const m = lane.mark;
			rows.push({
				...common,
				aspect: MARK_ASPECT_LABELS[lane.aspect],
				key_question: m ? m.question : null,
				pct_yes: m ? m.pct : null,
				n_yes: m ? m.nYes : null,
				...sampleCells(m),
				derived: m ? m.derived : null,
				band: m ? m.band : null,
				note: noteOf(i === 0 ? notRated : null, m ? null : 'Not reported in this inspection.', i === 0 ? divergence : null, m && m === r.lowest ? r.certainty : null),
				source: m ? m.source : null
			});
		});
	}
	// A standard no shown report asks key questions on (1.x, 4.1) gets no empty key-question columns.
	const columns = model.anyKeyQuestions ? STANDARD_COLUMNS : STANDARD_COLUMNS.filter((c) => !KEY_QUESTION_KEYS.has(c.key));
	return { columns, rows };
}

const DOMAIN_COLUMNS: TableColumn[] = [
	{ key: 'service', label: 'Service' },
	{ key: 'inspection_year', label: 'Inspection', numeric: true, missing: NONE },
	{ key: 'standard', label: 'Standard (as printed)' },
	{ key: 'rating', label: 'Rating', missing: 'Not rated' },
	{ key: 'lowest_pct_yes', label: "Lowest key question % 'Yes'", numeric: true, format: pct, missing: NONE },
	{ key: 'n_cases', label: 'Cases', numeric: true, missing: NONE },
	...SAMPLE_COLUMNS,
	{ key: 'note', label: 'Note', missing: NONE },
	{ key: 'source', label: 'Rating source', missing: NONE }
];

export function domainTable(model: DomainModel): TableModel {
	const rows: TableRow[] = [];
	for (const r of model.rows) {
		for (const c of r.cells) {
			const notes = [
				c.rating ? null : c.notRatedReason,
				c.standard.caseBased || c.lowest ? null : 'Not case-based.',
				c.lowest?.derived ? 'Lowest % derived from counts.' : null,
				c.divergence?.sentence ?? null,
				c.certainty
			].filter(Boolean);
			rows.push({
				service: r.name,
				inspection_year: r.year ? Number(r.year) : null,
				standard: `${c.standard.code} ${c.printedName ?? c.standard.name}`,
				rating: c.rating,
				lowest_pct_yes: c.lowest ? c.lowest.pct : null,
				...sampleCells(c.lowest),
				note: notes.join(' ') || null,
				source: c.ratingSource
			});
		}
	}
	return { columns: DOMAIN_COLUMNS, rows };
}
