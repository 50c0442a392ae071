/**
 * SQL of the peers view (`/peers`): a service's local authority and its ten
 * DfE statistical neighbours, with their LAIT indicators and inspection scores.
 * The service is one comma-separated `?` parameter (the build passes every
 * service, the browser the URL's one); shaping lives in `src/lib/charts/peers/`.
 */

/** The service's own authority is rank 0; neighbours are ranked 1 (closest) to 10. */
const PEER_GROUP = `
svc AS (
  SELECT service_id, service_name, local_authority, dfe_la_number
  FROM services
  WHERE country = 'England' AND list_contains(string_split(?, ','), service_id)
),
grp AS (
  SELECT service_id, service_name, dfe_la_number AS la_number, local_authority AS la_name, 0 AS rank,
         CAST(NULL AS VARCHAR) AS closeness
  FROM svc
  UNION ALL
  SELECT svc.service_id, svc.service_name, n.neighbour_la_number, n.neighbour_la_name, n.rank, n.closeness
  FROM svc JOIN statistical_neighbours n ON n.la_number = svc.dfe_la_number
)`;

export interface PeerIndicatorRow {
	service_id: string;
	la_number: number;
	la_name: string;
	rank: number;
	closeness: string | null;
	/** Null when LAIT has no row for this authority in the years asked for. */
	measure: string | null;
	period: string | null;
	year: number | null;
	value: number | null;
	suppressed: boolean | null;
	flag: string | null;
}

/**
 * Parameters: services (comma-separated ids), first year, last year.
 * No per-row `source`: every value comes from the same LAIT release, cited
 * once on the card (this keeps the prerendered page small).
 */
export const PEER_INDICATORS_SQL = `
WITH ${PEER_GROUP}
SELECT g.service_id, g.la_number, g.la_name, g.rank, g.closeness,
       li.measure, li.period, li.year, li.value, li.suppressed, li.flag
FROM grp g
LEFT JOIN la_indicators li
  ON li.geography_level = 'local_authority' AND li.dfe_la_number = g.la_number
  AND li.measure IN ('first_time_entrant_rate', 'reoffending_rate_15_17', 'youth_justice_spend')
  AND li.year BETWEEN ? AND ?
ORDER BY g.service_id, g.rank, li.measure, li.year`;

export interface PeerScoreRow {
	service_id: string;
	service_name: string;
	la_number: number;
	la_name: string;
	rank: number;
	closeness: string | null;
	/** Null when no comparable (/36) inspection covers this authority. */
	inspected_service: string | null;
	published: string | null;
	published_as_stated: string | null;
	score: number | null;
	overall_rating: string | null;
	report_url: string | null;
	la_names: string | null;
	source: string | null;
}

/**
 * Inspection scores of the peer group: every comparable (/36) inspection
 * whose footprint (`la_names`) includes the authority. Parameter: services.
 */
export const PEER_SCORES_SQL = `
WITH ${PEER_GROUP}
SELECT g.service_id, g.service_name, g.la_number, g.la_name, g.rank, g.closeness,
       ns.service AS inspected_service, ns.published, ns.published_as_stated, ns.score, ns.overall_rating,
       ns.report_url, ns.la_names, ns.source
FROM grp g
LEFT JOIN national_scores ns
  ON ns.comparable AND ns.score IS NOT NULL AND list_contains(string_split(ns.la_names, ';'), g.la_name)
ORDER BY g.service_id, g.rank, ns.published`;

/** Services (for the URL allow-list) and the years with LAIT data. */
export interface PeersBoundsRow {
	service_id: string;
	service_name: string;
	min_year: number;
	max_year: number;
}

export const PEERS_BOUNDS_SQL = `
SELECT s.service_id, s.service_name,
       (SELECT min(year) FROM la_indicators WHERE measure IN ('first_time_entrant_rate', 'reoffending_rate_15_17', 'youth_justice_spend')) AS min_year,
       (SELECT max(year) FROM la_indicators WHERE measure IN ('first_time_entrant_rate', 'reoffending_rate_15_17', 'youth_justice_spend')) AS max_year
FROM services s
WHERE s.country = 'England'
ORDER BY s.service_id`;
