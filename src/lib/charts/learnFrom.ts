/**
 * "Learn from": for each standard on which a service is rated Requires
 * improvement or Inadequate, the services rated Good or Outstanding on the
 * same standard, with what their reports say works there: the strengths
 * listed under the standard, else the paragraphs inspectors wrote under it,
 * and the strengths a report lists for the whole domain. Pure; the rows are
 * the standards explorer's (every service's latest inspection).
 *
 * A standard is only compared with itself: Hartlepool's 2020 report rates
 * "3.4 Joint working", another standard than 3.4 in the revised framework,
 * so it is never offered as an example for it (nor the other way round).
 */
import { DOMAINS, ORIGINAL_FRAMEWORK_NAMES, RATING_POINTS, STANDARDS, parseRating, type Rating, type Standard } from '../framework';
import type { StandardsFindingRow, StandardsInspectionRow, StandardsRatingRow } from '../db/queries/standards';

export interface LearnFromRows {
	inspections: readonly StandardsInspectionRow[];
	ratings: readonly StandardsRatingRow[];
	findings: readonly StandardsFindingRow[];
}

export interface LearnFromItem {
	text: string;
	source: string;
	lineEnd: number | null;
}

export interface LearnFromExample {
	serviceId: string;
	name: string;
	rating: Rating;
	ratingSource: string;
	/** Strengths listed under the standard. */
	strengths: LearnFromItem[];
	/** Inspectors' paragraphs under the standard, when it lists no strengths of its own. */
	narrative: LearnFromItem[];
	/** Strengths the report lists for the standard's whole domain (older reports). */
	domainStrengths: LearnFromItem[];
}

export interface WeakRating {
	serviceId: string;
	name: string;
	rating: Rating;
	source: string;
}

export interface LearnFromEntry {
	standard: Standard;
	/** The services shown that are rated Requires improvement or Inadequate on it. */
	weak: WeakRating[];
	/** Services rated Good or Outstanding on it, Outstanding first, then by name. */
	examples: LearnFromExample[];
}

const GOOD = RATING_POINTS.Good;

function latestInspections(rows: LearnFromRows): Map<string, StandardsInspectionRow> {
	const latest = new Map<string, StandardsInspectionRow>();
	for (const i of rows.inspections) {
		const seen = latest.get(i.service_id);
		if (!seen || (i.fieldwork ?? '') > (seen.fieldwork ?? '')) latest.set(i.service_id, i);
	}
	return latest;
}

/** Same standard: the code, and the same framework wherever the frameworks name the code differently. */
function sameStandard(code: string, a: StandardsInspectionRow, b: StandardsInspectionRow): boolean {
	return !(code in ORIGINAL_FRAMEWORK_NAMES) || a.framework === b.framework;
}

const item = (f: StandardsFindingRow): LearnFromItem => ({ text: f.text, source: f.source, lineEnd: f.line_end ?? null });

/**
 * One entry per standard (in framework order) on which one of `serviceIds` is rated below Good,
 * limited to `codes` when given.
 */
export function learnFrom(rows: LearnFromRows, serviceIds: readonly string[], codes?: readonly string[]): LearnFromEntry[] {
	const latest = latestInspections(rows);
	const nameOf = (i: StandardsInspectionRow) => i.local_authority || i.service_name;
	const ratingOf = (i: StandardsInspectionRow, code: string) => rows.ratings.find((r) => r.inspection_id === i.inspection_id && r.standard_code === code);
	const entries: LearnFromEntry[] = [];
	for (const standard of STANDARDS) {
		if (codes && !codes.includes(standard.code)) continue;
		const weak: { inspection: StandardsInspectionRow; rating: WeakRating }[] = [];
		for (const id of serviceIds) {
			const inspection = latest.get(id);
			const r = inspection ? ratingOf(inspection, standard.code) : undefined;
			const rating = r ? parseRating(r.rating) : null;
			if (inspection && r && rating && RATING_POINTS[rating] < GOOD) {
				weak.push({ inspection, rating: { serviceId: id, name: nameOf(inspection), rating, source: r.source } });
			}
		}
		if (weak.length === 0) continue;
		const domain = DOMAINS.find((d) => d.code === standard.domain)!;
		const examples: LearnFromExample[] = [];
		for (const inspection of latest.values()) {
			const r = ratingOf(inspection, standard.code);
			const rating = r ? parseRating(r.rating) : null;
			if (!r || !rating || RATING_POINTS[rating] < GOOD) continue;
			if (!weak.every((w) => sameStandard(standard.code, w.inspection, inspection))) continue;
			const own = rows.findings.filter((f) => f.inspection_id === inspection.inspection_id);
			const strengths = own.filter((f) => f.kind === 'strength' && f.standard_code === standard.code).map(item);
			examples.push({
				serviceId: inspection.service_id,
				name: nameOf(inspection),
				rating,
				ratingSource: r.source,
				strengths,
				narrative: strengths.length ? [] : own.filter((f) => f.kind === 'narrative' && f.standard_code === standard.code).map(item),
				domainStrengths: own.filter((f) => f.kind === 'strength' && f.standard_code === domain.code).map(item)
			});
		}
		examples.sort((a, b) => RATING_POINTS[b.rating] - RATING_POINTS[a.rating] || a.name.localeCompare(b.name, 'en-GB'));
		entries.push({ standard, weak: weak.map((w) => w.rating), examples });
	}
	return entries;
}
