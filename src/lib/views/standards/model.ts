/**
 * The standards explorer's view model: a pure function of the query rows and
 * the URL state (types, building, sorting; the English is in `wording.ts`).
 * The build-time rows hold every service and domain, the live rows only the
 * URL's; filtering here makes both give the same model (on live rows the
 * filter is a no-op).
 *
 * Nothing is imputed: a key question a report does not print is a lane with
 * no mark ("Not reported in this inspection"), a standard a report does not
 * rate has no rating, and a report without findings for a standard says so.
 */
import {
	ASPECTS,
	ASPECT_LABELS,
	DOMAINS,
	RATING_POINTS,
	STANDARDS,
	parseRating,
	ratingForKeyQuestionPct,
	type Aspect,
	type Domain,
	type Rating,
	type Standard
} from '../../framework';
import type {
	StandardsCheckRow,
	StandardsFindingRow,
	StandardsInspectionRow,
	StandardsKeyQuestionRow,
	StandardsRatingRow
} from '../../db/queries/standards';
import { isAspect, selectionOf, type StandardsState } from '../../state/views/standards';
import { lowestKeyQuestionWords, sampleOf, type SampleBasis } from '../../charts/certainty';
import { divergenceSentence, notRatedReason, standardLabel } from './wording';

export interface StandardsRows {
	inspections: readonly StandardsInspectionRow[];
	ratings: readonly StandardsRatingRow[];
	keyQuestions: readonly StandardsKeyQuestionRow[];
	findings: readonly StandardsFindingRow[];
	checks: readonly StandardsCheckRow[];
}

/** `other` is a key question that is not about one of the three aspects (Hartlepool's 3.4 Joint working). */
export type MarkAspect = Aspect | 'other';

export interface KeyQuestionMark {
	aspect: MarkAspect;
	question: string;
	pct: number;
	nYes: number | null;
	/** Cases the % rests on: printed for the question, or (approximate) the domain's cases inspected; see `basis`. */
	nCases: number | null;
	basis: SampleBasis | null;
	/** 95% Wilson interval, percentage points; null where no sample is printed. */
	ci: { low: number; high: number } | null;
	derived: boolean;
	/** The band the % falls in (Inadequate <50, Requires improvement 50-64, Good 65-79, Outstanding >=80). */
	band: Rating;
	source: string;
}

/** One row of marks within a service: one aspect, or one `other` question. `mark` null = not reported. */
export interface Lane {
	key: string;
	aspect: MarkAspect;
	/** The question as printed where there is one; the aspect's name otherwise. */
	label: string;
	mark: KeyQuestionMark | null;
}

export interface FindingItem {
	text: string;
	source: string;
	/** Last line of a paragraph of prose; null for a bullet. */
	lineEnd?: number | null;
}

export interface FindingSet {
	strengths: FindingItem[];
	improvements: FindingItem[];
	/** Paragraphs of inspectors' prose, in report order. */
	narrative: FindingItem[];
}

export interface ServiceFindings extends FindingSet {
	/**
	 * Where the findings below sit in the report: under this standard (bullets or prose), under its
	 * whole domain only, or nowhere: `none` only when the report has nothing for either.
	 */
	scope: 'standard' | 'domain' | 'none';
	/** With `scope: 'standard'`, what the report also prints for the domain as a whole (older reports' bullets); else null. */
	domain: FindingSet | null;
}

export interface Divergence {
	status: 'discretion' | 'flag';
	rating: Rating;
	/** Band of the lowest key question. */
	band: Rating;
	lowest: KeyQuestionMark | null;
	/** Plain sentence, e.g. "Rated Good although its lowest key question (63%) is in the Requires improvement band; …". */
	sentence: string;
	/** The report's own words where inspectors explained it (discretion), else null. */
	reportWording: string | null;
	source: string;
}

export interface ServiceBase {
	inspectionId: string;
	serviceId: string;
	/** Short display name: the local authority, e.g. `Suffolk`. */
	name: string;
	serviceName: string;
	framework: string;
	/** Year of fieldwork, for the period note. */
	year: string | null;
}

export interface StandardServiceRow extends ServiceBase {
	/** The standard's name as this report prints it, when it differs from the framework's (Hartlepool: "Joint working"). */
	printedName: string | null;
	rating: Rating | null;
	ratingSource: string | null;
	/** Why there is no rating, in words; null when rated. */
	notRatedReason: string | null;
	/** Whether this report prints key questions for the standard at all. */
	hasKeyQuestions: boolean;
	/** Lanes shown under the aspect filter. */
	lanes: Lane[];
	/** Every key-question mark of the standard in this report, whatever the aspect filter. */
	marks: KeyQuestionMark[];
	/** Lowest key question of the standard (all aspects), which drives the rating. */
	lowest: KeyQuestionMark | null;
	/** Where the lowest key question's interval crosses a band line or disagrees with the rating, in words; else null. */
	certainty: string | null;
	divergence: Divergence | null;
	findings: ServiceFindings;
	/** % 'Yes' on the sort's aspect, when sorting by an aspect. */
	sortValue: number | null;
}

export interface StandardModel {
	kind: 'standard';
	standard: Standard;
	domain: Domain;
	/** `2.2 Planning`. */
	label: string;
	rows: StandardServiceRow[];
	/** True when any shown service has key questions for this standard (the chart draws the % axis). */
	anyKeyQuestions: boolean;
	/** Aspects with at least one lane, in legend order. */
	legendAspects: MarkAspect[];
	anyDerived: boolean;
}

export interface DomainCell {
	standard: Standard;
	printedName: string | null;
	rating: Rating | null;
	ratingSource: string | null;
	notRatedReason: string | null;
	lowest: KeyQuestionMark | null;
	/** As on StandardServiceRow: the lowest key question's interval against the band lines and the rating. */
	certainty: string | null;
	divergence: Divergence | null;
}

export interface DomainServiceRow extends ServiceBase {
	cells: DomainCell[];
	/** Standards of the domain rated Good or Outstanding. */
	goodOrBetter: number;
	rated: number;
	points: number;
}

export interface DomainModel {
	kind: 'domain';
	domain: Domain;
	standards: Standard[];
	rows: DomainServiceRow[];
}

export type StandardsModel = StandardModel | DomainModel;

export function buildStandardsModel(rows: StandardsRows, state: StandardsState): StandardsModel {
	const selection = selectionOf(state.standard);
	return selection.kind === 'standard'
		? buildStandard(rows, state, selection.standard)
		: buildDomain(rows, state, selection.domain);
}

// ---------------------------------------------------------------------------
// Shared pieces

function inspectionsShown(rows: StandardsRows, services: readonly string[]): ServiceBase[] {
	const wanted = new Set(services);
	const seen = new Set<string>();
	const out: ServiceBase[] = [];
	for (const i of rows.inspections) {
		if (!wanted.has(i.service_id) || seen.has(i.inspection_id)) continue;
		seen.add(i.inspection_id);
		out.push({
			inspectionId: i.inspection_id,
			serviceId: i.service_id,
			name: i.local_authority || i.service_name,
			serviceName: i.service_name,
			framework: i.framework,
			year: (i.fieldwork ?? '').slice(0, 4) || null
		});
	}
	return out;
}

function toMark(k: StandardsKeyQuestionRow): KeyQuestionMark | null {
	if (k.pct_yes === null || !Number.isFinite(k.pct_yes)) return null;
	const band = ratingForKeyQuestionPct(k.pct_yes);
	if (!band) return null;
	return {
		aspect: isAspect(k.aspect) ? k.aspect : 'other',
		question: k.question,
		pct: k.pct_yes,
		nYes: k.n_yes,
		...sampleOf(k),
		derived: k.derived === true,
		band,
		source: k.source
	};
}

export function lowestOf(marks: readonly KeyQuestionMark[]): KeyQuestionMark | null {
	return marks.reduce<KeyQuestionMark | null>((low, m) => (low === null || m.pct < low.pct ? m : low), null);
}

/** The report's words in a discretion check's detail (`…the report says: "¹⁹ Professional …"`), without the footnote marker. */
export function reportWordingOf(detail: string | null): string | null {
	const m = /the report says: "(.*)"\s*$/s.exec(detail ?? '');
	if (!m) return null;
	return m[1].replace(/^[\s\u00b9\u00b2\u00b3\u2070-\u2079\d]+(?=\S)/u, '').trim() || null;
}

function divergenceOf(
	check: StandardsCheckRow | undefined,
	rating: Rating | null,
	lowest: KeyQuestionMark | null
): Divergence | null {
	if (!check || (check.status !== 'discretion' && check.status !== 'flag')) return null;
	const actual = parseRating(check.actual ?? '') ?? rating;
	const band = parseRating(check.expected ?? '') ?? (lowest ? lowest.band : null);
	if (!actual || !band) return null;
	return {
		status: check.status,
		rating: actual,
		band,
		lowest,
		sentence: divergenceSentence(check.status, actual, band, lowest),
		reportWording: check.status === 'discretion' ? reportWordingOf(check.detail) : null,
		source: check.source
	};
}

function byInspection<T extends { inspection_id: string }>(rows: readonly T[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const r of rows) {
		const list = map.get(r.inspection_id);
		if (list) list.push(r);
		else map.set(r.inspection_id, [r]);
	}
	return map;
}

function printedNameOf(rating: StandardsRatingRow | undefined, standard: Standard): string | null {
	const printed = rating?.standard_name?.trim();
	return printed && printed.toLowerCase() !== standard.name.toLowerCase() ? printed : null;
}

function compareNames(a: ServiceBase, b: ServiceBase): number {
	return a.name.localeCompare(b.name, 'en-GB');
}

export const pointsOf = (r: Rating | null): number => (r ? RATING_POINTS[r] : -1);

// ---------------------------------------------------------------------------
// One standard

function findingSet(rows: readonly StandardsFindingRow[], code: string): FindingSet {
	const own = rows.filter((f) => f.standard_code === code);
	const item = (f: StandardsFindingRow): FindingItem => ({ text: f.text, source: f.source, lineEnd: f.line_end ?? null });
	return {
		strengths: own.filter((f) => f.kind === 'strength').map(item),
		improvements: own.filter((f) => f.kind === 'improvement').map(item),
		narrative: own.filter((f) => f.kind === 'narrative').map(item)
	};
}

export function setSize(set: FindingSet): number {
	return set.strengths.length + set.improvements.length + set.narrative.length;
}

/** The standard's own findings and prose; the domain's where the report writes nothing under the standard. */
function findingsFor(rows: readonly StandardsFindingRow[], standard: Standard): ServiceFindings {
	const own = findingSet(rows, standard.code);
	const domain = findingSet(rows, standard.domain);
	if (setSize(own) > 0) return { scope: 'standard', ...own, domain: setSize(domain) > 0 ? domain : null };
	return { scope: setSize(domain) > 0 ? 'domain' : 'none', ...domain, domain: null };
}

function lanesFor(standard: Standard, marks: readonly KeyQuestionMark[], aspect: StandardsState['aspect']): Lane[] {
	const lanes: Lane[] = [];
	if (standard.caseBased) {
		// One lane per aspect, so a key question the report leaves out shows as "not reported".
		for (const a of ASPECTS) {
			if (aspect !== 'all' && aspect !== a) continue;
			const found = marks.filter((m) => m.aspect === a);
			if (found.length === 0) lanes.push({ key: a, aspect: a, label: ASPECT_LABELS[a], mark: null });
			found.forEach((m, i) => lanes.push({ key: `${a}-${i}`, aspect: a, label: m.question, mark: m }));
		}
	} else {
		// Not case-based in the revised framework; the 2020 framework asked key questions on 3.4 Joint working.
		marks.forEach((m, i) => {
			if (aspect === 'all' || aspect === m.aspect) lanes.push({ key: `${m.aspect}-${i}`, aspect: m.aspect, label: m.question, mark: m });
		});
	}
	return lanes;
}

function buildStandard(rows: StandardsRows, state: StandardsState, standard: Standard): StandardModel {
	const domain = DOMAINS.find((d) => d.code === standard.domain)!;
	const ratings = byInspection(rows.ratings.filter((r) => r.standard_code === standard.code));
	const questions = byInspection(rows.keyQuestions.filter((k) => k.standard_code === standard.code));
	const checks = byInspection(rows.checks.filter((c) => c.subject === standard.code));
	const findings = byInspection(rows.findings.filter((f) => f.standard_code === standard.code || f.standard_code === standard.domain));
	const sortAspect: Aspect | null = isAspect(state.sort) ? state.sort : null;

	const serviceRows: StandardServiceRow[] = inspectionsShown(rows, state.services).map((base) => {
		const ratingRow = ratings.get(base.inspectionId)?.[0];
		const rating = ratingRow ? parseRating(ratingRow.rating) : null;
		const marks = (questions.get(base.inspectionId) ?? []).map(toMark).filter((m): m is KeyQuestionMark => m !== null);
		const lowest = lowestOf(marks);
		const sortMark = sortAspect ? lowestOf(marks.filter((m) => m.aspect === sortAspect)) : null;
		return {
			...base,
			printedName: printedNameOf(ratingRow, standard),
			rating,
			ratingSource: ratingRow?.source ?? null,
			notRatedReason: rating ? null : notRatedReason(base, standard),
			hasKeyQuestions: (questions.get(base.inspectionId) ?? []).length > 0,
			lanes: lanesFor(standard, marks, state.aspect),
			marks,
			lowest,
			certainty: lowest ? lowestKeyQuestionWords(rating, lowest) : null,
			divergence: divergenceOf(checks.get(base.inspectionId)?.[0], rating, lowest),
			findings: findingsFor(findings.get(base.inspectionId) ?? [], standard),
			sortValue: sortMark ? sortMark.pct : null
		};
	});
	sortStandardRows(serviceRows, state.sort);

	const legendAspects = (['desistance', 'safety_of_child', 'safety_of_others', 'other'] as const).filter((a) =>
		serviceRows.some((r) => r.lanes.some((l) => l.aspect === a))
	);
	return {
		kind: 'standard',
		standard,
		domain,
		label: standardLabel(standard),
		rows: serviceRows,
		anyKeyQuestions: serviceRows.some((r) => r.hasKeyQuestions),
		legendAspects,
		anyDerived: serviceRows.some((r) => r.lanes.some((l) => l.mark?.derived))
	};
}

function sortStandardRows(rows: StandardServiceRow[], sort: StandardsState['sort']): void {
	const byRating = (a: StandardServiceRow, b: StandardServiceRow) => pointsOf(b.rating) - pointsOf(a.rating);
	if (sort === 'name') rows.sort(compareNames);
	else if (sort === 'rating') rows.sort((a, b) => byRating(a, b) || compareNames(a, b));
	else {
		// Highest % 'Yes' first; a service without that key question goes last, never as a zero.
		rows.sort((a, b) => {
			if (a.sortValue === null || b.sortValue === null) {
				if (a.sortValue !== b.sortValue) return a.sortValue === null ? 1 : -1;
			} else if (a.sortValue !== b.sortValue) return b.sortValue - a.sortValue;
			return byRating(a, b) || compareNames(a, b);
		});
	}
}

// ---------------------------------------------------------------------------
// A whole domain

function buildDomain(rows: StandardsRows, state: StandardsState, domain: Domain): DomainModel {
	const standards = STANDARDS.filter((s) => s.domain === domain.code);
	const ratings = byInspection(rows.ratings);
	const questions = byInspection(rows.keyQuestions);
	const checks = byInspection(rows.checks);

	const serviceRows: DomainServiceRow[] = inspectionsShown(rows, state.services).map((base) => {
		const cells = standards.map((standard): DomainCell => {
			const ratingRow = ratings.get(base.inspectionId)?.find((r) => r.standard_code === standard.code);
			const rating = ratingRow ? parseRating(ratingRow.rating) : null;
			const marks = (questions.get(base.inspectionId) ?? [])
				.filter((k) => k.standard_code === standard.code)
				.map(toMark)
				.filter((m): m is KeyQuestionMark => m !== null);
			const lowest = lowestOf(marks);
			return {
				standard,
				printedName: printedNameOf(ratingRow, standard),
				rating,
				ratingSource: ratingRow?.source ?? null,
				notRatedReason: rating ? null : notRatedReason(base, standard),
				lowest,
				certainty: lowest ? lowestKeyQuestionWords(rating, lowest) : null,
				divergence: divergenceOf(checks.get(base.inspectionId)?.find((c) => c.subject === standard.code), rating, lowest)
			};
		});
		const rated = cells.filter((c) => c.rating !== null);
		return {
			...base,
			cells,
			rated: rated.length,
			goodOrBetter: rated.filter((c) => pointsOf(c.rating) >= RATING_POINTS.Good).length,
			points: rated.reduce((n, c) => n + pointsOf(c.rating), 0)
		};
	});

	if (state.sort === 'name') serviceRows.sort(compareNames);
	else serviceRows.sort((a, b) => b.points - a.points || b.goodOrBetter - a.goodOrBetter || compareNames(a, b));
	return { kind: 'domain', domain, standards, rows: serviceRows };
}
