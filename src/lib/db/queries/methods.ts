/**
 * The real rows behind the worked examples on /methods: a few key questions
 * (with their samples, intervals, ratings and any discretion check) and every
 * inspection's score. Fixed SQL, no user input.
 */

export interface MethodsKeyQuestionRow {
	inspection_id: string;
	standard_code: string;
	aspect: string;
	pct_yes: number;
	n_yes: number | null;
	n_cases: number | null;
	n_cases_basis: string | null;
	n_cases_source: string | null;
	ci_low: number | null;
	ci_high: number | null;
	derived: boolean;
	source: string;
	rating: string | null;
	rating_source: string | null;
	check_status: string | null;
	check_detail: string | null;
	check_source: string | null;
}

/** The examples: Hartlepool 2.2 (printed counts), West Sussex 2.3 (domain sample), Thurrock 2.2 and 3.2 (discretion). */
export const METHODS_KEY_QUESTIONS_SQL = `
SELECT k.inspection_id, k.standard_code, k.aspect, k.pct_yes, k.n_yes, k.n_cases, k.n_cases_basis, k.n_cases_source,
       k.ci_low, k.ci_high, k.derived, k.source, r.rating, r.source AS rating_source,
       c.status AS check_status, c.detail AS check_detail, c.source AS check_source
FROM key_questions k
LEFT JOIN ratings r ON r.inspection_id = k.inspection_id AND r.standard_code = k.standard_code
LEFT JOIN checks c ON c.inspection_id = k.inspection_id AND c.subject = k.standard_code AND c.check_id = 'standard_vs_key_questions'
WHERE k.level = 'key_question' AND k.pct_yes IS NOT NULL AND (
     (k.inspection_id = 'hartlepool-2020' AND k.standard_code = '2.2' AND k.aspect = 'safety_of_child')
  OR (k.inspection_id = 'west-sussex-2022' AND k.standard_code = '2.3' AND k.aspect = 'safety_of_others')
  OR (k.inspection_id = 'thurrock-2022' AND k.standard_code = '2.2' AND k.aspect = 'safety_of_child')
  OR (k.inspection_id = 'thurrock-2022' AND k.standard_code = '3.2' AND k.aspect = 'safety_of_child'))
ORDER BY k.inspection_id, k.standard_code`;

export interface MethodsScoreRow {
	inspection_id: string;
	local_authority: string;
	score: number | null;
	overall_rating: string;
	source: string;
}

export const METHODS_SCORES_SQL = `
SELECT i.inspection_id, s.local_authority, i.score, i.overall_rating, i.source
FROM inspections i JOIN services s ON s.service_id = i.service_id
ORDER BY i.score DESC, i.inspection_id`;
