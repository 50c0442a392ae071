/**
 * The ratings page: service name, score out of 36, overall rating and one
 * rating per standard. Layouts differ between exports: the rating may sit on
 * the standard's line (after a tab or spaces) or on a following line, and a
 * long standard name may wrap. We therefore read from each standard code to
 * the first rating word, joining the lines in between.
 */
import {
	ORIGINAL_FRAMEWORK_NAMES,
	RATINGS,
	STANDARDS,
	parseRating,
	type FrameworkId,
	type Rating
} from '../framework';
import { findLine, sourceOf, type Line, type ReportText } from './text';
import { ReportParseError, type RatingRecord } from './types';

const RATING_WORD = new RegExp(`(${RATINGS.map((r) => r.replace(' ', '\\s+')).join('|')})`, 'i');
const SCORE = /\bScore:?\s*(\d{1,2})\s*\/\s*36\b/i;
/** A standard or domain heading on the ratings page: `2.`, `2.1`, `2.1.` */
const CODE_LINE = /^(\d)\.(\d)?\.?\s+\S|^(\d)\.\s*$/;
/** How far past a code we look for its rating before giving up. */
const MAX_LINES_PER_STANDARD = 8;

export interface RatingsPage {
	service_name: string;
	service_name_source: string;
	score: number;
	score_source: string;
	/** Null when the page prints no overall rating word (see `overallRatingFromProse`). */
	overall_rating: Rating | null;
	overall_rating_source: string | null;
	framework: FrameworkId;
	ratings: RatingRecord[];
	/** Index of the last line the ratings page used. */
	end: number;
}

function isBlank(line: Line): boolean {
	return line.text.length === 0;
}

/** Text between the `Ratings` heading and the score: the service's name. */
function serviceName(report: ReportText, scoreIndex: number): { name: string; source: string } {
	const lines = report.lines;
	const scoreLine = lines[scoreIndex];
	const beforeScore = scoreLine.text.replace(SCORE, '').replace(/Fieldwork.*$/i, '').trim();
	if (beforeScore && !/^fieldwork/i.test(scoreLine.text)) {
		return { name: beforeScore, source: sourceOf(report, scoreLine) };
	}
	for (let i = scoreIndex - 1; i >= Math.max(0, scoreIndex - 8); i--) {
		const t = lines[i].text;
		if (isBlank(lines[i]) || /^fieldwork/i.test(t)) continue;
		if (/^ratings$/i.test(t)) break;
		return { name: t, source: sourceOf(report, lines[i]) };
	}
	throw new ReportParseError(report.file, 'no service name before the score on the ratings page');
}

interface Found {
	rating: Rating;
	name: string;
	line: Line;
	index: number;
}

/** From `start` (a line beginning with the code), join text up to the first rating word. */
function readRatedItem(lines: readonly Line[], start: number, prefix: RegExp): Found | null {
	const parts: string[] = [];
	for (let i = start; i < Math.min(lines.length, start + MAX_LINES_PER_STANDARD); i++) {
		const line = lines[i];
		if (i > start && CODE_LINE.test(line.text)) return null;
		const text = i === start ? line.text.replace(prefix, '') : line.text;
		const match = RATING_WORD.exec(text);
		if (match) {
			parts.push(text.slice(0, match.index));
			const name = parts.join(' ').replace(/\s+/g, ' ').replace(/[\s\d¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, '').trim();
			return { rating: parseRating(match[1])!, name, line, index: i };
		}
		parts.push(text);
	}
	return null;
}

export function parseRatingsPage(report: ReportText): RatingsPage {
	const lines = report.lines;
	const scoreIndex = findLine(lines, SCORE);
	if (scoreIndex < 0) throw new ReportParseError(report.file, 'no "Score n/36" ratings page');
	const score = Number(SCORE.exec(lines[scoreIndex].text)![1]);
	if (score > 36) throw new ReportParseError(report.file, `score ${score}/36 is out of range`);
	const { name, source: nameSource } = serviceName(report, scoreIndex);

	let overall: Found | null = null;
	const overallIndex = findLine(lines, /^overall rating\b/i, scoreIndex, scoreIndex + 10);
	if (overallIndex >= 0) overall = readRatedItem(lines, overallIndex, /^overall rating\s*/i);

	const ratings: RatingRecord[] = [];
	let cursor = overallIndex >= 0 ? overallIndex + 1 : scoreIndex + 1;
	// An overall "rating" found past the first standard belongs to that standard.
	if (overall && CODE_LINE.test(lines[overall.index].text)) overall = null;
	let end = cursor;
	for (const standard of STANDARDS) {
		const codePattern = new RegExp(`^${standard.code.replace('.', '\\.')}\\.?\\s+`);
		const at = findLine(lines, codePattern, cursor, cursor + 40);
		if (at < 0) {
			if (standard.inScore) {
				throw new ReportParseError(report.file, `no rating for standard ${standard.code} on the ratings page`);
			}
			continue;
		}
		const found = readRatedItem(lines, at, codePattern);
		if (!found) throw new ReportParseError(report.file, `no rating word after standard ${standard.code}`);
		ratings.push({
			standard_code: standard.code,
			standard_name: found.name || standard.name,
			rating: found.rating,
			source: sourceOf(report, found.line)
		});
		cursor = found.index + 1;
		end = found.index;
	}
	const joint = ratings.find((r) => r.standard_code === '3.4');
	const framework: FrameworkId =
		joint && joint.standard_name.toLowerCase() === ORIGINAL_FRAMEWORK_NAMES['3.4'].toLowerCase() ? 'original' : 'revised';

	return {
		service_name: name,
		service_name_source: nameSource,
		score,
		score_source: sourceOf(report, lines[scoreIndex]),
		overall_rating: overall?.rating ?? null,
		overall_rating_source: overall ? sourceOf(report, overall.line) : null,
		framework,
		ratings,
		end
	};
}

/**
 * Some exports lose the overall rating on the ratings page (it was an image);
 * the foreword states it: "Overall, West Sussex YJS was rated as 'Good'".
 */
export function overallRatingFromProse(report: ReportText): { rating: Rating; source: string } | null {
	const lines = report.lines;
	for (let i = 0; i < lines.length; i++) {
		const window = [lines[i], lines[i + 1]].filter(Boolean);
		const joined = window.map((l) => l.text).join(' ');
		const m = /\bOverall,[^.]*?\bwas rated as\s*'?\s*(Outstanding|Good|Requires\s+improvement|Inadequate)/i.exec(joined);
		if (m && /\bOverall,/i.test(lines[i].text)) {
			const ratingLine = RATING_WORD.test(lines[i].text.slice(lines[i].text.search(/rated as/i))) ? lines[i] : window[window.length - 1];
			return { rating: parseRating(m[1])!, source: sourceOf(report, ratingLine) };
		}
	}
	return null;
}
