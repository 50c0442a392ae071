/**
 * The standards explorer's chart models: pure functions from the query rows
 * and the URL state. The build-time rows hold every service and domain, the
 * live rows only the URL's; filtering here makes both give the same model
 * (on live rows the filter is a no-op).
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
import { figureText, numberWord, pctText } from './format';
import { crossesBandLine, lowestKeyQuestionWords, ratingAgainstRange, sampleOf, sampleSuffix, type SampleBasis } from '../certainty';
import { capitalise, listWords } from '../words';

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

interface ServiceBase {
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
	title: string;
	summary: string;
	/** Plain notes under the chart (sorting fallbacks, printed names). */
	notes: string[];
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
	title: string;
	summary: string;
	notes: string[];
}

export type StandardsModel = StandardModel | DomainModel;

export const MARK_ASPECT_LABELS: Record<MarkAspect, string> = { ...ASPECT_LABELS, other: 'Other key question' };

/** Each aspect as it reads inside a sentence ("the lowest % 'Yes' on the child's safety"). */
export const ASPECT_PHRASES: Record<MarkAspect, string> = {
	desistance: 'desistance',
	safety_of_child: "the child's safety",
	safety_of_others: "other people's safety",
	other: 'a key question outside the three aspects'
};

/** `63% on the child's safety`, or `66.7% on desistance (4 of 6 cases, derived from counts)`. */
export function markPhrase(mark: KeyQuestionMark): string {
	return `${pctText(mark.pct)} on ${ASPECT_PHRASES[mark.aspect]}${sampleSuffix(mark)}`;
}

/** `2.2 Planning`, with the framework's (revised) name. */
export function standardLabel(standard: Standard): string {
	return `${standard.code} ${standard.name}`;
}

/** `domain 2 Court disposals`. */
export function domainLabel(domain: Domain): string {
	return `domain ${domain.code} ${domain.name}`;
}

export function shapeStandards(rows: StandardsRows, state: StandardsState): StandardsModel {
	const selection = selectionOf(state.standard);
	return selection.kind === 'standard'
		? shapeStandard(rows, state, selection.standard)
		: shapeDomain(rows, state, selection.domain);
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

function lowestOf(marks: readonly KeyQuestionMark[]): KeyQuestionMark | null {
	return marks.reduce<KeyQuestionMark | null>((low, m) => (low === null || m.pct < low.pct ? m : low), null);
}

function notRatedReason(base: ServiceBase, standard: Standard): string {
	if (standard.code === '4.1' && base.framework === 'original') {
		return `Not rated: resettlement was not a rated standard in the framework of this${base.year ? ` ${base.year}` : ''} inspection`;
	}
	return 'Not rated in this inspection';
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
	const lowestText = lowest ? `its lowest key question, ${figureText(lowest)},` : 'its lowest key question';
	const reason =
		check.status === 'discretion'
			? 'the report says professional discretion was applied'
			: 'the report does not say why';
	return {
		status: check.status,
		rating: actual,
		band,
		lowest,
		sentence: `Rated ${actual} although ${lowestText} is in the ${band} band; ${reason}.`,
		reportWording: check.status === 'discretion' ? reportWordingOf(check.detail) : null,
		source: check.source
	};
}

function byInspection<T extends { inspection_id: string }>(rows: readonly T[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const r of rows) map.set(r.inspection_id, [...(map.get(r.inspection_id) ?? []), r]);
	return map;
}

function printedNameOf(rating: StandardsRatingRow | undefined, standard: Standard): string | null {
	const printed = rating?.standard_name?.trim();
	return printed && printed.toLowerCase() !== standard.name.toLowerCase() ? printed : null;
}

function compareNames(a: ServiceBase, b: ServiceBase): number {
	return a.name.localeCompare(b.name, 'en-GB');
}

const pointsOf = (r: Rating | null): number => (r ? RATING_POINTS[r] : -1);

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

function shapeStandard(rows: StandardsRows, state: StandardsState, standard: Standard): StandardModel {
	const domain = DOMAINS.find((d) => d.code === standard.domain)!;
	const ratings = byInspection(rows.ratings.filter((r) => r.standard_code === standard.code));
	const questions = byInspection(rows.keyQuestions.filter((k) => k.standard_code === standard.code));
	const checks = byInspection(rows.checks.filter((c) => c.subject === standard.code));
	const findings = byInspection(rows.findings.filter((f) => f.standard_code === standard.code || f.standard_code === standard.domain));
	const sortAspect = isAspect(state.sort) ? state.sort : null;

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

	const notes: string[] = [];
	const anyKeyQuestions = serviceRows.some((r) => r.hasKeyQuestions);
	if (sortAspect && !anyKeyQuestions) notes.push(`${standardLabel(standard)} has no key questions, so the services are sorted by rating.`);
	sortStandardRows(serviceRows, state.sort);
	for (const r of serviceRows) {
		if (r.printedName) notes.push(`${r.name}'s${r.year ? ` ${r.year}` : ''} report names ${standard.code} "${r.printedName}" (the earlier framework's name).`);
	}

	const legendAspects = (['desistance', 'safety_of_child', 'safety_of_others', 'other'] as const).filter((a) =>
		serviceRows.some((r) => r.lanes.some((l) => l.aspect === a))
	);
	const { title, summary } = standardFinding(standard, serviceRows, state);
	return {
		kind: 'standard',
		standard,
		domain,
		label: standardLabel(standard),
		rows: serviceRows,
		anyKeyQuestions,
		legendAspects,
		anyDerived: serviceRows.some((r) => r.lanes.some((l) => l.mark?.derived)),
		title,
		summary,
		notes
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

/** How many services, in words: "three services", "one service". */
function services(n: number): string {
	return `${numberWord(n)} service${n === 1 ? '' : 's'}`;
}

function standardFinding(standard: Standard, rows: readonly StandardServiceRow[], state: StandardsState): { title: string; summary: string } {
	const label = standardLabel(standard);
	const summary = standardSummary(label, rows);
	if (rows.length === 0) return { title: `No services selected for ${label}`, summary: 'No services are selected.' };

	// The title follows the aspect the reader picked: filtered on, or else sorted by.
	const aspect = isAspect(state.aspect) ? state.aspect : isAspect(state.sort) ? state.sort : null;
	if (aspect) {
		const withMark = rows
			.map((r) => ({ r, mark: lowestOf(r.marks.filter((m) => m.aspect === aspect)) }))
			.filter((x): x is { r: StandardServiceRow; mark: KeyQuestionMark } => x.mark !== null);
		if (withMark.length > 0) {
			const aspectText = ASPECT_PHRASES[aspect];
			const low = Math.min(...withMark.map((x) => x.mark.pct));
			const high = Math.max(...withMark.map((x) => x.mark.pct));
			const lowNames = withMark.filter((x) => x.mark.pct === low).map((x) => x.r.name);
			const highNames = withMark.filter((x) => x.mark.pct === high).map((x) => x.r.name);
			const missing = rows.filter((r) => !withMark.some((x) => x.r === r)).map((r) => r.name);
			const missingText = missing.length ? `; not reported for ${listWords(missing)}` : '';
			if (withMark.length === 1 || low === high) {
				const who = withMark.length === 1 ? withMark[0].r.name : withMark.length === rows.length ? `All ${services(withMark.length)}` : listWords(highNames);
				return {
					title: `${who} ${withMark.length === 1 ? 'has' : 'have'} ${pctText(low)} 'Yes' on ${aspectText} in ${label}${missingText}`,
					summary
				};
			}
			return {
				title: `${listWords(lowNames)} ${lowNames.length === 1 ? 'has' : 'have'} the lowest % 'Yes' on ${aspectText} in ${label} (${pctText(low)}); ${listWords(highNames)} the highest (${pctText(high)})${missingText}`,
				summary
			};
		}
	}
	if (aspect && standard.caseBased && isAspect(state.aspect)) {
		// Filtered on an aspect none of the shown reports prints for this standard: say so, never draw a zero.
		return { title: `${ratingTitle(label, rows)}; ${ASPECT_PHRASES[aspect]} is not reported for ${listWords(rows.map((r) => r.name))}`, summary };
	}
	return { title: ratingTitle(label, rows), summary };
}

/** "Suffolk is rated Inadequate on 2.2 Planning; the other four services are Good". */
function ratingTitle(label: string, rows: readonly (ServiceBase & { rating: Rating | null })[]): string {
	const rated = rows.filter((r) => r.rating !== null);
	const unrated = rows.filter((r) => r.rating === null);
	const unratedText = unrated.length ? `; ${listWords(unrated.map((r) => r.name))} ${unrated.length === 1 ? 'was' : 'were'} not rated` : '';
	if (rated.length === 0) return `${capitalise(listWords(unrated.map((r) => r.name)))} ${unrated.length === 1 ? 'was' : 'were'} not rated on ${label}`;

	// Groups of equal rating, weakest first.
	const groups = new Map<Rating, string[]>();
	for (const r of [...rated].sort((a, b) => pointsOf(a.rating) - pointsOf(b.rating))) {
		groups.set(r.rating!, [...(groups.get(r.rating!) ?? []), r.name]);
	}
	const [[lowRating, lowNames], ...rest] = [...groups.entries()];
	if (rest.length === 0) {
		const who = rated.length === 1 ? lowNames[0] : rows.length === rated.length ? `All ${services(rated.length)}` : listWords(lowNames);
		return `${who} ${rated.length === 1 ? 'is' : 'are'} rated ${lowRating} on ${label}${unratedText}`;
	}
	const restCount = rest.reduce((n, [, names]) => n + names.length, 0);
	const restText =
		rest.length === 1
			? restCount === 1
				? `${rest[0][1][0]} is ${rest[0][0]}`
				: `the other ${services(restCount)} are ${rest[0][0]}`
			: [...rest]
					.reverse()
					.map(([rating, names], i) => (i === 0 ? `${services(names.length)} ${names.length === 1 ? 'is' : 'are'} ${rating}` : `${numberWord(names.length)} ${rating}`))
					.join(' and ')
					.replace(/ and (?=.* and )/g, ', ');
	return `${listWords(lowNames)} ${lowNames.length === 1 ? 'is' : 'are'} rated ${lowRating} on ${label}; ${restText}${unratedText}`;
}

/**
 * Short reading for screen readers and under the title: every rating, each
 * service's lowest key question (the one that drives the rating), and any
 * rating that departs from it. The per-aspect figures are in the marks' labels
 * and the table.
 */
function standardSummary(label: string, rows: readonly StandardServiceRow[]): string {
	const ratings = rows.map((r) => `${r.name} ${r.rating ?? 'not rated'}${r.printedName ? ` (as "${r.printedName}")` : ''}`);
	const parts = [`Ratings on ${label}: ${ratings.join(', ')}.`];
	const lowest = rows
		.filter((r) => r.lowest)
		.map((r) => `${r.name} ${markPhrase(r.lowest!)}`);
	if (lowest.length) parts.push(`Lowest key question: ${lowest.join('; ')}.`);
	const missing = rows.flatMap((r) => r.lanes.filter((l) => !l.mark).map((l) => `${r.name} (${ASPECT_PHRASES[l.aspect]})`));
	if (missing.length) parts.push(`Not reported in the inspection: ${missing.join(', ')}.`);
	const without = rows.filter((r) => !r.hasKeyQuestions).map((r) => r.name);
	if (without.length && without.length < rows.length) parts.push(`No key questions on this standard: ${listWords(without)}.`);
	else if (without.length) parts.push('This standard has no key questions in these reports.');
	for (const r of rows) if (r.divergence) parts.push(`${r.name} is r${r.divergence.sentence.slice(1)}`);
	// The full sentence per service is in the rating's label, tooltip and table; here, once for all.
	const crossing = rows.filter((r) => r.lowest && crossesBandLine(r.lowest)).map((r) => r.name);
	if (crossing.length)
		parts.push(
			`Given the cases read, the lowest key question's plausible range crosses a band line for ${listWords(crossing)}, so ${crossing.length === 1 ? 'its band is' : 'their bands are'} not clear-cut.`
		);
	for (const r of rows) {
		const against = r.lowest ? ratingAgainstRange(r.rating, r.lowest) : null;
		if (against)
			parts.push(
				`${r.name}: ${against.replace(/^That range/, 'the range of its lowest key question').replace(/^The (.+) rating lies outside that range/, "the $1 rating lies outside its lowest key question's range")}`
			);
	}
	return parts.join(' ');
}

// ---------------------------------------------------------------------------
// A whole domain

function shapeDomain(rows: StandardsRows, state: StandardsState, domain: Domain): DomainModel {
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

	const notes: string[] = [];
	if (state.sort === 'name') serviceRows.sort(compareNames);
	else {
		if (state.sort !== 'rating') notes.push("Sorting by a key question's % 'Yes' applies to one standard at a time; the domain is sorted by rating.");
		serviceRows.sort((a, b) => b.points - a.points || b.goodOrBetter - a.goodOrBetter || compareNames(a, b));
	}
	if (state.aspect !== 'all') notes.push('The aspect filter applies to one standard at a time: the grid shows ratings.');
	for (const r of serviceRows) {
		for (const c of r.cells) {
			if (c.printedName) notes.push(`${r.name}'s${r.year ? ` ${r.year}` : ''} report names ${c.standard.code} "${c.printedName}" (the earlier framework's name).`);
		}
	}

	const { title, summary } = domainFinding(domain, standards, serviceRows);
	return { kind: 'domain', domain, standards, rows: serviceRows, title, summary, notes };
}

function domainFinding(domain: Domain, standards: readonly Standard[], rows: readonly DomainServiceRow[]): { title: string; summary: string } {
	const summary = rows
		.map((r) => `${r.name}: ${r.cells.map((c) => `${c.standard.code} ${c.rating ?? 'not rated'}${c.divergence ? ' (differs from its lowest key question)' : ''}`).join(', ')}.`)
		.join(' ');
	if (rows.length === 0) return { title: `No services selected for ${domainLabel(domain)}`, summary: 'No services are selected.' };
	if (standards.length === 1) {
		const only = standards[0];
		const asStandard = rows.map((r) => ({ ...r, rating: r.cells[0].rating }));
		return { title: ratingTitle(standardLabel(only), asStandard), summary };
	}
	const counts = rows.map((r) => r.goodOrBetter);
	const best = Math.max(...counts);
	const worst = Math.min(...counts);
	const n = standards.length;
	const onHowMany = (k: number) => (k === n ? `all ${n} standards` : k === 0 ? `none of the ${n} standards` : `${k} of ${n} standards`);
	const shortly = (k: number) => (k === 0 ? 'none' : k === n ? `all ${n}` : String(k));
	const bestNames = rows.filter((r) => r.goodOrBetter === best).map((r) => r.name);
	const worstNames = rows.filter((r) => r.goodOrBetter === worst).map((r) => r.name);
	const domainName = capitalise(domain.name);
	if (best === worst) {
		const who = rows.length === 1 ? rows[0].name : `All ${services(rows.length)}`;
		return { title: `${domainName}: ${who} ${rows.length === 1 ? 'is' : 'are'} rated Good or better on ${onHowMany(best)}`, summary };
	}
	return {
		title: `${domainName}: ${listWords(bestNames)} ${bestNames.length === 1 ? 'is' : 'are'} rated Good or better on ${onHowMany(best)}; ${listWords(worstNames)} on ${shortly(worst)}`,
		summary
	};
}
