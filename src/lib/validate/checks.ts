/**
 * Validation of one parsed report against the framework's own rules. Every
 * check yields a row, passing or not, so the published `checks` table shows
 * what was verified as well as what was not.
 */
import {
	RATING_POINTS,
	STANDARDS,
	ratingForKeyQuestionPct,
	ratingForScore,
	scoreFromRatings,
	type Rating
} from '../framework';
import type { ReportText } from '../ingest/text';
import type { KeyQuestionRecord, ParsedReport } from '../ingest/types';

export type CheckStatus = 'pass' | 'discretion' | 'flag';

export interface CheckRecord {
	check_id: string;
	subject: string;
	status: CheckStatus;
	expected: string;
	actual: string;
	detail: string;
	source: string;
}

/** How far (in % points) demographic shares may stray from 100 through rounding. */
const SHARE_TOLERANCE = 1.5;

function lineOf(source: string): number {
	return Number(source.slice(source.lastIndexOf(':') + 1));
}

function scoreChecks(report: ParsedReport): CheckRecord[] {
	const recomputed = scoreFromRatings(report.ratings);
	const band = ratingForScore(report.score);
	return [
		{
			check_id: 'score_recomputed',
			subject: 'score',
			status: recomputed === report.score ? 'pass' : 'flag',
			expected: recomputed === null ? 'a rating for every scored standard' : `${recomputed}/36`,
			actual: `${report.score}/36`,
			detail: 'Sum of the 12 scored standards (Outstanding 3, Good 2, Requires improvement 1, Inadequate 0) against the printed score.',
			source: report.score_source
		},
		{
			check_id: 'overall_rating_band',
			subject: 'overall rating',
			status: band === report.overall_rating ? 'pass' : 'flag',
			expected: band ?? 'a score from 0 to 36',
			actual: report.overall_rating,
			detail: 'Overall rating against the band of the score (0-6 Inadequate, 7-18 Requires improvement, 19-30 Good, 31-36 Outstanding).',
			source: report.overall_rating_source
		}
	];
}

/** The first line mentioning discretion within the standard's key-question section. */
function discretionNote(text: ReportText, from: number, to: number): { line: number; text: string } | null {
	for (const line of text.lines) {
		if (line.no >= from && line.no <= to && /discretion/i.test(line.text)) return { line: line.no, text: line.text };
	}
	return null;
}

function keyQuestionChecks(report: ParsedReport, text: ReportText): CheckRecord[] {
	const keyQuestions = report.key_questions.filter((k) => k.level === 'key_question' && k.pct_yes !== null);
	const byStandard = new Map<string, KeyQuestionRecord[]>();
	for (const k of keyQuestions) byStandard.set(k.standard_code, [...(byStandard.get(k.standard_code) ?? []), k]);
	const starts = [...byStandard.values()].map((ks) => Math.min(...ks.map((k) => lineOf(k.source)))).sort((a, b) => a - b);

	const checks: CheckRecord[] = [];
	for (const standard of STANDARDS) {
		const questions = byStandard.get(standard.code);
		const rated = report.ratings.find((r) => r.standard_code === standard.code);
		if (!questions || !rated) continue;
		const lowest = questions.reduce((a, b) => (b.pct_yes! < a.pct_yes! ? b : a));
		const expected = ratingForKeyQuestionPct(lowest.pct_yes!) as Rating;
		const start = Math.min(...questions.map((k) => lineOf(k.source)));
		const end = starts.find((s) => s > start) ?? start + 120;
		const note = expected === rated.rating ? null : discretionNote(text, start - 5, end);
		const status: CheckStatus = expected === rated.rating ? 'pass' : note ? 'discretion' : 'flag';
		const direction = RATING_POINTS[rated.rating] > RATING_POINTS[expected] ? 'above' : 'below';
		checks.push({
			check_id: 'standard_vs_key_questions',
			subject: standard.code,
			status,
			expected,
			actual: rated.rating,
			detail:
				status === 'pass'
					? `Rating matches the band of its lowest key question (${lowest.pct_yes}% ${lowest.aspect}).`
					: status === 'discretion'
						? `Rated ${direction} the band of its lowest key question (${lowest.pct_yes}% ${lowest.aspect}); the report says: "${note!.text}"`
						: `Rated ${direction} the band of its lowest key question (${lowest.pct_yes}% ${lowest.aspect}); the report does not say discretion was applied.`,
			source: note ? `${report.file}:${note.line}` : rated.source
		});
	}
	return checks;
}

function demographicChecks(report: ParsedReport): CheckRecord[] {
	const groups = new Map<string, { sum: number; source: string; label: string }>();
	for (const d of report.demographics) {
		const key = `${d.dimension} / ${d.population} / ${d.population_label}`;
		const g = groups.get(key) ?? { sum: 0, source: d.source, label: d.population_label };
		g.sum += d.pct;
		groups.set(key, g);
	}
	return [...groups.entries()].map(([subject, g]) => {
		const sum = Math.round(g.sum * 10) / 10;
		return {
			check_id: 'demographic_shares_sum',
			subject,
			status: Math.abs(sum - 100) <= SHARE_TOLERANCE ? 'pass' : 'flag',
			expected: `100 ± ${SHARE_TOLERANCE}`,
			actual: String(sum),
			detail: 'Printed shares of one population should add up to about 100%.',
			source: g.source
		};
	});
}

function recommendationCheck(report: ParsedReport): CheckRecord[] {
	const stated = report.stated_recommendations;
	if (!stated) return [];
	const found = report.findings.filter((f) => f.kind === 'recommendation').length;
	return [
		{
			check_id: 'recommendations_count',
			subject: 'recommendations',
			status: found === stated.count ? 'pass' : 'flag',
			expected: String(stated.count),
			actual: String(found),
			detail: 'Recommendations read against the number the report says it makes.',
			source: stated.source
		}
	];
}

export function checkReport(report: ParsedReport, text: ReportText): CheckRecord[] {
	return [...scoreChecks(report), ...keyQuestionChecks(report, text), ...demographicChecks(report), ...recommendationCheck(report)];
}
