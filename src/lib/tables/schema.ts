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
		description: "Inspectors' recommendations, strengths and areas for improvement, and every paragraph of their prose under a standard or domain.",
		columns: [
			INSPECTION,
			c('standard_code', 'VARCHAR', 'Standard (`2.2`) or domain (`2`) the finding sits under; empty for recommendations'),
			c('kind', 'VARCHAR', '`strength`, `improvement`, `recommendation` or `narrative` (a paragraph of prose)'),
			c('number', 'INTEGER', 'Recommendation number as printed'),
			c('addressed_to', 'VARCHAR', 'Who a recommendation is addressed to, as printed'),
			c('text', 'VARCHAR', 'The finding as printed (wrapped lines joined, page furniture and footnote markers removed)'),
			SOURCE,
			c('line_end', 'INTEGER', 'Last line a narrative paragraph spans (its first is in `source`); empty for the other kinds')
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
	},
	service_register: {
		name: 'service_register',
		description: 'Every youth justice service of England and Wales (155), its footprint and what the dashboard holds for it, with its latest inspection.',
		columns: [
			c('service_id', 'VARCHAR', 'Slug, e.g. `bury-and-rochdale`; the five report services keep their `services` id'),
			c('service_name', 'VARCHAR', 'Name as in the register'),
			c('nation', 'VARCHAR', '`England` or `Wales`'),
			c('region', 'VARCHAR', 'English region (DfE LAIT) of its authorities; empty for Wales'),
			c('la_names', 'VARCHAR', 'Member local authorities (`; `-separated; LAIT names in England)'),
			c('dfe_la_numbers', 'VARCHAR', 'Their DfE LA numbers (`; `-separated); empty for Wales'),
			c('joint', 'BOOLEAN', 'True when the service covers more than one local authority'),
			c('report_service_id', 'VARCHAR', 'Joins to `services` when an inspection report is in `data/reports`'),
			c('inspections_count', 'INTEGER', 'Inspections known here (`inspection_history`)'),
			c('latest_inspection_key', 'VARCHAR', 'Latest inspection (joins to `inspection_history`)'),
			c('latest_published_label', 'VARCHAR', 'Its publication date as precisely as known'),
			c('latest_sort_date', 'VARCHAR', 'Middle of its publication date span (ISO), for ordering'),
			c('latest_framework', 'VARCHAR', '`youth-2018` or `youth-2025`'),
			c('latest_rating', 'VARCHAR', 'Its overall rating'),
			c('latest_score', 'INTEGER', 'Its score out of 36 (2018–2024 standards only)'),
			c('holds_report', 'BOOLEAN', 'A full inspection report is in `data/reports`'),
			c('holds_public_ratings', 'BOOLEAN', "Ratings from HMIP's table or public pages"),
			c('holds_lait', 'BOOLEAN', 'LAIT indicators for at least one member authority'),
			SOURCE
		]
	},
	service_footprints: {
		name: 'service_footprints',
		description: 'One row per service and member local authority.',
		columns: [
			c('service_id', 'VARCHAR', 'Joins to `service_register`'),
			c('la_name', 'VARCHAR', 'Local authority (LAIT name in England, council name in Wales)'),
			c('dfe_la_number', 'INTEGER', 'DfE LA number; empty for Wales'),
			c('region', 'VARCHAR', 'Region (LAIT); empty for Wales'),
			c('in_lait', 'BOOLEAN', 'The authority is in DfE LAIT (England only)'),
			SOURCE
		]
	},
	inspection_history: {
		name: 'inspection_history',
		description: 'Every known inspection of every register service, one row each, merged across sources by precedence (report > HMIP table > HMIP page > council page > press).',
		columns: [
			c('inspection_key', 'VARCHAR', '`<service_id>-<year>`'),
			c('service_id', 'VARCHAR', 'Joins to `service_register`'),
			c('framework', 'VARCHAR', '`youth-2018` (2018–2024 standards, /36) or `youth-2025` (no score)'),
			c('variant', 'VARCHAR', '2018–2024 standards: `original` (3.4 Joint working) or `revised` (4.1 Resettlement); empty when no source says'),
			c('product', 'VARCHAR', '`full` or `children_and_victims` (2025 framework)'),
			c('published', 'VARCHAR', 'Publication date, ISO at day, month or year precision; empty when only a period is known'),
			c('published_precision', 'VARCHAR', '`day`, `month`, `year`, `period` or `unknown`'),
			c('published_label', 'VARCHAR', 'The date for display, e.g. `Sep 2024`, `2019/20`'),
			c('earliest', 'VARCHAR', 'Earliest day it can be (ISO)'),
			c('latest', 'VARCHAR', 'Latest day it can be (ISO)'),
			c('sort_date', 'VARCHAR', 'Middle of that span (ISO), for ordering'),
			c('overall_rating', 'VARCHAR', 'Overall rating from the best source that states one'),
			c('rating_source', 'VARCHAR', 'Where the rating was read'),
			c('score', 'INTEGER', 'Score out of 36; only under the 2018–2024 standards'),
			c('score_source', 'VARCHAR', 'Where the score was read'),
			c('comparable', 'BOOLEAN', 'True when the score can sit on the /36 distribution'),
			c('trust', 'VARCHAR', "Trust of the rating's source"),
			c('source_kind', 'VARCHAR', '`report`, `hmip_table`, `hmip_page`, `council_page` or `press`'),
			c('report_inspection_id', 'VARCHAR', 'Joins to `inspections` for a report in `data/reports`'),
			c('sources_count', 'INTEGER', 'Sources that describe it (`inspection_sources`)'),
			c('note', 'VARCHAR', 'Disagreements between sources')
		]
	},
	inspection_sources: {
		name: 'inspection_sources',
		description: 'Every source of every inspection in `inspection_history`, with what it states.',
		columns: [
			c('inspection_key', 'VARCHAR', 'Joins to `inspection_history`'),
			c('source_rank', 'INTEGER', '1 report, 2 HMIP table, 3 HMIP page, 4 council page, 5 press'),
			c('source_kind', 'VARCHAR', 'As `source_rank`, in words'),
			c('trust', 'VARCHAR', 'Trust label'),
			c('published_as_stated', 'VARCHAR', 'Publication date as the source states it'),
			c('rating_as_stated', 'VARCHAR', 'Overall rating as the source states it'),
			c('score_as_stated', 'VARCHAR', 'Score as the source states it'),
			c('used_for', 'VARCHAR', '`rating`, `score`, `date` or `corroboration`'),
			SOURCE
		]
	},
	inspection_area_ratings: {
		name: 'inspection_area_ratings',
		description: 'Ratings of single standards (2018–2024) or areas (2025 framework) that a public page states.',
		columns: [
			c('inspection_key', 'VARCHAR', 'Joins to `inspection_history`'),
			c('framework', 'VARCHAR', '`youth-2018` or `youth-2025`'),
			c('level', 'VARCHAR', '`standard` (code `1.1`…`4.1`) or `area` (2025: `children:assessing`, `children:planning`, `children:delivering`, `victims`)'),
			c('code', 'VARCHAR', 'Standard or area code (area codes assigned from the page wording, not HMIP\'s)'),
			c('rating', 'VARCHAR', 'Rating'),
			c('trust', 'VARCHAR', 'Trust of the page'),
			SOURCE,
			c('note', 'VARCHAR', 'Caveat from the source file')
		]
	}
} satisfies Record<string, TableSchema>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, string | number | boolean | null>;
