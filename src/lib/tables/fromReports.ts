/**
 * Parsed reports + the service registry to the rows of the published tables.
 * Pure: no I/O, so the build script and the tests share it.
 */
import { RATING_POINTS, standardByCode } from '../framework';
import type { ParsedReport } from '../ingest/types';
import type { ServiceEntry } from './registry';
import type { Row, TableName } from './schema';

export interface InspectionInput {
	entry: ServiceEntry;
	report: ParsedReport;
}

export function inspectionId(entry: ServiceEntry): string {
	return `${entry.service_id}-${entry.inspection_year}`;
}

export function tablesFromReports(inputs: readonly InspectionInput[]): Record<TableName, Row[]> {
	const services: Row[] = [];
	const inspections: Row[] = [];
	const ratings: Row[] = [];
	for (const { entry, report } of inputs) {
		const inspection_id = inspectionId(entry);
		services.push({
			service_id: entry.service_id,
			service_name: report.service_name,
			local_authority: entry.local_authority,
			country: entry.country,
			region: entry.region || null,
			dfe_la_number: entry.dfe_la_number,
			source: report.service_name_source
		});
		inspections.push({
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
			ratings.push({
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
	}
	return { services, inspections, ratings };
}
