/**
 * One report's text to one `ParsedReport`: the ratings page is required (no
 * ratings page, no inspection report); every other section is optional and
 * simply yields no records when a report does not print it.
 */
import { SCORE_MAX } from '../framework';
import { overallRatingFromProse, parseRatingsPage } from './ratings';
import { reportText } from './text';
import { ReportParseError, type ParsedReport } from './types';

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
		fieldwork: null,
		fieldwork_source: null,
		published: null,
		published_source: null,
		key_questions: [],
		facts: [],
		demographics: [],
		findings: []
	};
}
