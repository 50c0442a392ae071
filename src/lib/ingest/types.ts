/**
 * Records the ingest produces: one `ParsedReport` per inspection report.
 * Every record carries `source` = `data/reports/<file>:<line>`.
 */
import type { Aspect, FrameworkId, Rating } from '../framework';

export interface RatingRecord {
	standard_code: string;
	/** The standard's name as printed on the ratings page. */
	standard_name: string;
	rating: Rating;
	source: string;
}

export interface KeyQuestionRecord {
	standard_code: string;
	level: 'key_question' | 'sub_question';
	aspect: Aspect | 'other';
	/** The question as printed (whitespace folded, wrapped lines joined). */
	question: string;
	pct_yes: number | null;
	n_yes: number | null;
	n_cases: number | null;
	/** True when pct_yes was computed by us from printed counts. */
	derived: boolean;
	source: string;
}

export interface FactRecord {
	/** snake_case measure id, e.g. `first_time_entrant_rate`. */
	measure: string;
	/** `service` for the service's own figure, else the comparator as printed. */
	area: string;
	value: number;
	/** e.g. `per 100,000 aged 10-17`, `%`, `count`, `GBP`, `days`. */
	unit: string;
	period: string | null;
	source: string;
	/** True when the figure was read from a prose sentence, not a table. */
	from_prose: boolean;
	/** The sentence (prose) or table row the figure was read from. */
	source_text: string;
	/** True when the report qualifies the figure ("almost 112,000", "about 60 per cent"); absent otherwise. */
	approximate?: boolean;
	/** The figure's own footnote, as printed (a source or a caveat); null or absent when it has none. */
	note?: string | null;
}

export interface DemographicRecord {
	dimension: 'age' | 'ethnicity' | 'gender';
	category: string;
	population: 'caseload' | 'comparator';
	/** As printed: e.g. `National average`, `West Sussex youth population`. */
	population_label: string;
	pct: number;
	source: string;
}

export interface FindingRecord {
	/** Standard code (`2.2`), domain code (`2`), or null for the whole inspection. */
	standard_code: string | null;
	/** `narrative`: a paragraph of inspectors' prose under a standard or domain (see `narrative.ts`). */
	kind: 'strength' | 'improvement' | 'recommendation' | 'narrative';
	/** Recommendation number as printed; null for strengths and improvements. */
	number: number | null;
	/** For recommendations: who it is addressed to, as printed. */
	addressed_to: string | null;
	text: string;
	source: string;
	/** Last line a narrative paragraph spans (its first is `source`); absent for the other kinds. */
	line_end?: number;
}

export interface ParsedReport {
	file: string;
	service_name: string;
	service_name_source: string;
	framework: FrameworkId;
	score: number;
	score_max: number;
	score_source: string;
	overall_rating: Rating;
	overall_rating_source: string;
	ratings: RatingRecord[];
	/** e.g. `2022-03` or `2022-03-14`; null when not stated. */
	fieldwork: string | null;
	fieldwork_source: string | null;
	published: string | null;
	published_source: string | null;
	key_questions: KeyQuestionRecord[];
	facts: FactRecord[];
	demographics: DemographicRecord[];
	findings: FindingRecord[];
	/** "we have made six recommendations": the count the report states, for validation. */
	stated_recommendations: { count: number; source: string } | null;
}

export class ReportParseError extends Error {
	constructor(
		readonly file: string,
		readonly missing: string
	) {
		super(`${file}: not an inspection report: ${missing}`);
		this.name = 'ReportParseError';
	}
}
