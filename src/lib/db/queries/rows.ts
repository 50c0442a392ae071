/**
 * Column sets several queries select from the same table, typed once: a
 * query's row type is one of these plus the columns it adds (`service_id`,
 * `local_authority`, …).
 */

/** A key question's columns (`key_questions`, level `key_question`). */
export interface KeyQuestionColumns {
	inspection_id: string;
	standard_code: string;
	/** `desistance`, `safety_of_child`, `safety_of_others` or `other` (Hartlepool's 3.4 Joint working). */
	aspect: string;
	question: string;
	pct_yes: number | null;
	n_yes: number | null;
	n_cases: number | null;
	/** True where we computed pct_yes from the printed counts (Hartlepool). */
	derived: boolean | null;
	source: string;
	/** What n_cases is: `printed_for_question` or `domain_cases_inspected` (approximate); null without a sample. */
	n_cases_basis: string | null;
	/** 95% Wilson interval of pct_yes, percentage points. */
	ci_low: number | null;
	ci_high: number | null;
}

/** A printed figure's value columns (`facts`). */
export interface FactValueColumns {
	value: number | null;
	unit: string | null;
	period: string | null;
	from_prose: boolean | null;
	approximate: boolean | null;
	source_text: string | null;
}

/** A figure a report prints, with its service; a service with none has `measure` null (left join). */
export interface ServiceFactColumns extends FactValueColumns {
	service_id: string;
	service_name: string;
	local_authority: string;
	inspection_id: string;
	fieldwork: string | null;
	measure: string | null;
	/** The figure's footnote as printed (its publication and period), if any. */
	note: string | null;
	source: string | null;
}
