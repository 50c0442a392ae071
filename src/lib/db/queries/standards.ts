/**
 * SQL of the standards explorer (`/standards`): ratings, key questions,
 * inspectors' findings and the rating-versus-key-question checks, for a set of
 * services and domains.
 *
 * Each query takes the service ids as its first `?` parameter and (all but
 * the inspections query) the domain codes as its second, each comma-separated. The build passes every service and every
 * domain (so the prerendered page can show any linked view before the browser
 * database is ready); the browser passes the URL's services and the selected
 * domain. Shaping lives in `src/lib/charts/standards/`.
 */
import type { KeyQuestionColumns } from './rows';

/** Domain code of a standard code ('2.2' -> '2') or of a domain-level code ('2' -> '2'). */
const DOMAIN_OF = (column: string) => `split_part(${column}, '.', 1)`;
/** 1-based line number of a `data/reports/<file>:<line>` citation, for report order. */
const LINE_OF = (column: string) => `TRY_CAST(split_part(${column}, ':', 2) AS INTEGER)`;
const IN_SERVICES = (column: string) => `list_contains(string_split(?, ','), ${column})`;
const IN_DOMAINS = (expr: string) => `list_contains(string_split(?, ','), ${expr})`;

export interface StandardsInspectionRow {
	inspection_id: string;
	service_id: string;
	service_name: string;
	local_authority: string;
	/** `original` (Hartlepool 2020: 3.4 Joint working, no 4.1) or `revised`. */
	framework: string;
	fieldwork: string | null;
	published: string | null;
}

/** One row per inspection of the chosen services. Its only parameter is the service ids. */
export const STANDARDS_INSPECTIONS_SQL = `
SELECT i.inspection_id, s.service_id, s.service_name, s.local_authority, i.framework, i.fieldwork, i.published
FROM inspections i
JOIN services s ON s.service_id = i.service_id
WHERE ${IN_SERVICES('s.service_id')}
ORDER BY s.local_authority`;

export interface StandardsRatingRow {
	inspection_id: string;
	standard_code: string;
	domain: string;
	/** Name as printed on the report's ratings page (Hartlepool's 3.4 is "Joint working"). */
	standard_name: string;
	rating: string;
	points: number;
	source: string;
}

export const STANDARDS_RATINGS_SQL = `
SELECT r.inspection_id, r.standard_code, r.domain, r.standard_name, r.rating, r.points, r.source
FROM ratings r
JOIN inspections i ON i.inspection_id = r.inspection_id
WHERE ${IN_SERVICES('i.service_id')} AND ${IN_DOMAINS('r.domain')}
ORDER BY r.inspection_id, r.standard_code`;

export type StandardsKeyQuestionRow = KeyQuestionColumns;

/** The key questions that rate each standard (annexe sub-questions left out), in report order. */
export const STANDARDS_KEY_QUESTIONS_SQL = `
SELECT k.inspection_id, k.standard_code, k.aspect, k.question, k.pct_yes, k.n_yes, k.n_cases, k.derived, k.source, k.n_cases_basis, k.ci_low, k.ci_high
FROM key_questions k
JOIN inspections i ON i.inspection_id = k.inspection_id
WHERE k.level = 'key_question' AND ${IN_SERVICES('i.service_id')} AND ${IN_DOMAINS(DOMAIN_OF('k.standard_code'))}
ORDER BY k.inspection_id, k.standard_code, ${LINE_OF('k.source')}`;

export interface StandardsFindingRow {
	inspection_id: string;
	/** A standard (`1.1`) or a whole domain (`2`), as the report prints them. */
	standard_code: string;
	kind: 'strength' | 'improvement' | 'narrative';
	text: string;
	source: string;
	/** Last line of a narrative paragraph; null (or absent) for a bullet. */
	line_end?: number | null;
}

/** Strengths, areas for improvement and inspectors' prose (not recommendations), in report order. */
export const STANDARDS_FINDINGS_SQL = `
SELECT f.inspection_id, f.standard_code, f.kind, f.text, f.source, f.line_end
FROM findings f
JOIN inspections i ON i.inspection_id = f.inspection_id
WHERE f.kind IN ('strength', 'improvement', 'narrative') AND f.standard_code IS NOT NULL
  AND ${IN_SERVICES('i.service_id')} AND ${IN_DOMAINS(DOMAIN_OF('f.standard_code'))}
ORDER BY f.inspection_id, f.standard_code, ${LINE_OF('f.source')}`;

export interface StandardsCheckRow {
	inspection_id: string;
	/** The standard code checked. */
	subject: string;
	/** `pass`, `discretion` (differs; the report says why) or `flag` (differs; unexplained). */
	status: string;
	/** Band of the lowest key question. */
	expected: string | null;
	/** Rating printed. */
	actual: string | null;
	detail: string | null;
	source: string;
}

/** Each case-based standard's rating against the band of its lowest key question. */
export const STANDARDS_CHECKS_SQL = `
SELECT c.inspection_id, c.subject, c.status, c.expected, c.actual, c.detail, c.source
FROM checks c
JOIN inspections i ON i.inspection_id = c.inspection_id
WHERE c.check_id = 'standard_vs_key_questions' AND ${IN_SERVICES('i.service_id')} AND ${IN_DOMAINS(DOMAIN_OF('c.subject'))}
ORDER BY c.inspection_id, c.subject`;

/** The `?` parameters of the ratings, key-question, findings and checks queries, in order. */
export function standardsParams(serviceIds: readonly string[], domains: readonly string[]): [string, string] {
	return [serviceIds.join(','), domains.join(',')];
}

/** The queries by the rows they give (`inspections` takes the service ids only; the others, `standardsParams`). */
export const STANDARDS_SQL = {
	inspections: STANDARDS_INSPECTIONS_SQL,
	ratings: STANDARDS_RATINGS_SQL,
	keyQuestions: STANDARDS_KEY_QUESTIONS_SQL,
	findings: STANDARDS_FINDINGS_SQL,
	checks: STANDARDS_CHECKS_SQL
} as const;

/** Every domain, for the build-time load. */
export const ALL_DOMAINS = ['1', '2', '3', '4'] as const;
