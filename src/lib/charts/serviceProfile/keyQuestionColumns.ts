/** The key-questions chart's numbers for ChartCard's table view and CSV: one row per standard and aspect. */
import type { TableColumn } from '../export/columns';
import type { KeyQuestionModel } from './keyQuestions';
import { SAMPLE_COLUMNS, sampleCells } from '../certainty';

export interface KeyQuestionTableRow extends Record<string, unknown> {
	standard: string;
	standard_rating: string | null;
	aspect: string;
	question: string | null;
	pct_yes: number | null;
	n_yes: number | null;
	n_cases: number | null;
	n_cases_basis: string | null;
	ci_low: number | null;
	ci_high: number | null;
	small_sample: boolean | null;
	band: string | null;
	pct_computed: string;
	source: string | null;
}

const NOT_REPORTED = 'Not reported in this inspection';

export const KEY_QUESTION_COLUMNS: TableColumn[] = [
	{ key: 'standard', label: 'Standard' },
	{ key: 'standard_rating', label: 'Standard rating', missing: 'Not rated in this inspection' },
	{ key: 'aspect', label: 'Aspect' },
	{ key: 'question', label: 'Key question', missing: NOT_REPORTED },
	{ key: 'pct_yes', label: "% 'Yes'", numeric: true, missing: NOT_REPORTED, format: (v) => `${v}%` },
	{ key: 'n_yes', label: "Cases 'Yes'", numeric: true, missing: 'Not printed' },
	{ key: 'n_cases', label: 'Cases', numeric: true, missing: 'Not printed' },
	...SAMPLE_COLUMNS,
	{ key: 'band', label: 'Band (50/65/80)', missing: NOT_REPORTED },
	{ key: 'pct_computed', label: '% computed from counts', missing: '' },
	{ key: 'source', label: 'Source', missing: NOT_REPORTED }
];

export function keyQuestionTableRows(model: KeyQuestionModel): KeyQuestionTableRow[] {
	return model.bars.map((b) => ({
		standard: `${b.standardCode} ${b.standardName}`,
		standard_rating: b.standardRating,
		aspect: b.aspectLabel,
		question: b.question,
		pct_yes: b.pct,
		n_yes: b.nYes,
		...sampleCells(b),
		band: b.band,
		pct_computed: b.pct === null ? '' : b.derived ? 'Yes' : 'No',
		source: b.source
	}));
}
