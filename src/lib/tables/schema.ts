/**
 * The published tables: names, columns and types. One definition serves the
 * build (CSV header and Parquet types), the browser database (CREATE TABLE)
 * and data/README.md. Column order here is the order in every file.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface Column {
	name: string;
	type: ColumnType;
	description: string;
}

export interface TableSchema {
	name: string;
	description: string;
	columns: Column[];
}

const c = (name: string, type: ColumnType, description: string): Column => ({ name, type, description });
const SOURCE = c('source', 'VARCHAR', '`data/reports/<file>:<line>` for a report figure; the release or URL otherwise');
const INSPECTION = c('inspection_id', 'VARCHAR', 'Inspection key, `<service_id>-<year of fieldwork>`');

export const TABLES = {
	services: {
		name: 'services',
		description: 'One row per youth justice service in the inspection reports.',
		columns: [
			c('service_id', 'VARCHAR', 'Slug, e.g. `west-sussex`'),
			c('service_name', 'VARCHAR', 'Name as printed on the ratings page'),
			c('local_authority', 'VARCHAR', 'Local authority the service covers, e.g. `West Sussex`'),
			c('country', 'VARCHAR', '`England` or `Wales`'),
			c('region', 'VARCHAR', 'English region (DfE LAIT), empty for Wales'),
			c('dfe_la_number', 'INTEGER', 'Old 3-digit DfE local authority code, joins to `la_indicators`'),
			SOURCE
		]
	},
	inspections: {
		name: 'inspections',
		description: 'One row per inspection report.',
		columns: [
			INSPECTION,
			c('service_id', 'VARCHAR', 'Joins to `services`'),
			c('published', 'VARCHAR', 'Publication date (ISO, month or day precision) where stated; empty otherwise'),
			c('fieldwork', 'VARCHAR', 'Fieldwork start (ISO, month or day precision)'),
			c('framework', 'VARCHAR', '`original` (3.4 Joint working, no 4.1) or `revised` (3.4 Out-of-court disposal policy and provision, 4.1 Resettlement)'),
			c('score', 'INTEGER', 'Score as printed on the ratings page'),
			c('score_max', 'INTEGER', 'Always 36'),
			c('overall_rating', 'VARCHAR', '`Outstanding`, `Good`, `Requires improvement` or `Inadequate`'),
			c('overall_rating_source', 'VARCHAR', 'Line the overall rating was read from'),
			SOURCE
		]
	},
	ratings: {
		name: 'ratings',
		description: 'One row per inspection and standard rated (12 scored standards, plus 4.1 where rated).',
		columns: [
			INSPECTION,
			c('standard_code', 'VARCHAR', '`1.1` … `4.1`'),
			c('domain', 'VARCHAR', 'Domain code `1`–`4`'),
			c('standard_name', 'VARCHAR', 'Name as printed on the ratings page'),
			c('rating', 'VARCHAR', 'Exactly `Outstanding`, `Good`, `Requires improvement` or `Inadequate`'),
			c('points', 'INTEGER', '3, 2, 1 or 0'),
			c('in_score', 'BOOLEAN', 'False for 4.1 Resettlement, which is not scored'),
			SOURCE
		]
	},
	key_questions: {
		name: 'key_questions',
		description: "Key questions (and annexe sub-questions) of the case-based standards, with the % of inspected cases answered 'Yes'.",
		columns: [
			INSPECTION,
			c('standard_code', 'VARCHAR', '`2.1` … `3.4`'),
			c('level', 'VARCHAR', '`key_question` (rates the standard) or `sub_question` (annexe detail)'),
			c('aspect', 'VARCHAR', "`desistance`, `safety_of_child`, `safety_of_others` or `other`"),
			c('question', 'VARCHAR', 'The question as printed (wrapped lines joined)'),
			c('pct_yes', 'DOUBLE', "% of cases answered 'Yes'; derived from counts where `derived` is true"),
			c('n_yes', 'INTEGER', "Cases answered 'Yes', where printed"),
			c('n_cases', 'INTEGER', 'Cases the % rests on: printed for the question, else the cases inspected in its domain (see `n_cases_basis`); empty where neither is printed'),
			c('derived', 'BOOLEAN', 'True when pct_yes was computed by us from printed counts (older reports print counts)'),
			SOURCE,
			c('n_cases_basis', 'VARCHAR', "`printed_for_question` (the report prints the question's cases) or `domain_cases_inspected` (the court or out-of-court cases the report says were inspected: approximate, as some questions apply to fewer cases); empty where there is no sample"),
			c('n_cases_source', 'VARCHAR', '`data/reports/<file>:<line>` the sample was read from (the question row, or the "We examined N … disposals" sentence)'),
			c('ci_low', 'DOUBLE', "Lower limit of the 95% Wilson score interval of pct_yes, percentage points, one decimal; empty without a sample"),
			c('ci_high', 'DOUBLE', "Upper limit of the 95% Wilson score interval of pct_yes, percentage points, one decimal; empty without a sample")
		]
	},
	facts: {
		name: 'facts',
		description: 'Every other figure a report prints: contextual facts, caseload, staffing, budget, cases inspected; prose-only figures are marked.',
		columns: [
			INSPECTION,
			c('measure', 'VARCHAR', 'snake_case measure id, e.g. `first_time_entrant_rate` (see the measure list below)'),
			c('area', 'VARCHAR', "`service` for the service's own figure, else the comparator as printed, e.g. `England and Wales`"),
			c('value', 'DOUBLE', 'The figure as printed (footnote markers removed)'),
			c('unit', 'VARCHAR', 'e.g. `per 100,000 aged 10-17`, `%`, `count`, `GBP`'),
			c('period', 'VARCHAR', 'Period as printed or as its footnote gives it; empty when not stated'),
			c('from_prose', 'BOOLEAN', 'True when the figure was read from a sentence rather than a table'),
			c('approximate', 'BOOLEAN', 'True when the report qualifies the figure ("almost 112,000", "about 60 per cent")'),
			c('source_text', 'VARCHAR', 'The table row or sentence the figure was read from'),
			c('note', 'VARCHAR', 'The figure\'s own footnote as printed (its source, or a caveat such as "This data only relates to court disposals.")'),
			SOURCE
		]
	},
	demographics: {
		name: 'demographics',
		description: "Caseload shares by age, ethnicity and gender, and the comparator printed beside them.",
		columns: [
			INSPECTION,
			c('dimension', 'VARCHAR', '`age`, `ethnicity` or `gender`'),
			c('category', 'VARCHAR', '`10-14`, `15-17`, `white`, `black_asian_minority_ethnic`, `unknown`, `male`, `female`'),
			c('population', 'VARCHAR', "`caseload` (the service's own children as its table counts them: the current caseload, or, in Hartlepool's table, children cautioned or sentenced in 2018/19) or `comparator`"),
			c('population_label', 'VARCHAR', 'Row label as printed, e.g. `National average`'),
			c('pct', 'DOUBLE', 'Share in %'),
			SOURCE
		]
	},
	findings: {
		name: 'findings',
		description: "Inspectors' recommendations, strengths and areas for improvement.",
		columns: [
			INSPECTION,
			c('standard_code', 'VARCHAR', 'Standard (`2.2`) or domain (`2`) the finding sits under; empty for recommendations'),
			c('kind', 'VARCHAR', '`strength`, `improvement` or `recommendation`'),
			c('number', 'INTEGER', 'Recommendation number as printed'),
			c('addressed_to', 'VARCHAR', 'Who a recommendation is addressed to, as printed'),
			c('text', 'VARCHAR', 'The finding as printed (wrapped lines joined)'),
			SOURCE
		]
	},
	checks: {
		name: 'checks',
		description: 'Validation of every report: printed figures recomputed and compared.',
		columns: [
			INSPECTION,
			c('check_id', 'VARCHAR', 'e.g. `score_recomputed`, `overall_rating_band`, `standard_vs_key_questions`'),
			c('subject', 'VARCHAR', 'What was checked, e.g. a standard code or `age / caseload`'),
			c('status', 'VARCHAR', '`pass`, `discretion` (differs, and the report says inspectors used discretion) or `flag` (differs, unexplained)'),
			c('expected', 'VARCHAR', 'What the rule gives'),
			c('actual', 'VARCHAR', 'What the report prints'),
			c('detail', 'VARCHAR', 'Plain-language explanation'),
			SOURCE
		]
	},
	national_scores: {
		name: 'national_scores',
		description: 'Overall score and rating of every youth justice inspection 2021-2025 (and earlier ones with a stated score), from data/national/national_scores.csv.',
		columns: [
			c('service', 'VARCHAR', 'Service name'),
			c('hmip_ref', 'VARCHAR', 'HMIP URL slug'),
			c('joint_inspection', 'BOOLEAN', 'Joint inspection (scrape "- JI" marker); empty when the source does not say'),
			c('published', 'VARCHAR', 'Publication date (ISO; day, month or year precision)'),
			c('published_as_stated', 'VARCHAR', 'Publication date as the source states it'),
			c('framework', 'VARCHAR', '`youth-2018` (12 standards, /36) or `youth-2025` (new programme, not on the /36 scale)'),
			c('score', 'INTEGER', 'Score out of 36; empty where unknown or untrustworthy'),
			c('score_basis', 'VARCHAR', 'How the score was obtained'),
			c('overall_rating', 'VARCHAR', 'Overall rating'),
			c('rating_basis', 'VARCHAR', 'How the rating was obtained'),
			c('comparable', 'BOOLEAN', 'True when the score is on the /36 scale and trustworthy'),
			c('flag', 'VARCHAR', 'Known error and how it was treated'),
			c('report_url', 'VARCHAR', 'HMIP report page'),
			SOURCE,
			c('la_names', 'VARCHAR', 'English local authorities the service covers (`;`-separated, LAIT names)'),
			c('country', 'VARCHAR', '`England` or `Wales`')
		]
	},
	la_indicators: {
		name: 'la_indicators',
		description: 'Youth justice indicators by English local authority, region and England, 2016-2025 (DfE LAIT), long format.',
		columns: [
			c('la_name', 'VARCHAR', 'Local authority, region or `England`'),
			c('dfe_la_number', 'INTEGER', 'Old 3-digit DfE LA code (970 England, 980-990 regions)'),
			c('region', 'VARCHAR', 'Region'),
			c('geography_level', 'VARCHAR', '`local_authority`, `region` or `england`'),
			c('measure', 'VARCHAR', '`first_time_entrant_rate`, `reoffending_rate_10_14`, `reoffending_rate_15_17`, `youth_justice_spend`, `cautioned_or_sentenced_rate`, `lac_convicted_pct`'),
			c('unit', 'VARCHAR', 'Unit'),
			c('period', 'VARCHAR', 'Period as in the source'),
			c('year', 'INTEGER', 'Start year of the period, for charts'),
			c('value', 'DOUBLE', 'Value; empty when suppressed or flagged invalid'),
			c('suppressed', 'BOOLEAN', 'True when the source suppresses the figure'),
			c('flag', 'VARCHAR', 'Known error and how it was treated'),
			SOURCE
		]
	},
	statistical_neighbours: {
		name: 'statistical_neighbours',
		description: "DfE children's services statistical neighbours (May 2025): 10 per English local authority.",
		columns: [
			c('la_number', 'INTEGER', 'DfE LA code'),
			c('la_name', 'VARCHAR', 'Local authority'),
			c('region', 'VARCHAR', 'Region'),
			c('rank', 'INTEGER', '1 = closest'),
			c('neighbour_la_number', 'INTEGER', 'Neighbour DfE LA code'),
			c('neighbour_la_name', 'VARCHAR', 'Neighbour local authority'),
			c('closeness', 'VARCHAR', 'DfE closeness label'),
			SOURCE
		]
	},
	national_comparators: {
		name: 'national_comparators',
		description: 'Headline England and Wales youth justice figures, hand-transcribed (trust: medium).',
		columns: [
			c('measure', 'VARCHAR', 'Measure as published'),
			c('period', 'VARCHAR', 'Period'),
			c('geography', 'VARCHAR', 'Geography'),
			c('value', 'DOUBLE', 'Value'),
			c('unit', 'VARCHAR', 'Unit'),
			c('notes', 'VARCHAR', 'Notes'),
			c('source_url', 'VARCHAR', 'Publication URL'),
			c('trust', 'VARCHAR', '`medium`: confirm against gov.uk before treating as official'),
			SOURCE
		]
	}
} satisfies Record<string, TableSchema>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, string | number | boolean | null>;
