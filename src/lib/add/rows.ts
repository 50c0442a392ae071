/**
 * A previewed report as rows of the published tables, for the browser's
 * database: the same records-to-rows code as `npm run data`
 * (`tables/fromReports.ts`), with an id that marks the inspection as added
 * in this browser and every `source` turned into the reader's citation in the
 * uploaded file (as the preview shows it). A 2025-framework report has no
 * score and no standards: it becomes a row of the register's
 * `inspection_history` (under its register service where that is known) and
 * its area ratings rows of `inspection_area_ratings`, as the published 2025
 * inspections are; never rows of the 12-standard tables. Pure: it runs in the
 * reader worker, so the rows are stored with the preview and no other page
 * needs the ingest.
 */
import type { ParsedReport } from '../ingest/types';
import { reportText } from '../ingest/text';
import { tablesFromReports, type ReportTableName } from '../tables/fromReports';
import type { ServiceEntry } from '../tables/registry';
import type { Row, TableName } from '../tables/schema';
import { serviceKey } from './published';
import { citation, type Preview, type ReportInput } from './preview';
import { ADDED_LABEL, ADDED_PREFIX, ADDED_SHORT_LABEL } from './dashboard';

/** A 2018-2024 report's rows of the report tables, or a 2025-framework report's of the register's two. */
export type AddedRows = Partial<Record<TableName, Row[]>>;

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

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The register's date columns for a month (`2025-06`), or for no date. */
function monthColumns(month: string | null): Row {
	if (!month) return { published: null, published_precision: 'unknown', published_label: 'date not read', earliest: null, latest: null, sort_date: null };
	const [y, m] = month.split('-').map(Number);
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	const day = (d: number) => `${month}-${String(d).padStart(2, '0')}`;
	return { published: month, published_precision: 'month', published_label: `${MONTH_NAMES[m - 1]} ${y}`, earliest: day(1), latest: day(last), sort_date: day(15) };
}

/**
 * A 2025-framework preview as rows of `inspection_history` and `inspection_area_ratings`: its
 * overall rating and the area ratings read, no score (never on the /36 scale). `serviceId` is its
 * register service where the name is known (so it joins that service's history and the national
 * picture), else an added id of its own.
 */
export function added2025Rows(preview: Preview, serviceId: string | null): AddedRows {
	const month = preview.published?.value ?? null;
	const inspection_key = `${addedServiceId(preview.service.value)}${month ? `-${month.slice(0, 4)}` : ''}`;
	const full = preview.ratings.some((r) => r.code === 'organisational');
	const dates = monthColumns(month);
	return {
		inspection_history: [
			{
				inspection_key,
				service_id: serviceId ?? addedServiceId(preview.service.value),
				framework: 'youth-2025',
				variant: null,
				product: full ? 'full' : 'children_and_victims',
				...dates,
				// What the national picture's "Published" column shows: the date, and that it is not published.
				published_label: `${dates.published_label} (${ADDED_LABEL})`,
				overall_rating: preview.overall?.value ?? null,
				rating_source: preview.overall?.cite ?? null,
				score: null,
				score_source: null,
				comparable: false,
				trust: ADDED_LABEL,
				source_kind: 'report',
				report_inspection_id: null,
				sources_count: 1,
				note: `Read from ${preview.name}: ${ADDED_LABEL}`
			}
		],
		inspection_area_ratings: preview.ratings
			.filter((r) => r.rating)
			.map((r) => ({
				inspection_key,
				framework: 'youth-2025',
				level: 'area',
				code: r.code,
				rating: r.rating,
				trust: ADDED_LABEL,
				source: r.cite,
				note: ADDED_LABEL
			}))
	};
}

export function addedRows(input: ReportInput, report: ParsedReport): Record<ReportTableName, Row[]> {
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
