/**
 * National-scale data for `npm run bench`, made inside DuckDB with range()
 * (no file ships): run against the loaded tables, in order.
 */

const REGIONS = ['North East', 'North West', 'Yorkshire and The Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West'];
const regionOf = (i: string) => `[${REGIONS.map((r) => `'${r}'`).join(', ')}][1 + (${i}) % ${REGIONS.length}]`;
const SYNTHETIC_SERVICES = 155; // plus the 5 real ones: 160

/**
 * 160 services (the 5 real ones and 155 made up, marked `bench`), 3
 * inspections each with the 13 standards rated, and 10 years of the six LAIT
 * indicators for every one of their local authorities. Made inside DuckDB.
 */
export const NATIONAL_SQL = [
	`INSERT INTO services
	 SELECT 'bench-' || lpad(i::VARCHAR, 3, '0'), 'Bench Youth Justice Service ' || i::VARCHAR, 'Bench LA ' || i::VARCHAR, 'England',
	        ${regionOf('i')}, 2000 + i, 'bench'
	 FROM range(1, ${SYNTHETIC_SERVICES + 1}) t(i)`,
	`CREATE OR REPLACE TEMP TABLE bench_standards AS SELECT DISTINCT standard_code, domain, standard_name, in_score FROM ratings`,
	`CREATE OR REPLACE TEMP TABLE bench_inspections AS
	 SELECT s.service_id, s.service_id || '-' || y::VARCHAR AS inspection_id, y AS year
	 FROM services s, (VALUES (2019), (2022), (2024)) v(y) WHERE s.source = 'bench'`,
	`INSERT INTO ratings
	 SELECT inspection_id, standard_code, domain, standard_name,
	        ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'][1 + p], p, in_score, 'bench'
	 FROM (SELECT i.inspection_id, st.*, (hash(i.inspection_id || st.standard_code) % 4)::INTEGER AS p
	       FROM bench_inspections i, bench_standards st)`,
	`INSERT INTO inspections
	 SELECT i.inspection_id, i.service_id, i.year::VARCHAR || '-06', i.year::VARCHAR || '-03', 'revised', sc.score, 36,
	        CASE WHEN sc.score >= 31 THEN 'Outstanding' WHEN sc.score >= 19 THEN 'Good' WHEN sc.score >= 7 THEN 'Requires improvement' ELSE 'Inadequate' END,
	        'bench', 'bench'
	 FROM bench_inspections i
	 JOIN (SELECT inspection_id, sum(points)::INTEGER AS score FROM ratings WHERE in_score AND source = 'bench' GROUP BY ALL) sc USING (inspection_id)`,
	`CREATE OR REPLACE TEMP TABLE bench_measures AS SELECT DISTINCT measure, unit FROM la_indicators`,
	`INSERT INTO la_indicators
	 SELECT s.local_authority, s.dfe_la_number, s.region, 'local_authority', m.measure, m.unit,
	        y::VARCHAR || '-' || right((y + 1)::VARCHAR, 2), y, round(10 + (hash(s.service_id || m.measure || y::VARCHAR) % 9000) / 10.0, 1), false, NULL, 'bench'
	 FROM services s, bench_measures m, range(2016, 2026) t(y) WHERE s.source = 'bench'`
];

export const STRESS_ROWS = 1_000_000;
/** la_indicators grown by 1,000,000 rows of made-up local authorities (16,667 × 6 measures × 10 years). */
export const STRESS_SQL = [
	`INSERT INTO la_indicators
	 SELECT 'Bench stress LA ' || (i // 60)::VARCHAR, 10000 + (i // 60), ${regionOf('i // 60')}, 'local_authority',
	        m.measure, m.unit, (2016 + (i // 6) % 10)::VARCHAR || '-' || right((2017 + (i // 6) % 10)::VARCHAR, 2), 2016 + (i // 6) % 10,
	        round((hash(i) % 10000) / 10.0, 1), false, NULL, 'bench'
	 FROM range(${STRESS_ROWS}) t(i)
	 JOIN (SELECT measure, unit, row_number() OVER (ORDER BY measure) - 1 AS k FROM bench_measures) m ON m.k = i % 6`
];

/** A representative filter over the big table: one measure, a span of years, by region. */
export const STRESS_QUERY = {
	sql: `SELECT region, year, avg(value) AS mean, count(*) AS n FROM la_indicators
	      WHERE measure = ? AND year BETWEEN ? AND ? AND geography_level = 'local_authority' GROUP BY ALL ORDER BY ALL`,
	params: ['first_time_entrant_rate', 2018, 2024]
};

