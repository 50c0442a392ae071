/**
 * The standards explorer's English: the chart's title, summary and notes, the
 * sentences the model carries for tooltips and tables (why a standard is not
 * rated, where a rating departs from its lowest key question), and the labels
 * of the controls. Pure functions of the model and the URL state.
 */
import { ASPECT_LABELS, ORIGINAL_FRAMEWORK_NAMES, RATING_POINTS, type Domain, type Rating, type Standard } from '../../framework';
import { isAspect, type AspectFilter, type StandardsSort, type StandardsState } from '../../state/views/standards';
import { crossesBandLine, ratingAgainstRange, sampleSuffix } from '../../charts/certainty';
import { figureText, numberWord, pctText } from '../../charts/standards/format';
import { capitalise, listWords } from '../../charts/words';
import type { DomainModel, KeyQuestionMark, MarkAspect, ServiceBase, StandardModel, StandardServiceRow, StandardsModel } from './model';

export const MARK_ASPECT_LABELS: Record<MarkAspect, string> = { ...ASPECT_LABELS, other: 'Other key question' };

/** Each aspect as it reads inside a sentence ("the lowest % 'Yes' on the child's safety"). */
const ASPECT_PHRASES: Record<MarkAspect, string> = {
	desistance: 'desistance',
	safety_of_child: "the child's safety",
	safety_of_others: "other people's safety",
	other: 'a key question outside the three aspects'
};

export const SORT_LABELS: Record<StandardsSort, string> = {
	rating: 'Rating, best first',
	desistance: "Desistance % 'Yes', highest first",
	safety_of_child: "Child's safety % 'Yes', highest first",
	safety_of_others: "Other people's safety % 'Yes', highest first",
	name: 'Name'
};

export const ASPECT_FILTER_LABELS: Record<AspectFilter, string> = {
	all: 'All aspects',
	desistance: ASPECT_LABELS.desistance,
	safety_of_child: ASPECT_LABELS.safety_of_child,
	safety_of_others: ASPECT_LABELS.safety_of_others
};

/** ` (2020 framework: Joint working)` after a standard whose code the 2020 framework named otherwise; else empty. */
export function oldName(code: string): string {
	return ORIGINAL_FRAMEWORK_NAMES[code] ? ` (2020 framework: ${ORIGINAL_FRAMEWORK_NAMES[code]})` : '';
}

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

/** Why a service has no rating on a standard. */
export function notRatedReason(base: Pick<ServiceBase, 'framework' | 'year'>, standard: Standard): string {
	if (standard.code === '4.1' && base.framework === 'original') {
		return `Not rated: resettlement was not a rated standard in the framework of this${base.year ? ` ${base.year}` : ''} inspection`;
	}
	return 'Not rated in this inspection';
}

/** "Rated Good although its lowest key question, 63% (…), is in the Requires improvement band; …". */
export function divergenceSentence(status: 'discretion' | 'flag', rating: Rating, band: Rating, lowest: KeyQuestionMark | null): string {
	const lowestText = lowest ? `its lowest key question, ${figureText(lowest)},` : 'its lowest key question';
	const reason = status === 'discretion' ? 'the report says professional discretion was applied' : 'the report does not say why';
	return `Rated ${rating} although ${lowestText} is in the ${band} band; ${reason}.`;
}

export interface StandardsWording {
	title: string;
	summary: string;
	/** Plain notes under the chart (sorting fallbacks, printed names). */
	notes: string[];
}

/** The chart's title (its finding), summary and notes. */
export function standardsWording(model: StandardsModel, state: StandardsState): StandardsWording {
	return model.kind === 'standard'
		? { ...standardFinding(model, state), notes: standardNotes(model, state) }
		: { ...domainFinding(model), notes: domainNotes(model, state) };
}

/**
 * The note under the chart: what the services are compared with, how to read the
 * key-question figures, then the model's own notes. `inspections`: "Suffolk 2022", ….
 */
export function chartNote(model: StandardsModel, notes: readonly string[], inspections: readonly string[]): string {
	const parts = [`Services compared with each other on their latest inspection (${inspections.join(', ')}), not with a national average.`];
	if (model.kind === 'standard' && model.anyKeyQuestions) {
		parts.push("Key-question figures are the % of inspected cases answered 'Yes'; the bands are the Inspectorate's fixed thresholds.");
		parts.push('The bar behind each mark is its 95% Wilson interval: the range the % could plausibly take given the number of cases read.');
	}
	if (model.kind === 'standard' && model.anyDerived) parts.push('* Hartlepool 2020 printed counts, not percentages: its % is derived from them.');
	parts.push(...notes);
	return parts.join(' ');
}

function printedNameNote(name: string, year: string | null, code: string, printedName: string): string {
	return `${name}'s${year ? ` ${year}` : ''} report names ${code} "${printedName}" (the earlier framework's name).`;
}

function standardNotes(model: StandardModel, state: StandardsState): string[] {
	const notes: string[] = [];
	if (isAspect(state.sort) && !model.anyKeyQuestions) notes.push(`${model.label} has no key questions, so the services are sorted by rating.`);
	for (const r of model.rows) if (r.printedName) notes.push(printedNameNote(r.name, r.year, model.standard.code, r.printedName));
	return notes;
}

function domainNotes(model: DomainModel, state: StandardsState): string[] {
	const notes: string[] = [];
	if (state.sort !== 'name' && state.sort !== 'rating') notes.push("Sorting by a key question's % 'Yes' applies to one standard at a time; the domain is sorted by rating.");
	if (state.aspect !== 'all') notes.push('The aspect filter applies to one standard at a time: the grid shows ratings.');
	for (const r of model.rows) {
		for (const c of r.cells) if (c.printedName) notes.push(printedNameNote(r.name, r.year, c.standard.code, c.printedName));
	}
	return notes;
}

/** How many services, in words: "three services", "one service". */
function services(n: number): string {
	return `${numberWord(n)} service${n === 1 ? '' : 's'}`;
}

function standardFinding(model: StandardModel, state: StandardsState): { title: string; summary: string } {
	const { standard, label, rows } = model;
	const summary = standardSummary(label, rows);
	if (rows.length === 0) return { title: `No services selected for ${label}`, summary: 'No services are selected.' };

	// The title follows the aspect the reader picked: filtered on, or else sorted by.
	const aspect = isAspect(state.aspect) ? state.aspect : isAspect(state.sort) ? state.sort : null;
	if (aspect) {
		// Each service's lowest % 'Yes' on the aspect, where it has one.
		const withMark = rows
			.map((r) => ({ r, pcts: r.marks.filter((m) => m.aspect === aspect).map((m) => m.pct) }))
			.filter((x) => x.pcts.length > 0)
			.map((x) => ({ r: x.r, pct: Math.min(...x.pcts) }));
		if (withMark.length > 0) {
			const aspectText = ASPECT_PHRASES[aspect];
			const low = Math.min(...withMark.map((x) => x.pct));
			const high = Math.max(...withMark.map((x) => x.pct));
			const lowNames = withMark.filter((x) => x.pct === low).map((x) => x.r.name);
			const highNames = withMark.filter((x) => x.pct === high).map((x) => x.r.name);
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
function ratingTitle(label: string, rows: readonly { name: string; rating: Rating | null }[]): string {
	const rated = rows.filter((r) => r.rating !== null);
	const unrated = rows.filter((r) => r.rating === null);
	const unratedText = unrated.length ? `; ${listWords(unrated.map((r) => r.name))} ${unrated.length === 1 ? 'was' : 'were'} not rated` : '';
	if (rated.length === 0) return `${capitalise(listWords(unrated.map((r) => r.name)))} ${unrated.length === 1 ? 'was' : 'were'} not rated on ${label}`;

	// Groups of equal rating, weakest first.
	const groups = new Map<Rating, string[]>();
	for (const r of [...rated].sort((a, b) => RATING_POINTS[a.rating!] - RATING_POINTS[b.rating!])) {
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
	const lowest = rows.filter((r) => r.lowest).map((r) => `${r.name} ${markPhrase(r.lowest!)}`);
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

function domainFinding({ domain, standards, rows }: DomainModel): { title: string; summary: string } {
	const summary = rows
		.map((r) => `${r.name}: ${r.cells.map((c) => `${c.standard.code} ${c.rating ?? 'not rated'}${c.divergence ? ' (differs from its lowest key question)' : ''}`).join(', ')}.`)
		.join(' ');
	if (rows.length === 0) return { title: `No services selected for ${domainLabel(domain)}`, summary: 'No services are selected.' };
	if (standards.length === 1) {
		const asStandard = rows.map((r) => ({ name: r.name, rating: r.cells[0].rating }));
		return { title: ratingTitle(standardLabel(standards[0]), asStandard), summary };
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
