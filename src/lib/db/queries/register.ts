/**
 * The service register and each service's inspection history (tables built
 * by src/lib/register). Parameters are always `?` values.
 */
import type { FootprintRow as RegisterFootprintRow, RegisterRow as PublishedRegisterRow } from '../../register/register';

/** A `service_register` row as the views read it (every column but the register's source). */
export type RegisterRow = Omit<PublishedRegisterRow, 'source'>;

const REGISTER_COLUMNS = `service_id, service_name, nation, region, la_names, dfe_la_numbers, joint, report_service_id,
       inspections_count, latest_inspection_key, latest_published_label, latest_sort_date, latest_framework,
       latest_rating, latest_score, holds_report, holds_public_ratings, holds_lait`;

export const REGISTER_LIST_SQL = `SELECT ${REGISTER_COLUMNS} FROM service_register ORDER BY service_name`;
export const REGISTER_SERVICE_SQL = `SELECT ${REGISTER_COLUMNS} FROM service_register WHERE service_id = ?`;

export interface HistoryRow {
	inspection_key: string;
	service_id: string;
	framework: string;
	variant: string | null;
	product: string;
	published_label: string;
	published_precision: string;
	sort_date: string;
	overall_rating: string | null;
	rating_source: string | null;
	score: number | null;
	score_source: string | null;
	comparable: boolean;
	trust: string;
	source_kind: string;
	report_inspection_id: string | null;
	sources_count: number;
	note: string | null;
}

export const SERVICE_HISTORY_SQL = `
SELECT inspection_key, service_id, framework, variant, product, published_label, published_precision, sort_date,
       overall_rating, rating_source, score, score_source, comparable, trust, source_kind, report_inspection_id,
       sources_count, note
FROM inspection_history
WHERE service_id = ?
ORDER BY sort_date`;

export interface InspectionSourceRow {
	inspection_key: string;
	source_rank: number;
	source_kind: string;
	trust: string;
	published_as_stated: string | null;
	rating_as_stated: string | null;
	score_as_stated: string | null;
	used_for: string;
	source: string;
}

export const SERVICE_SOURCES_SQL = `
SELECT s.inspection_key, s.source_rank, s.source_kind, s.trust, s.published_as_stated, s.rating_as_stated,
       s.score_as_stated, s.used_for, s.source
FROM inspection_sources s
JOIN inspection_history h ON h.inspection_key = s.inspection_key
WHERE h.service_id = ?
ORDER BY s.inspection_key, s.source_rank`;

export interface AreaRatingRow {
	inspection_key: string;
	framework: string;
	level: string;
	code: string;
	rating: string;
	trust: string;
	source: string;
	note: string | null;
}

export const SERVICE_AREAS_SQL = `
SELECT a.inspection_key, a.framework, a.level, a.code, a.rating, a.trust, a.source, a.note
FROM inspection_area_ratings a
JOIN inspection_history h ON h.inspection_key = a.inspection_key
WHERE h.service_id = ?
ORDER BY a.inspection_key, a.level, a.code`;

/** A footprint row of the register (`register/register.ts`) without its source. */
export type FootprintRow = Omit<RegisterFootprintRow, 'source'>;

export const SERVICE_FOOTPRINT_SQL = `
SELECT service_id, la_name, dfe_la_number, region, in_lait
FROM service_footprints
WHERE service_id = ?`;

/**
 * The latest inspection of every service, for the national picture. A report added in this browser
 * (src/lib/add: an `added-` key in `inspection_history`, a 2025-framework report of a register service)
 * is its service's latest; the published tables hold no such key, so the build's rows are unchanged.
 */
export const LATEST_INSPECTIONS_SQL = `
WITH added AS (
  SELECT service_id, max(inspection_key) AS inspection_key
  FROM inspection_history
  WHERE starts_with(inspection_key, 'added-')
  GROUP BY service_id
)
SELECT h.inspection_key, h.service_id, r.service_name, r.nation, h.framework, h.product, h.published_label, h.sort_date,
       h.overall_rating, h.score, h.comparable, h.source_kind, h.rating_source
FROM service_register r
LEFT JOIN added a ON a.service_id = r.service_id
JOIN inspection_history h ON h.inspection_key = coalesce(a.inspection_key, r.latest_inspection_key)
ORDER BY h.sort_date DESC NULLS LAST, r.service_name`;

export interface LatestInspectionRow {
	inspection_key: string;
	service_id: string;
	service_name: string;
	nation: string;
	framework: string;
	product: string;
	published_label: string;
	sort_date: string;
	overall_rating: string | null;
	score: number | null;
	comparable: boolean;
	source_kind: string;
	rating_source: string | null;
}

/**
 * LAIT series of a service's member authorities, their regions and England,
 * as `TrendRow`s keyed by authority (`service_id` = the DfE LA number), so the
 * context view's trend model draws one labelled panel per member authority.
 * Parameter: the service id.
 */
export const FOOTPRINT_TRENDS_SQL = `
WITH chosen AS (
  SELECT la_name, dfe_la_number, region FROM service_footprints WHERE service_id = ? AND in_lait
)
SELECT CAST(c.dfe_la_number AS VARCHAR) AS service_id, c.la_name AS local_authority, li.la_name, li.geography_level,
       li.measure, li.unit, li.period, li.year, li.value, li.suppressed, li.flag, li.source
FROM chosen c
JOIN la_indicators li ON li.geography_level = 'local_authority' AND li.dfe_la_number = c.dfe_la_number
UNION ALL
SELECT CAST(c.dfe_la_number AS VARCHAR) AS service_id, c.la_name AS local_authority, li.la_name, li.geography_level,
       li.measure, li.unit, li.period, li.year, li.value, li.suppressed, li.flag, li.source
FROM chosen c
JOIN la_indicators li ON li.geography_level = 'england' OR (li.geography_level = 'region' AND li.la_name = c.region)
WHERE li.geography_level IN ('region', 'england')
ORDER BY service_id, measure, geography_level, year`;

/**
 * Each member authority (rank 0) and its ten DfE statistical neighbours with
 * their LAIT values, as `PeerIndicatorRow`s keyed by the member authority's
 * DfE LA number. Parameter: the service id.
 */
export const FOOTPRINT_PEERS_SQL = `
WITH members AS (
  SELECT la_name, dfe_la_number FROM service_footprints WHERE service_id = ? AND in_lait
),
grp AS (
  SELECT dfe_la_number AS member, dfe_la_number AS la_number, la_name, 0 AS rank, CAST(NULL AS VARCHAR) AS closeness FROM members
  UNION ALL
  SELECT m.dfe_la_number, n.neighbour_la_number, n.neighbour_la_name, n.rank, n.closeness
  FROM members m JOIN statistical_neighbours n ON n.la_number = m.dfe_la_number
)
SELECT CAST(g.member AS VARCHAR) AS service_id, g.la_number, g.la_name, g.rank, g.closeness,
       li.measure, li.period, li.year, li.value, li.suppressed, li.flag
FROM grp g
LEFT JOIN la_indicators li
  ON li.geography_level = 'local_authority' AND li.dfe_la_number = g.la_number
  AND li.measure IN ('first_time_entrant_rate', 'reoffending_rate_15_17', 'youth_justice_spend')
ORDER BY service_id, g.rank, li.measure, li.year`;

export const REGISTER_COUNT_SQL = `SELECT CAST(count(*) AS INTEGER) AS n FROM service_register`;
