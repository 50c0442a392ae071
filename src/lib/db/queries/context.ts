/**
 * SQL of the context view (`/context`) and the rows each query returns.
 *
 * Every query takes the chosen services as one comma-separated `?` parameter
 * (`list_contains(string_split(?, ','), …)`): one placeholder works for any
 * number of services in both DuckDB back ends. The build passes every
 * service (and every measure and year), the browser only the URL's choice,
 * and the shaping functions in `src/lib/views/context/` filter either way.
 */
import type { ServiceFactColumns } from './rows';

/** One figure a report prints (or a service with none: measure is null). */
export interface ReportFigureRow extends ServiceFactColumns {
	area: string | null;
}

/** First-time entrant and reoffending rates as each report prints them, with its England and Wales figure. */
export const REPORT_FIGURES_SQL = `
SELECT s.service_id, s.service_name, s.local_authority, i.inspection_id, i.fieldwork,
       f.measure, f.area, f.value, f.unit, f.period, f.from_prose, f.approximate, f.source_text, f.note, f.source
FROM services s
JOIN inspections i ON i.service_id = s.service_id
LEFT JOIN facts f ON f.inspection_id = i.inspection_id
  AND f.measure IN ('first_time_entrant_rate', 'reoffending_rate')
  AND f.area IN ('service', 'England and Wales')
WHERE list_contains(string_split(?, ','), s.service_id)
ORDER BY s.service_id, i.fieldwork, f.measure, f.area`;

/** One LAIT value of a service's local authority, its region or England. */
export interface TrendRow {
	service_id: string;
	local_authority: string;
	la_name: string;
	geography_level: 'local_authority' | 'region' | 'england';
	measure: string;
	unit: string;
	period: string;
	year: number;
	value: number | null;
	suppressed: boolean | null;
	flag: string | null;
	source: string;
}

/**
 * LAIT series for the chosen services' local authorities (via
 * `services.dfe_la_number`), their region and England.
 * Parameters: services (comma-separated ids), measures (comma-separated
 * `la_indicators.measure` ids), first year, last year.
 */
export const TRENDS_SQL = `
WITH chosen AS (
  SELECT service_id, local_authority, dfe_la_number, region
  FROM services
  WHERE country = 'England' AND list_contains(string_split($1, ','), service_id)
)
-- Each authority's own rows, by an equality join: DuckDB hashes the few chosen authorities and probes
-- the table with them (skipping blocks outside their range of numbers), instead of testing every row
-- against OR-ed conditions. At a million rows: about 7 ms instead of 90 (DuckDB-WASM under Node).
SELECT c.service_id, c.local_authority, li.la_name, li.geography_level, li.measure, li.unit,
       li.period, li.year, li.value, li.suppressed, li.flag, li.source
FROM chosen c
JOIN la_indicators li ON li.geography_level = 'local_authority' AND li.dfe_la_number = c.dfe_la_number
WHERE list_contains(string_split($2, ','), li.measure) AND li.year BETWEEN $3 AND $4
UNION ALL
-- Their region's and England's rows: a few hundred in the whole table.
SELECT c.service_id, c.local_authority, li.la_name, li.geography_level, li.measure, li.unit,
       li.period, li.year, li.value, li.suppressed, li.flag, li.source
FROM chosen c
JOIN la_indicators li ON li.geography_level = 'england' OR (li.geography_level = 'region' AND li.la_name = c.region)
WHERE li.geography_level IN ('region', 'england')
  AND list_contains(string_split($2, ','), li.measure) AND li.year BETWEEN $3 AND $4
ORDER BY service_id, measure, geography_level, year`;

/** A service's youth population from its report, paired with LAIT spend for the same year. */
export interface SpendPairRow {
	service_id: string;
	service_name: string;
	local_authority: string;
	inspection_id: string;
	fieldwork: string | null;
	youth_population: number | null;
	population_period: string | null;
	population_year: number | null;
	population_source: string | null;
	spend: number | null;
	spend_period: string | null;
	spend_suppressed: boolean | null;
	spend_flag: string | null;
	spend_source: string | null;
}

/**
 * Pairing rule: a population for (mid-)year Y is paired with the spend of
 * financial year Y-(Y+1), which contains the middle of year Y (LAIT's `year`
 * is the financial year's start). No population, or no year in its period,
 * gives no pair. Parameter: services (comma-separated ids).
 */
export const SPEND_PAIRS_SQL = `
WITH pop AS (
  SELECT s.service_id, s.service_name, s.local_authority, s.dfe_la_number, i.inspection_id, i.fieldwork,
         p.value AS youth_population, p.period AS population_period, p.source AS population_source,
         TRY_CAST(regexp_extract(p.period, '([0-9]{4})', 1) AS INTEGER) AS population_year
  FROM services s
  JOIN inspections i ON i.service_id = s.service_id
  LEFT JOIN facts p ON p.inspection_id = i.inspection_id AND p.measure = 'youth_population' AND p.area = 'service'
  WHERE list_contains(string_split(?, ','), s.service_id)
)
SELECT pop.service_id, pop.service_name, pop.local_authority, pop.inspection_id, pop.fieldwork,
       pop.youth_population, pop.population_period, pop.population_year, pop.population_source,
       sp.value AS spend, sp.period AS spend_period, sp.suppressed AS spend_suppressed, sp.flag AS spend_flag,
       sp.source AS spend_source
FROM pop
LEFT JOIN la_indicators sp
  ON sp.geography_level = 'local_authority' AND sp.dfe_la_number = pop.dfe_la_number
  AND sp.measure = 'youth_justice_spend' AND sp.year = pop.population_year
ORDER BY pop.service_id, pop.fieldwork`;

/** Services (for the URL allow-list) and the LAIT year range (for the year controls). */
export interface ContextBoundsRow {
	service_id: string;
	service_name: string;
	min_year: number;
	max_year: number;
}

export const CONTEXT_BOUNDS_SQL = `
SELECT s.service_id, s.service_name,
       (SELECT min(year) FROM la_indicators WHERE measure = 'first_time_entrant_rate') AS min_year,
       (SELECT max(year) FROM la_indicators WHERE measure = 'first_time_entrant_rate') AS max_year
FROM services s
ORDER BY s.service_id`;
