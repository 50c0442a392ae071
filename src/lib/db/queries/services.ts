/**
 * Service profile queries: everything one inspection report says, each
 * query taking the inspection id as its only `?` parameter.
 */
import type { FactValueColumns, KeyQuestionColumns } from './rows';
export { REPORT_INSPECTIONS_SQL, type ReportInspectionRow } from './scoreDistribution';

export interface ProfileRatingRow {
	inspection_id: string;
	standard_code: string;
	domain: string;
	standard_name: string;
	rating: string;
	points: number;
	in_score: boolean;
	source: string;
}

export const PROFILE_RATINGS_SQL = `
SELECT inspection_id, standard_code, domain, standard_name, rating, points, in_score, source
FROM ratings
WHERE inspection_id = ?
ORDER BY standard_code`;

export type ProfileKeyQuestionRow = KeyQuestionColumns;

/** The key questions that rate each case-based standard (annexe sub-questions left out). */
export const PROFILE_KEY_QUESTIONS_SQL = `
SELECT inspection_id, standard_code, aspect, question, pct_yes, n_yes, n_cases, derived, source, n_cases_basis, ci_low, ci_high
FROM key_questions
WHERE inspection_id = ? AND level = 'key_question'
ORDER BY standard_code`;

export interface ProfileFactRow extends FactValueColumns {
	inspection_id: string;
	measure: string;
	area: string;
	/** The figure's own footnote, where the facts table publishes one. */
	note?: string | null;
	source: string;
}

/**
 * Every fact of the inspection. `*` on purpose: the table may gain columns
 * (e.g. a figure's footnote) and the profile shows them when present.
 */
export const PROFILE_FACTS_SQL = `
SELECT *
FROM facts
WHERE inspection_id = ?`;

export interface ProfileDemographicRow {
	inspection_id: string;
	dimension: string;
	category: string;
	population: string;
	population_label: string;
	pct: number | null;
	source: string;
}

export const PROFILE_DEMOGRAPHICS_SQL = `
SELECT inspection_id, dimension, category, population, population_label, pct, source
FROM demographics
WHERE inspection_id = ?`;

export interface ProfileFindingRow {
	inspection_id: string;
	standard_code: string | null;
	kind: string;
	number: number | null;
	addressed_to: string | null;
	text: string;
	source: string;
	/** Last line of a narrative paragraph; null for the other kinds. */
	line_end?: number | null;
}

export const PROFILE_FINDINGS_SQL = `
SELECT inspection_id, standard_code, kind, number, addressed_to, text, source, line_end
FROM findings
WHERE inspection_id = ?`;

export interface ProfileCheckRow {
	inspection_id: string;
	check_id: string;
	subject: string;
	status: string;
	expected: string | null;
	actual: string | null;
	detail: string | null;
	source: string;
}

export const PROFILE_CHECKS_SQL = `
SELECT inspection_id, check_id, subject, status, expected, actual, detail, source
FROM checks
WHERE inspection_id = ?`;

export interface ServiceRow {
	service_id: string;
	service_name: string;
	local_authority: string;
	country: string;
	region: string | null;
	dfe_la_number: number | null;
	source: string;
}

export const SERVICE_SQL = `
SELECT service_id, service_name, local_authority, country, region, dfe_la_number, source
FROM services
WHERE service_id = ?`;

const INSPECTIONS_WITH_SERVICE = `
SELECT i.inspection_id, s.service_id, s.service_name, s.local_authority, i.published, i.fieldwork, i.framework,
       i.score, i.score_max, i.overall_rating, i.overall_rating_source, i.source
FROM inspections i
JOIN services s ON s.service_id = i.service_id`;

/** One report inspection with its service (the profile of a report added in this browser). */
export const INSPECTION_SQL = `${INSPECTIONS_WITH_SERVICE}
WHERE i.inspection_id = ?`;

/** Every report inspection of one service, oldest first (a register service's reports added in this browser: `added-<slug>`). */
export const SERVICE_INSPECTIONS_SQL = `${INSPECTIONS_WITH_SERVICE}
WHERE s.service_id = ?
ORDER BY i.fieldwork`;

/** Every service id, for prerendering one profile per service. */
export const SERVICE_IDS_SQL = `SELECT service_id FROM services ORDER BY service_id`;
