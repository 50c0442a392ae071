/**
 * One report's text to one `ParsedReport`: the ratings page is required (no
 * ratings page, no inspection report); every other section is optional and
 * simply yields no records when a report does not print it.
 */
import { SCORE_MAX } from '../framework';
import { parseDemographics } from './demographics';
import { parseFacts } from './facts';
import { parseFindings, statedRecommendationCount } from './findings';
import { parseKeyQuestions } from './keyQuestions';
import { parseMeta, type ReportMeta } from './meta';
import { overallRatingFromProse, parseRatingsPage } from './ratings';
import { reportText } from './text';
import { ReportParseError, type FactRecord, type ParsedReport } from './types';

const CASE_MEASURES = {
	court: 'cases_inspected_court',
	out_of_court: 'cases_inspected_out_of_court',
	resettlement: 'cases_inspected_resettlement',
	total: 'cases_inspected_total'
} as const;

/** Cases inspected and interviews are figures like any other: published as facts. */
function inspectionFacts(meta: ReportMeta): FactRecord[] {
	const facts: FactRecord[] = meta.cases_inspected.map((c) => ({
		measure: CASE_MEASURES[c.kind],
		area: 'service',
		value: c.n,
		unit: 'count',
		period: null,
		source: c.source,
		from_prose: true,
		source_text: c.derived ? `${c.source_text} [total derived: sum of the printed parts]` : c.source_text
	}));
	const interviews = meta.case_manager_interviews;
	if (interviews) {
		facts.push({
			measure: 'case_manager_interviews',
			area: 'service',
			value: interviews.n,
			unit: 'count',
			period: null,
			source: interviews.source,
			from_prose: true,
			source_text: interviews.source_text
		});
	}
	return facts;
}

/** Reject what is plainly not text before trying to read it as a report. */
function assertReadableText(file: string, raw: string): void {
	if (raw.trim().length === 0) throw new ReportParseError(file, 'the file is empty');
	const sample = raw.slice(0, 4096);
	const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
	if (control > sample.length * 0.01) throw new ReportParseError(file, 'the file is binary, not text');
}

export function parseReport(file: string, raw: string): ParsedReport {
	assertReadableText(file, raw);
	const report = reportText(file, raw);
	const page = parseRatingsPage(report);
	const overall = page.overall_rating
		? { rating: page.overall_rating, source: page.overall_rating_source! }
		: overallRatingFromProse(report);
	if (!overall) throw new ReportParseError(file, 'no overall rating on the ratings page or in the foreword');

	const meta = parseMeta(report);
	const stated = statedRecommendationCount(report);
	return {
		file,
		service_name: page.service_name,
		service_name_source: page.service_name_source,
		framework: page.framework,
		score: page.score,
		score_max: SCORE_MAX,
		score_source: page.score_source,
		overall_rating: overall.rating,
		overall_rating_source: overall.source,
		ratings: page.ratings,
		fieldwork: meta.fieldwork,
		fieldwork_source: meta.fieldwork_source,
		published: meta.published,
		published_source: meta.published_source,
		key_questions: parseKeyQuestions(report),
		facts: [...parseFacts(report), ...inspectionFacts(meta)],
		demographics: parseDemographics(report),
		findings: parseFindings(report),
		stated_recommendations: stated
	};
}
