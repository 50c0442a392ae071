/**
 * Parsed reports + the service registry to the rows of the published tables.
 * Pure: no I/O, so the build script and the tests share it.
 */
import { RATING_POINTS, standardByCode } from '../framework';
import type { ParsedReport } from '../ingest/types';
import type { ReportText } from '../ingest/text';
import { checkReport } from '../validate/checks';
import { keyQuestionSample } from './keyQuestionSample';
import type { ServiceEntry } from './registry';
import type { Row } from './schema';

export interface InspectionInput {
	entry: ServiceEntry;
	report: ParsedReport;
	text: ReportText;
}

export const REPORT_TABLES = ['services', 'inspections', 'ratings', 'key_questions', 'facts', 'demographics', 'findings', 'checks'] as const;
export type ReportTableName = (typeof REPORT_TABLES)[number];

export function inspectionId(entry: ServiceEntry): string {
	return `${entry.service_id}-${entry.inspection_year}`;
}

/** Records of one kind, each stamped with its inspection id. */
function withInspection<T extends object>(inspection_id: string, records: readonly T[]): Row[] {
	return records.map((r) => ({ inspection_id, ...r }) as unknown as Row);
}

function fieldworkYearCheck(entry: ServiceEntry, report: ParsedReport): Row {
	const year = report.fieldwork ? Number(report.fieldwork.slice(0, 4)) : null;
	return {
		inspection_id: inspectionId(entry),
		check_id: 'fieldwork_year',
		subject: 'inspection id',
		status: year === entry.inspection_year ? 'pass' : 'flag',
		expected: String(entry.inspection_year),
		actual: report.fieldwork ?? 'no fieldwork date found',
		detail: 'Fieldwork year read from the report against the year in data/services.csv (used in the inspection id).',
		source: report.fieldwork_source ?? report.score_source
	};
}

export function tablesFromReports(inputs: readonly InspectionInput[]): Record<ReportTableName, Row[]> {
	const tables = Object.fromEntries(REPORT_TABLES.map((t) => [t, [] as Row[]])) as Record<ReportTableName, Row[]>;
	for (const { entry, report, text } of inputs) {
		const inspection_id = inspectionId(entry);
		tables.services.push({
			service_id: entry.service_id,
			service_name: report.service_name,
			local_authority: entry.local_authority,
			country: entry.country,
			region: entry.region || null,
			dfe_la_number: entry.dfe_la_number,
			source: report.service_name_source
		});
		tables.inspections.push({
			inspection_id,
			service_id: entry.service_id,
			published: report.published,
			fieldwork: report.fieldwork,
			framework: report.framework,
			score: report.score,
			score_max: report.score_max,
			overall_rating: report.overall_rating,
			overall_rating_source: report.overall_rating_source,
			source: report.score_source
		});
		for (const r of report.ratings) {
			const standard = standardByCode(r.standard_code)!;
			tables.ratings.push({
				inspection_id,
				standard_code: r.standard_code,
				domain: standard.domain,
				standard_name: r.standard_name,
				rating: r.rating,
				points: RATING_POINTS[r.rating],
				in_score: standard.inScore,
				source: r.source
			});
		}
		tables.key_questions.push(...withInspection(inspection_id, report.key_questions.map((k) => ({ ...k, ...keyQuestionSample(k, report.facts) }))));
		tables.facts.push(...withInspection(inspection_id, report.facts.map((f) => ({ ...f, approximate: f.approximate ?? false, note: f.note ?? null }))));
		tables.demographics.push(...withInspection(inspection_id, report.demographics));
		tables.findings.push(...withInspection(inspection_id, report.findings.map((f) => ({ ...f, line_end: f.line_end ?? null }))));
		tables.checks.push(...withInspection(inspection_id, checkReport(report, text)), fieldworkYearCheck(entry, report));
	}
	return tables;
}
