/**
 * SQL of the peers view (`/peers`): a register service's local authority and
 * its ten DfE statistical neighbours, with their LAIT indicators and
 * inspection scores. The service is one comma-separated `?` parameter of
 * register slugs (the build passes the report services, the browser the URL's
 * one); shaping lives in `src/lib/views/peers/`.
 *
 * Which authority (PEER_AUTHORITY, the one rule): an English service's member
 * authority in LAIT, the first alphabetically. A single-authority service is
 * its authority; a joint service (e.g. Bedfordshire: Bedford Borough and
 * Central Bedfordshire) is shown through its first member authority, and the
 * page says so (the service's profile shows every member's neighbours). Welsh
 * services have no LAIT figures or DfE neighbours, so no row.
 */

/** Each English register service's authority for the peers view (see above). */
const PEER_AUTHORITY = `
SELECT r.service_id, r.service_name, f.la_name AS local_authority, f.dfe_la_number
FROM service_register r
JOIN service_footprints f ON f.service_id = r.service_id AND f.in_lait AND f.dfe_la_number IS NOT NULL
WHERE r.nation = 'England'
QUALIFY row_number() OVER (PARTITION BY r.service_id ORDER BY f.la_name) = 1`;

/** The service's own authority is rank 0; neighbours are ranked 1 (closest) to 10. */
const PEER_GROUP = `
svc AS (
  SELECT * FROM (${PEER_AUTHORITY}) a
  WHERE list_contains(string_split(?, ','), a.service_id)
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

/**
 * Every register service (for the URL allow-list: Welsh ones too, which get a
 * sentence instead of a chart), the authority the view shows for it (null in
 * Wales), its member authorities, whether it has an inspection report here,
 * and the years with LAIT data.
 */
export interface PeersBoundsRow {
	service_id: string;
	service_name: string;
	nation: string;
	joint: boolean;
	/** Member authorities, `;`-separated, as the register lists them. */
	la_names: string;
	holds_report: boolean;
	/** The authority shown (PEER_AUTHORITY); null for a Welsh service. */
	local_authority: string | null;
	min_year: number;
	max_year: number;
}

export const PEERS_BOUNDS_SQL = `
SELECT r.service_id, r.service_name, r.nation, r.joint, r.la_names, r.holds_report, a.local_authority,
       (SELECT min(year) FROM la_indicators WHERE measure IN ('first_time_entrant_rate', 'reoffending_rate_15_17', 'youth_justice_spend')) AS min_year,
       (SELECT max(year) FROM la_indicators WHERE measure IN ('first_time_entrant_rate', 'reoffending_rate_15_17', 'youth_justice_spend')) AS max_year
FROM service_register r
LEFT JOIN (${PEER_AUTHORITY}) a ON a.service_id = r.service_id
ORDER BY r.service_id`;
