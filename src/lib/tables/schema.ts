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
	}
} satisfies Record<string, TableSchema>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, string | number | boolean | null>;
