/**
 * Reports under HMIP's framework from spring 2025 ("An inspection of youth
 * justice work with children and victims in PLACE", or a full "inspection of
 * youth justice services" with work with victims rated) have no score out of
 * 36 and rate broad areas, not the 12 standards. Only what is known about
 * them (shared/data/framework-2025.md) is read, and only where the wording is
 * unambiguous: the place from the title, the overall rating from the
 * foreword's "Overall, ... was rated as", and an area's rating from a line
 * that holds nothing but the area's name and a rating word. Nothing else is
 * parsed yet; `not_parsed` says so.
 */
import { RATINGS, parseRating, type Rating } from '../framework';
import { sourceOf, type ReportText } from './text';
import { overallRatingFromProse } from './ratings';

export type Area2025 = 'children:assessing' | 'children:planning' | 'children:delivering' | 'victims' | 'organisational_delivery';

export interface Report2025 {
	file: string;
	framework: '2025';
	/** The place named in the title, e.g. `Wakefield`. */
	service_name: string;
	service_name_source: string;
	overall_rating: Rating | null;
	overall_rating_source: string | null;
	area_ratings: { area: Area2025; label: string; rating: Rating; source: string }[];
	not_parsed: string[];
}

const TITLE = /\binspection of youth justice (work with children and victims|services) in (.+?)(?:\s+\(?\b(?:19|20)\d\d\)?)?\s*$/i;
const SCORE_36 = /\bScore:?\s*\d{1,2}\s*\/\s*36\b/i;
const VICTIMS = /\bwork with victims\b|\bdelivered to victims\b/i;
const RATING = RATINGS.map((r) => r.replace(' ', '\\s+')).join('|');
const AREAS: { area: Area2025; label: string; pattern: RegExp }[] = [
	{ area: 'children:assessing', label: 'Work with children: assessing', pattern: /^(?:work with children:?\s*)?assessing$/i },
	{ area: 'children:planning', label: 'Work with children: planning', pattern: /^(?:work with children:?\s*)?planning$/i },
	{ area: 'children:delivering', label: 'Work with children: delivering', pattern: /^(?:work with children:?\s*)?delivering$/i },
	{ area: 'victims', label: 'Work with victims', pattern: /^work with victims$/i },
	{ area: 'organisational_delivery', label: 'Organisational delivery', pattern: /^organisational delivery$/i }
];

export const NOT_PARSED_2025 = [
	'Key questions and their case figures (the 2025 framework\'s are not modelled yet)',
	'Contextual facts, caseload demographics, strengths, areas for improvement and recommendations',
	'A score: the 2025 framework has none, so this inspection is never placed on the /36 scale'
];

/** The 2025 report's title line, when the text is one; null for any other text. */
export function parseFramework2025(report: ReportText): Report2025 | null {
	const lines = report.lines;
	if (lines.some((l) => SCORE_36.test(l.text))) return null;
	const titleLine = lines.slice(0, 80).find((l) => TITLE.test(l.text));
	if (!titleLine || !lines.some((l) => VICTIMS.test(l.text))) return null;
	const place = TITLE.exec(titleLine.text)![2].replace(/[.:]+$/, '').trim();

	const overall = overallRatingFromProse(report);
	const area_ratings: Report2025['area_ratings'] = [];
	for (const line of lines) {
		const m = new RegExp(`^(.+?)[:\\s]+(${RATING})$`, 'i').exec(line.text);
		if (!m) continue;
		const spec = AREAS.find((a) => a.pattern.test(m[1].trim()));
		// The first statement of an area stands: later lines may quote it in another context.
		if (spec && !area_ratings.some((r) => r.area === spec.area)) {
			area_ratings.push({ area: spec.area, label: spec.label, rating: parseRating(m[2])!, source: sourceOf(report, line) });
		}
	}
	const not_parsed = [...NOT_PARSED_2025];
	if (!overall) not_parsed.unshift('The overall rating: no sentence "Overall, ... was rated as ..." was found');
	if (area_ratings.length === 0) not_parsed.unshift('Area ratings: no line states an area and its rating on its own');
	return {
		file: report.file,
		framework: '2025',
		service_name: place,
		service_name_source: sourceOf(report, titleLine),
		overall_rating: overall?.rating ?? null,
		overall_rating_source: overall?.source ?? null,
		area_ratings,
		not_parsed
	};
}
