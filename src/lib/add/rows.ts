/**
 * A previewed report as rows of the published tables, for the browser's
 * database: the same records-to-rows code as `npm run data`
 * (`tables/fromReports.ts`), with an id that marks the inspection as added
 * in this browser and every `source` turned into the reader's citation in the
 * uploaded file (as the preview shows it). Pure: it runs in the reader
 * worker, so the rows are stored with the preview and no other page needs
 * the ingest.
 */
import type { ParsedReport } from '../ingest/types';
import { reportText } from '../ingest/text';
import { tablesFromReports, type ReportTableName } from '../tables/fromReports';
import type { ServiceEntry } from '../tables/registry';
import type { Row } from '../tables/schema';
import { serviceKey } from './published';
import { citation, type ReportInput } from './preview';
import { ADDED_PREFIX, ADDED_SHORT_LABEL } from './dashboard';

export type AddedRows = Record<ReportTableName, Row[]>;

/** Columns that hold a `file:line` citation. */
const SOURCE_COLUMNS = ['source', 'overall_rating_source', 'n_cases_source'] as const;

/** `added-testshire` from `Testshire Youth Justice Service`. */
export function addedServiceId(serviceName: string): string {
	const slug = serviceKey(serviceName).replace(/ +/g, '-') || 'service';
	return `${ADDED_PREFIX}${slug}`;
}

/** `Thurrock Youth Offending Service` → `Thurrock`. */
function placeName(serviceName: string): string {
	return serviceName.replace(/\b(youth (justice|offending) (service|team)s?|yjs|yos|yot)\b/gi, ' ').replace(/\s+/g, ' ').trim() || serviceName;
}

function year(date: string | null): number | null {
	const y = date ? Number(date.slice(0, 4)) : NaN;
	return Number.isInteger(y) ? y : null;
}

export function addedEntry(input: ReportInput, report: ParsedReport): ServiceEntry {
	return {
		service_id: addedServiceId(report.service_name),
		report_file: input.name,
		// The inspection id is `<service_id>-<fieldwork year>`, as for a published report.
		inspection_year: year(report.fieldwork) ?? year(report.published) ?? 0,
		// What charts label their rows with: the place, and that it is added (in words, not colour alone).
		local_authority: `${placeName(report.service_name)} (${ADDED_SHORT_LABEL})`,
		country: '',
		region: '',
		dfe_la_number: null,
		source: input.name
	};
}

export function addedRows(input: ReportInput, report: ParsedReport): AddedRows {
	const tables = tablesFromReports([{ entry: addedEntry(input, report), report, text: reportText(input.name, input.text) }]);
	const cite = (value: Row[string]) => (typeof value === 'string' && /:\d+$/.test(value) ? citation(input, value) : value);
	for (const rows of Object.values(tables)) {
		for (const row of rows) {
			for (const column of SOURCE_COLUMNS) if (column in row) row[column] = cite(row[column]);
			// Empty strings are what the build's CSV writes for a missing value: keep them missing.
			for (const [k, v] of Object.entries(row)) if (v === '' || v === undefined) row[k] = null;
		}
	}
	return tables;
}
