/**
 * The register tables (service_register, service_footprints,
 * inspection_history, inspection_sources, inspection_area_ratings) from the
 * committed files in data/register and data/national plus the report
 * inspections. Only file reading lives here; the rules are in src/lib/register.
 */
import { readFileSync } from 'node:fs';
import { parseCsv, requireColumns } from '../../src/lib/national/csv';
import { buildHistory, claimsFrom, groupClaims, type ReportInspectionInput, type ScrapeInput, type Unmatched } from '../../src/lib/register/history';
import { buildFootprints, buildRegister, type LaitAuthority, type RegisterInput } from '../../src/lib/register/register';
import type { Row } from '../../src/lib/tables/schema';

export const REGISTER_FILES = {
	services: 'youth_justice_services.csv',
	other: 'hmip_other_inspections.csv',
	publicPages: 'ratings_facts_from_public_pages.csv'
} as const;
export const REGISTER_COLUMNS = ['service_name', 'nation', 'source'] as const;
export const OTHER_COLUMNS = ['service', 'published', 'framework', 'level', 'code', 'rating', 'source_url', 'trust', 'note'] as const;
export const PUBLIC_COLUMNS = [
	'service', 'publication', 'framework', 'overall_rating', 'score_out_of_36', 'standard_level_detail', 'contextual_facts', 'source_url', 'source_type'
] as const;
export const REGISTER_SOURCE =
	'youth_justice_services.csv (SGilr/prism-r geographies.json, built from YJB/MoJ Youth Justice Statistics 2024-25 local tables; trust medium)';

const REGISTER_DIR = process.env.YJS_REGISTER_DIR ?? 'data/register';

function readRegisterFile(file: string, columns: ReadonlyArray<string>): Record<string, string>[] {
	const rows = parseCsv(readFileSync(`${REGISTER_DIR}/${file}`, 'utf8'));
	requireColumns(rows, columns, `${REGISTER_DIR}/${file}`);
	return rows;
}

export interface RegisterTables {
	service_register: Row[];
	service_footprints: Row[];
	inspection_history: Row[];
	inspection_sources: Row[];
	inspection_area_ratings: Row[];
	unmatched: Unmatched[];
}

/** `reportInspections` and `national` are the already-built `inspections`, `national_scores` and `la_indicators` rows. */
export function registerTables(reportInspections: Row[], nationalScores: Row[], laIndicators: Row[]): RegisterTables {
	const services = readRegisterFile(REGISTER_FILES.services, REGISTER_COLUMNS) as unknown as RegisterInput[];
	const other = readRegisterFile(REGISTER_FILES.other, OTHER_COLUMNS) as Parameters<typeof claimsFrom>[1]['other'];
	const publicPages = readRegisterFile(REGISTER_FILES.publicPages, PUBLIC_COLUMNS) as Parameters<typeof claimsFrom>[1]['publicPages'];

	const authorities = new Map<string, LaitAuthority>();
	const withValues = new Set<string>();
	for (const r of laIndicators) {
		if (r.geography_level !== 'local_authority') continue;
		authorities.set(String(r.la_name), { la_name: String(r.la_name), dfe_la_number: Number(r.dfe_la_number), region: String(r.region) });
		if (r.value !== null) withValues.add(String(r.la_name));
	}

	const names = services.map((s) => s.service_name);
	const { claims, unmatched } = claimsFrom(names, {
		reports: reportInspections as unknown as ReportInspectionInput[],
		scrape: nationalScores.map((r) => ({
			service: String(r.service),
			published: String(r.published ?? r.published_as_stated),
			score: r.score === null ? null : Number(r.score),
			score_basis: String(r.score_basis ?? ''),
			overall_rating: r.overall_rating as string | null,
			comparable: r.comparable === true || r.comparable === 'true',
			flag: r.flag as string | null,
			report_url: r.report_url as string | null,
			source: String(r.source),
			framework: String(r.framework)
		})) satisfies ScrapeInput[],
		other,
		publicPages
	});
	const history = buildHistory(groupClaims(claims));
	const footprints = buildFootprints(services, [...authorities.values()]);
	const reportServiceIds = new Set(reportInspections.map((r) => String(r.service_id)));
	const register = buildRegister(services, footprints, history.inspections, { reportServiceIds, laitWithValues: withValues });
	const rows = <T extends object>(xs: T[]) => xs as unknown as Row[];
	return {
		service_register: rows(register),
		service_footprints: rows(footprints),
		inspection_history: rows(history.inspections),
		inspection_sources: rows(history.sources),
		inspection_area_ratings: rows(history.areas),
		unmatched
	};
}
