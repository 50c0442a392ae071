/**
 * Example queries for the SQL console: each answers a question analysts ask,
 * over the published tables only. Browser tests run every one and check its
 * answer against the published CSV files (tests/browser/data.test.ts).
 */
export interface ExampleQuery {
	id: string;
	question: string;
	sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
	{
		id: 'planning-below-good',
		question: 'Which services were rated below Good on 2.2 Planning, and what was their lowest key question?',
		sql: `-- Services rated below Good on standard 2.2, with the key question that had the lowest % 'Yes'
SELECT s.service_name, r.rating, k.question AS lowest_key_question, k.pct_yes
FROM ratings r
JOIN inspections i USING (inspection_id)
JOIN services s USING (service_id)
JOIN key_questions k
  ON k.inspection_id = r.inspection_id AND k.standard_code = r.standard_code AND k.level = 'key_question'
WHERE r.standard_code = '2.2' AND r.points < 2
QUALIFY row_number() OVER (PARTITION BY r.inspection_id ORDER BY k.pct_yes, k.question) = 1
ORDER BY k.pct_yes, s.service_name`
	},
	{
		id: 'fte-neighbour-median',
		question: "What was each service's first-time entrant rate in 2024, and the median of its ten statistical neighbours?",
		sql: `-- First-time entrants per 100,000 aged 10-17, 2024 (DfE LAIT), against the median of the ten DfE statistical neighbours
SELECT s.service_name,
  own.value AS fte_rate_2024,
  median(peer.value) AS neighbour_median_2024,
  count(peer.value) AS neighbours_with_a_figure
FROM services s
LEFT JOIN la_indicators own
  ON own.dfe_la_number = s.dfe_la_number AND own.measure = 'first_time_entrant_rate' AND own.year = 2024
LEFT JOIN statistical_neighbours n ON n.la_number = s.dfe_la_number
LEFT JOIN la_indicators peer
  ON peer.dfe_la_number = n.neighbour_la_number AND peer.measure = 'first_time_entrant_rate' AND peer.year = 2024
GROUP BY s.service_name, own.value
ORDER BY s.service_name`
	},
	{
		id: 'ratings-by-year',
		question: 'How many youth justice inspections got each overall rating, year by year (all services, not only the five reports)?',
		sql: `-- Every youth justice inspection with a publication date, by the year it was published and its overall rating
PIVOT (
  SELECT left(published, 4) AS year_published, overall_rating
  FROM national_scores
  WHERE published IS NOT NULL
)
ON overall_rating IN ('Outstanding', 'Good', 'Requires improvement', 'Inadequate')
USING count(*)
GROUP BY year_published
ORDER BY year_published`
	},
	{
		id: 'key-questions-below-half',
		question: "Which key questions had fewer than half of the inspected cases answered 'Yes'?",
		sql: `-- Key questions below 50% 'Yes' (the band that rates a standard Inadequate), lowest first
SELECT s.service_name, k.standard_code, k.question, k.pct_yes
FROM key_questions k
JOIN inspections i USING (inspection_id)
JOIN services s USING (service_id)
WHERE k.level = 'key_question' AND k.pct_yes < 50
ORDER BY k.pct_yes, s.service_name, k.standard_code`
	}
];
