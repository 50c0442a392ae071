/**
 * SQL of the compare view (`/compare`) and the rows each query returns.
 *
 * The unit is a service of the register; the national-table rows and local
 * authorities stay comparable for links made before (the picker lists
 * register services only). Each has a stable id that the URL carries
 * (`?services=derby,thurrock,hmip:suffolkyos,la:883`):
 *
 * | kind | id | from |
 * | --- | --- | --- |
 * | register service | its slug, e.g. `derby`, `cardiff` | `service_register` (+ its latest `inspection_history` row, `service_footprints`) |
 * | inspection report (a register service with a report) | `<service_id>`, e.g. `west-sussex`, the same as its register slug | `services` (+ its latest `inspections` row) |
 * | national scores row | `hmip:<hmip_ref>`, e.g. `hmip:thurrockyos`; rows without an HMIP slug: `national:<slug of service>-<year>`, e.g. `national:hartlepool-2020` | `national_scores` |
 * | local authority | `la:<dfe_la_number>`, e.g. `la:883` | `la_indicators` (`geography_level = 'local_authority'`) |
 *
 * The ids are made here, in SQL, once (NATIONAL_ID), so the catalogue, the
 * URL allow-list and the live queries can never disagree; a unit test checks
 * they are unique on the real data. The year of a `national:` id is the first
 * four-digit year of `published`, else of `published_as_stated`.
 *
 * The per-service queries take their keys as one comma-separated `?`
 * parameter each (`list_contains(string_split(?, ','), …)`). The build passes
 * every key; the browser passes the URL's choice; the shaping functions in
 * `src/lib/views/compare/` filter either way.
 */
import type { FactValueColumns, KeyQuestionColumns } from './rows';

import { ADDED_PREFIX } from '../../add/dashboard';

/** The `national:` id of a row without an HMIP slug, and the `hmip:` id otherwise. */
export const NATIONAL_ID = `CASE WHEN coalesce(hmip_ref, '') <> '' THEN 'hmip:' || hmip_ref
  ELSE 'national:' || trim(regexp_replace(lower(service), '[^a-z0-9]+', '-', 'g'), '-')
       || coalesce('-' || nullif(regexp_extract(coalesce(nullif(published, ''), published_as_stated, ''), '([0-9]{4})', 1), ''), '') END`;

/**
 * Every service of the register (`service_register`, 155 in England and
 * Wales) with its latest inspection on record (`inspection_history`, any
 * framework; 2025-framework inspections have no score), its member
 * authorities with LAIT figures (`service_footprints`, in name order) and a
 * one-line list of its inspections. The compare view's unit: its id is the
 * register slug (`/services/<slug>`), e.g. `derby`; for the five services
 * with a report, the slug is also the report's `service_id`.
 */
export interface RegisterEntityRow {
	entity_id: string;
	service_id: string;
	service_name: string;
	nation: string;
	region: string | null;
	joint: boolean;
	/** Member authorities as the register lists them, `;`-separated. */
	la_names: string;
	report_service_id: string | null;
	inspection_key: string | null;
	framework: string | null;
	variant: string | null;
	published_label: string | null;
	overall_rating: string | null;
	rating_source: string | null;
	score: number | null;
	score_source: string | null;
	comparable: boolean | null;
	/** Member authorities in LAIT, `;`-separated, and their DfE LA numbers in the same order; null when none (Wales). */
	lait_la_names: string | null;
	lait_la_numbers: string | null;
	/** Every inspection on record, oldest first: `2019 Requires improvement; 2025 Outstanding`; null when none. */
	inspections: string | null;
}

export const REGISTER_ENTITIES_SQL = `
WITH lait AS (
  SELECT service_id, string_agg(la_name, ';' ORDER BY la_name) AS lait_la_names,
         string_agg(CAST(dfe_la_number AS VARCHAR), ';' ORDER BY la_name) AS lait_la_numbers
  FROM service_footprints
  WHERE in_lait AND dfe_la_number IS NOT NULL
  GROUP BY service_id
),
past AS (
  SELECT service_id,
         string_agg(left(sort_date, 4) || ' ' || coalesce(overall_rating, 'rating not stated'), '; ' ORDER BY sort_date, inspection_key) AS inspections
  FROM inspection_history
  GROUP BY service_id
)
SELECT r.service_id AS entity_id, r.service_id, r.service_name, r.nation, r.region, r.joint, r.la_names,
       nullif(r.report_service_id, '') AS report_service_id,
       h.inspection_key, h.framework, h.variant, h.published_label, h.overall_rating, h.rating_source, h.score, h.score_source, h.comparable,
       lait.lait_la_names, lait.lait_la_numbers, past.inspections
FROM service_register r
LEFT JOIN inspection_history h ON h.inspection_key = r.latest_inspection_key
LEFT JOIN lait ON lait.service_id = r.service_id
LEFT JOIN past ON past.service_id = r.service_id
ORDER BY r.service_name, r.service_id`;

/** A service with an inspection report, and its latest inspection. */
export interface ReportEntityRow {
	entity_id: string;
	service_id: string;
	service_name: string;
	local_authority: string;
	country: string;
	region: string | null;
	dfe_la_number: number | null;
	inspection_id: string;
	fieldwork: string | null;
	published: string | null;
	framework: string;
	score: number | null;
	score_max: number | null;
	overall_rating: string | null;
	overall_rating_source: string | null;
	score_source: string | null;
}

const reportEntitiesSql = (where: string) => `
SELECT s.service_id AS entity_id, s.service_id, s.service_name, s.local_authority, s.country, s.region, s.dfe_la_number,
       i.inspection_id, i.fieldwork, i.published, i.framework, i.score, i.score_max, i.overall_rating,
       i.overall_rating_source, i.source AS score_source
FROM services s
JOIN inspections i ON i.service_id = s.service_id${where}
QUALIFY row_number() OVER (PARTITION BY s.service_id ORDER BY i.fieldwork DESC NULLS LAST) = 1
ORDER BY s.local_authority`;

export const REPORT_ENTITIES_SQL = reportEntitiesSql('');

/**
 * The reports added in this browser (ids `added-…`, `src/lib/add`), in the
 * same rows: asked of the browser's database only, as no build holds them.
 */
export const ADDED_REPORT_ENTITIES_SQL = reportEntitiesSql(`\nWHERE starts_with(s.service_id, '${ADDED_PREFIX}')`);

/** One row of the national scores table, with its compare id. */
export interface NationalEntityRow {
	entity_id: string;
	service: string;
	hmip_ref: string | null;
	published: string | null;
	published_as_stated: string | null;
	framework: string;
	score: number | null;
	score_basis: string | null;
	overall_rating: string | null;
	rating_basis: string | null;
	comparable: boolean | null;
	flag: string | null;
	report_url: string | null;
	source: string;
	la_names: string | null;
	country: string | null;
}

export const NATIONAL_ENTITIES_SQL = `
SELECT ${NATIONAL_ID} AS entity_id, service, hmip_ref, published, published_as_stated, framework, score, score_basis,
       overall_rating, rating_basis, comparable, flag, report_url, source, la_names, country
FROM national_scores
ORDER BY service, coalesce(nullif(published, ''), published_as_stated)`;

/** One English local authority in the LAIT indicators. */
export interface LaEntityRow {
	entity_id: string;
	la_name: string;
	dfe_la_number: number;
	region: string | null;
}

export const LA_ENTITIES_SQL = `
SELECT DISTINCT 'la:' || CAST(dfe_la_number AS VARCHAR) AS entity_id, la_name, dfe_la_number, region
FROM la_indicators
WHERE geography_level = 'local_authority'
ORDER BY la_name`;

/** A standard's rating in a report inspection. Parameter: report service ids. */
export interface CompareRatingRow {
	service_id: string;
	inspection_id: string;
	standard_code: string;
	standard_name: string;
	rating: string;
	in_score: boolean;
	source: string;
}

export const COMPARE_RATINGS_SQL = `
SELECT i.service_id, r.inspection_id, r.standard_code, r.standard_name, r.rating, r.in_score, r.source
FROM ratings r
JOIN inspections i ON i.inspection_id = r.inspection_id
WHERE list_contains(string_split(?, ','), i.service_id)
ORDER BY i.service_id, r.standard_code`;

/** A key question's % 'Yes' (key questions only, not annexe sub-questions). Parameter: report service ids. */
export interface CompareKeyQuestionRow extends KeyQuestionColumns {
	service_id: string;
}

export const COMPARE_KEY_QUESTIONS_SQL = `
SELECT i.service_id, k.inspection_id, k.standard_code, k.aspect, k.question, k.pct_yes, k.n_yes, k.n_cases, k.derived, k.source, k.n_cases_basis, k.ci_low, k.ci_high
FROM key_questions k
JOIN inspections i ON i.inspection_id = k.inspection_id
WHERE k.level = 'key_question' AND list_contains(string_split(?, ','), i.service_id)
ORDER BY i.service_id, k.standard_code, k.aspect`;

/** A figure the report prints about the service itself (`area = 'service'`). Parameter: report service ids. */
export interface CompareFactRow extends FactValueColumns {
	service_id: string;
	inspection_id: string;
	measure: string;
	note: string | null;
	source: string;
}

export const COMPARE_FACTS_SQL = `
SELECT i.service_id, f.inspection_id, f.measure, f.value, f.unit, f.period, f.from_prose, f.approximate, f.source_text, f.note, f.source
FROM facts f
JOIN inspections i ON i.inspection_id = f.inspection_id
WHERE f.area = 'service' AND list_contains(string_split(?, ','), i.service_id)
ORDER BY i.service_id, f.measure`;

/** The latest year in which any local authority has a value, per LAIT measure. */
const LATEST_YEARS = `WITH latest AS (
  SELECT measure, max(year) AS year
  FROM la_indicators
  WHERE geography_level = 'local_authority' AND value IS NOT NULL
  GROUP BY measure
)`;

/**
 * Each LAIT measure's value in its latest year (the latest year in which any
 * local authority has a value), for the given authorities. A suppressed or
 * missing value comes back with `value` null; an authority with no row for
 * that year has no row. The measure's year, period, unit and source are in
 * `LA_LATEST_SQL` (one row per measure), which keeps these rows small enough
 * to prerender all 158 authorities. Parameter: DfE LA numbers (comma-separated).
 */
export interface CompareLaRow {
	dfe_la_number: number;
	measure: string;
	value: number | null;
	suppressed: boolean | null;
	flag: string | null;
}

export const COMPARE_LA_SQL = `
${LATEST_YEARS}
SELECT li.dfe_la_number, li.measure, li.value, li.suppressed, li.flag
FROM la_indicators li
JOIN latest USING (measure, year)
WHERE li.geography_level = 'local_authority'
  AND list_contains(string_split(?, ','), CAST(li.dfe_la_number AS VARCHAR))
ORDER BY li.dfe_la_number, li.measure`;

/**
 * The latest year of each LAIT measure, with its period, unit and source (the
 * same for every authority; a unit test checks there is one row per measure).
 */
export interface LaLatestRow {
	measure: string;
	year: number;
	period: string;
	unit: string;
	source: string;
}

export const LA_LATEST_SQL = `
${LATEST_YEARS}
SELECT DISTINCT li.measure, li.year, li.period, li.unit, li.source
FROM la_indicators li
JOIN latest USING (measure, year)
WHERE li.geography_level = 'local_authority'
ORDER BY li.measure`;
