/**
 * SQL of the disproportionality view (`/disproportionality`) and the rows
 * each query returns.
 *
 * Both queries take the chosen services as one comma-separated `?` parameter
 * (`list_contains(string_split(?, ','), …)`), so one placeholder serves any
 * number of services in both DuckDB back ends. The build passes every service
 * (and every dimension); the browser passes the URL's choice. The shaping
 * functions in `src/lib/views/disproportionality/` filter either way.
 *
 * Every service is returned even when its report prints no demographic table
 * (LEFT JOIN, demographic columns null), so the page can say "Not reported in
 * this inspection" instead of silently leaving the service out.
 */
import type { ServiceFactColumns } from './rows';

import { ADDED_PREFIX } from '../../add/dashboard';

/** One printed demographic share, or a service with none for the asked dimensions (`dimension` null). */
export interface DemographicRow {
	service_id: string;
	service_name: string;
	local_authority: string;
	inspection_id: string;
	fieldwork: string | null;
	dimension: string | null;
	category: string | null;
	population: 'caseload' | 'comparator' | null;
	population_label: string | null;
	pct: number | null;
	source: string | null;
}

/** Parameters: services (comma-separated ids), dimensions (comma-separated: `age,ethnicity,gender`). */
export const DEMOGRAPHICS_SQL = `
SELECT s.service_id, s.service_name, s.local_authority, i.inspection_id, i.fieldwork,
       d.dimension, d.category, d.population, d.population_label, d.pct, d.source
FROM services s
JOIN inspections i ON i.service_id = s.service_id
LEFT JOIN demographics d ON d.inspection_id = i.inspection_id
  AND list_contains(string_split(?, ','), d.dimension)
WHERE list_contains(string_split(?, ','), s.service_id)
ORDER BY s.service_id, i.fieldwork, d.dimension, d.population, d.category`;

/**
 * Caseload shares the reports print about children's care and support status
 * (looked after, child protection, child in need, SEND) and the share of girls
 * stated in prose by reports without a gender table. No report prints a
 * comparator for these, so none is shown.
 */
export const CARE_MEASURES = [
	'looked_after_resident_pct',
	'looked_after_placed_outside_pct',
	'child_protection_plan_pct',
	'child_in_need_plan_pct',
	'send_pct',
	'learning_disability_difficulty_or_ehcp_pct'
] as const;
export type CareMeasure = (typeof CARE_MEASURES)[number];

/** Prose figures shown in place of the age, gender or ethnicity table of reports that print none. */
export const PROSE_DEMOGRAPHIC_MEASURES = [
	'caseload_girls_pct',
	'caseload_minority_ethnic_pct',
	'school_minority_ethnic_pct',
	'cautioned_sentenced_aged_10_14_pct',
	'cautioned_sentenced_white_pct',
	'cautioned_sentenced_minority_ethnic_pct'
] as const;

/** One caseload fact, or a service with none of the measures (`measure` null). */
export type CareFactRow = ServiceFactColumns;

const FACT_MEASURES = [...CARE_MEASURES, ...PROSE_DEMOGRAPHIC_MEASURES].map((m) => `'${m}'`).join(', ');

/** Parameter: services (comma-separated ids). Only the service's own figures (`area = 'service'`). */
export const CARE_FACTS_SQL = `
SELECT s.service_id, s.service_name, s.local_authority, i.inspection_id, i.fieldwork,
       f.measure, f.value, f.unit, f.period, f.from_prose, f.approximate, f.source_text, f.note, f.source
FROM services s
JOIN inspections i ON i.service_id = s.service_id
LEFT JOIN facts f ON f.inspection_id = i.inspection_id AND f.area = 'service'
  AND f.measure IN (${FACT_MEASURES})
WHERE list_contains(string_split(?, ','), s.service_id)
ORDER BY s.service_id, i.fieldwork, f.measure`;

/** The services (URL allow-list), in display order. */
export interface ServiceListRow {
	service_id: string;
	service_name: string;
	local_authority: string;
}

const serviceListSql = (where: string) => `
SELECT service_id, service_name, local_authority FROM services${where} ORDER BY local_authority`;

export const SERVICE_LIST_SQL = serviceListSql('');

/** The services of reports added in this browser (ids `added-…`, `src/lib/add`): asked of the browser's database only. */
export const ADDED_SERVICE_LIST_SQL = serviceListSql(` WHERE starts_with(service_id, '${ADDED_PREFIX}')`);
