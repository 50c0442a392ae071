/**
 * The disproportionality view's chart models, from the rows of
 * `db/queries/disproportionality.ts`. Pure: the build's rows (every service,
 * every dimension) and the browser's rows (the URL's choice only) give the
 * same model for the same state.
 *
 * Rules that protect accuracy:
 * - A comparator is shown exactly as the report labels it. A relative rate
 *   (caseload share ÷ population share) is computed ONLY where the comparator
 *   is the local youth population; a national average of children in the
 *   youth justice system is a different population, so no rate is derived
 *   from it.
 * - A service whose report prints no table is "Not reported in this
 *   inspection", never a zero; a share printed as 0% is a real 0.
 * - A population share of 0% gives no rate (division by zero), said in words.
 */
import type { CareFactRow, DemographicRow } from '../../db/queries/disproportionality';
import { CARE_MEASURES } from '../../db/queries/disproportionality';
import { REPORT_TABLES, reportTable, type Citation, type Footnote } from './reportTables';
import { listWords } from '../words';

export const DIMENSIONS = ['ethnicity', 'gender', 'age'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<Dimension, string> = {
	ethnicity: 'Ethnicity',
	gender: 'Gender',
	age: 'Age'
};

/** Categories of each dimension in reading order, with generic labels. */
export const CATEGORY_ORDER: Record<Dimension, readonly string[]> = {
	ethnicity: ['white', 'black_asian_minority_ethnic', 'unknown'],
	gender: ['male', 'female'],
	age: ['10-14', '15-17']
};

const CATEGORY_LABELS: Record<string, string> = {
	white: 'White',
	black_asian_minority_ethnic: 'Black, Asian and minority ethnic',
	unknown: 'Unknown',
	male: 'Male',
	female: 'Female',
	'10-14': 'Aged 10–14',
	'15-17': 'Aged 15–17'
};

export function categoryLabel(category: string): string {
	return CATEGORY_LABELS[category] ?? category;
}

/** What the printed comparator is: the local youth population, a national average, or something else. */
export type ComparatorKind = 'local_population' | 'national_average' | 'other';

export function comparatorKind(label: string | null | undefined): ComparatorKind {
	const l = (label ?? '').toLowerCase();
	if (/\byouth population\b/.test(l)) return 'local_population';
	if (/\bnational average\b/.test(l)) return 'national_average';
	return 'other';
}

export const NOT_REPORTED = 'Not reported in this inspection';

export interface Share {
	pct: number;
	source: string;
}

export interface CategoryShares {
	category: string;
	/** Generic label; the report's own wording of the group is in `printedLabel` where it differs. */
	label: string;
	printedLabel: string | null;
	caseload: Share | null;
	comparator: Share | null;
	/** Caseload share ÷ local youth population share; null unless computable (see `rateNote`). */
	relativeRate: number | null;
	/** Why there is no rate, in words; null when there is one. */
	rateNote: string | null;
}

/** A figure read from a sentence, shown only where the report prints no table. */
export interface ProseFigure {
	measure: string;
	label: string;
	value: number;
	unit: string;
	sentence: string;
	source: string;
	approximate: boolean;
}

export interface ServiceDemographics {
	serviceId: string;
	serviceName: string;
	/** Short name for chart labels (the local authority). */
	shortName: string;
	inspectionId: string;
	year: string;
	reported: boolean;
	/** Row label of the service's own shares as printed, e.g. "Thurrock YOS". */
	caseloadLabel: string | null;
	/** Row label of the comparator as printed, e.g. "National average". */
	comparatorLabel: string | null;
	comparatorKind: ComparatorKind | null;
	table: { heading: Citation | null; footnotes: Footnote[] };
	categories: CategoryShares[];
	prose: ProseFigure[];
}

export interface RateRow {
	serviceId: string;
	shortName: string;
	category: string;
	label: string;
	caseloadPct: number;
	populationPct: number | null;
	populationLabel: string;
	rate: number | null;
	rateNote: string | null;
	caseloadSource: string;
	populationSource: string | null;
}

export interface DemographicsModel {
	dimension: Dimension;
	services: ServiceDemographics[];
	reportedCount: number;
	title: string;
	summary: string;
	rate: {
		rows: RateRow[];
		title: string;
		summary: string;
		/** Why there is no rate chart, when `rows` is empty. */
		emptyReason: string | null;
		/** Chosen services with no local rate, and why, in words. */
		withoutLocal: { serviceId: string; shortName: string; reason: string }[];
		maxRate: number;
	};
}

export interface DemographicsState {
	dimension: Dimension;
	services: readonly string[];
}

const PCT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
export const formatPct = (v: number): string => `${PCT.format(v)}%`;
const RATE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatRate = (v: number): string => `${RATE.format(v)}×`;

interface ServiceKey {
	service_id: string;
	service_name: string;
	local_authority: string;
	inspection_id: string;
	fieldwork: string | null;
}

/** Each chosen service's latest inspection, ordered by local authority. */
function latestInspections<R extends ServiceKey>(rows: readonly R[], services: readonly string[]): ServiceKey[] {
	const chosen = new Set(services);
	const byService = new Map<string, ServiceKey>();
	for (const r of rows) {
		if (!chosen.has(r.service_id)) continue;
		const seen = byService.get(r.service_id);
		if (!seen || (r.fieldwork ?? '') > (seen.fieldwork ?? '')) byService.set(r.service_id, r);
	}
	return [...byService.values()].sort((a, b) => a.local_authority.localeCompare(b.local_authority));
}

function yearOf(s: ServiceKey): string {
	return /^(\d{4})/.exec(s.fieldwork ?? '')?.[1] ?? /(\d{4})$/.exec(s.inspection_id)?.[1] ?? '';
}

function rateFor(caseload: Share | null, comparator: Share | null, kind: ComparatorKind | null): Pick<CategoryShares, 'relativeRate' | 'rateNote'> {
	if (kind !== 'local_population') {
		return { relativeRate: null, rateNote: 'No rate: the comparator is not the local youth population' };
	}
	if (!caseload) return { relativeRate: null, rateNote: 'No rate: the caseload share is not printed' };
	if (!comparator) return { relativeRate: null, rateNote: 'No rate: the population share is not printed' };
	if (comparator.pct === 0) return { relativeRate: null, rateNote: 'No rate: the population share is printed as 0%' };
	return { relativeRate: caseload.pct / comparator.pct, rateNote: null };
}

/** Shares printed in a sentence instead of a table, by the dimension they belong to. */
const PROSE_LABELS: Partial<Record<Dimension, Record<string, string>>> = {
	age: { cautioned_sentenced_aged_10_14_pct: 'Children aged 10–14 among those cautioned or sentenced' },
	gender: { caseload_girls_pct: 'Girls in the caseload' },
	ethnicity: {
		caseload_minority_ethnic_pct: 'Children from a minority ethnic background in the caseload',
		school_minority_ethnic_pct: 'Children from a minority ethnic background in the school population',
		cautioned_sentenced_white_pct: 'White children among those cautioned or sentenced',
		cautioned_sentenced_minority_ethnic_pct: 'Black and minority ethnic children among those cautioned or sentenced'
	}
};

function proseFor(dimension: Dimension, facts: readonly CareFactRow[], inspectionId: string): ProseFigure[] {
	const labels = PROSE_LABELS[dimension] ?? {};
	return facts
		.filter((f) => f.inspection_id === inspectionId && f.measure !== null && f.measure in labels && f.value !== null)
		.map((f) => ({
			measure: f.measure!,
			label: f.period ? `${labels[f.measure!]} (${f.period})` : labels[f.measure!],
			value: f.value!,
			unit: f.unit ?? '%',
			sentence: f.source_text ?? '',
			source: f.source ?? '',
			approximate: f.approximate === true
		}));
}

function serviceDemographics(
	key: ServiceKey,
	rows: readonly DemographicRow[],
	facts: readonly CareFactRow[],
	dimension: Dimension
): ServiceDemographics {
	const mine = rows.filter((r) => r.inspection_id === key.inspection_id && r.dimension === dimension && r.pct !== null);
	const caseloadRows = mine.filter((r) => r.population === 'caseload');
	const comparatorRows = mine.filter((r) => r.population === 'comparator');
	const comparatorLabel = comparatorRows[0]?.population_label ?? null;
	const kind = comparatorLabel ? comparatorKind(comparatorLabel) : null;
	const info = REPORT_TABLES[key.inspection_id];
	const order = CATEGORY_ORDER[dimension];
	const present = new Set(mine.map((r) => r.category!));
	const categories = [...order.filter((c) => present.has(c)), ...[...present].filter((c) => !order.includes(c)).sort()];
	const share = (list: DemographicRow[], c: string): Share | null => {
		const r = list.find((x) => x.category === c);
		return r && r.pct !== null ? { pct: r.pct, source: r.source ?? '' } : null;
	};
	return {
		serviceId: key.service_id,
		serviceName: key.service_name,
		shortName: key.local_authority,
		inspectionId: key.inspection_id,
		year: yearOf(key),
		reported: mine.length > 0,
		caseloadLabel: caseloadRows[0]?.population_label ?? null,
		comparatorLabel,
		comparatorKind: kind,
		table: reportTable(key.inspection_id),
		categories: categories.map((c) => {
			const caseload = share(caseloadRows, c);
			const comparator = share(comparatorRows, c);
			const printed = c === 'black_asian_minority_ethnic' ? (info?.ethnicGroupLabel.text ?? null) : null;
			return {
				category: c,
				label: categoryLabel(c),
				printedLabel: printed && printed !== categoryLabel(c) ? printed : null,
				caseload,
				comparator,
				...rateFor(caseload, comparator, kind)
			};
		}),
		prose: mine.length > 0 ? [] : proseFor(dimension, facts, key.inspection_id)
	};
}

function rateRows(services: readonly ServiceDemographics[]): RateRow[] {
	const out: RateRow[] = [];
	for (const s of services) {
		if (s.comparatorKind !== 'local_population') continue;
		for (const c of s.categories) {
			if (!c.caseload) continue;
			out.push({
				serviceId: s.serviceId,
				shortName: s.shortName,
				category: c.category,
				label: c.label,
				caseloadPct: c.caseload.pct,
				populationPct: c.comparator?.pct ?? null,
				populationLabel: s.comparatorLabel ?? '',
				rate: c.relativeRate,
				rateNote: c.rateNote,
				caseloadSource: c.caseload.source,
				populationSource: c.comparator?.source ?? null
			});
		}
	}
	return out;
}

function rateTitle(rows: readonly RateRow[], dimension: Dimension): { title: string; summary: string } {
	const rated = rows.filter((r) => r.rate !== null && r.category !== 'unknown');
	if (!rated.length) {
		return {
			title: `No relative rate can be computed for ${DIMENSION_LABELS[dimension].toLowerCase()}`,
			summary: 'None of the chosen reports prints a local youth population share for this dimension.'
		};
	}
	const top = rated.reduce((a, b) => (b.rate! > a.rate! ? b : a));
	const over = rated.filter((r) => r.category === top.category && r.rate! > 1).sort((a, b) => b.rate! - a.rate!);
	const title =
		top.rate! > 1
			? `${top.label} children are over-represented against the local youth population in ${listWords(
					over.map((r) => `${r.shortName} (${formatRate(r.rate!)})`)
				)}`
			: 'No group is over-represented against the local youth population in the chosen services';
	// Grouped by group (e.g. all services' Black, Asian and minority ethnic rates together), short.
	const groups = [...new Set(rows.map((r) => r.category))];
	const summary = groups
		.map((g) => {
			const list = rows.filter((r) => r.category === g);
			const rated = list.filter((r) => r.rate !== null).map((r) => `${r.shortName} ${formatRate(r.rate!)}`);
			const unrated = list.filter((r) => r.rate === null).map((r) => `${r.shortName}: ${r.rateNote!.replace(/^No rate: /, '')}`);
			const text = [rated.join(', '), unrated.length ? `no rate (${unrated.join('; ')})` : ''].filter(Boolean).join('; ');
			return `${list[0].label}: ${text}.`;
		})
		.join(' ');
	return { title, summary };
}

/** How a group is named in a sentence. */
const GROUP_NOUNS: Record<string, string> = {
	white: 'White children',
	black_asian_minority_ethnic: 'Black, Asian and minority ethnic children',
	unknown: 'children of unknown ethnicity',
	male: 'boys',
	female: 'girls',
	'10-14': 'children aged 10–14',
	'15-17': 'children aged 15–17'
};

export function groupNoun(category: string): string {
	return GROUP_NOUNS[category] ?? `children in group ${category}`;
}

/** What the service's own shares describe: Hartlepool's table is of children cautioned or sentenced, not the caseload. */
export function populationNoun(s: Pick<ServiceDemographics, 'table'>): string {
	return /cautioned or sentenced/i.test(s.table.heading?.text ?? '') ? 'children cautioned or sentenced' : 'caseload';
}

function comparatorPhrase(s: ServiceDemographics): string {
	if (s.comparatorKind === 'local_population') return 'of its local youth population';
	return `(${s.comparatorLabel ?? 'comparator'})`;
}

/**
 * The finding: the largest over-representation (caseload share above the
 * comparator). Local youth population comparators are preferred when any
 * chosen service prints one, since a local caseload against a national
 * average says little about disproportionality in that area.
 */
function mainTitle(services: readonly ServiceDemographics[], dimension: Dimension): string {
	const reported = services.filter((s) => s.reported);
	const noun = DIMENSION_LABELS[dimension].toLowerCase();
	if (!services.length) return 'No service chosen';
	if (!reported.length) return `None of the chosen services' reports prints a table of children by ${noun}`;
	const local = reported.filter((s) => s.comparatorKind === 'local_population');
	const pool = local.length ? local : reported;
	let best: { s: ServiceDemographics; c: CategoryShares; gap: number } | null = null;
	for (const s of pool) {
		for (const c of s.categories) {
			if (!c.caseload || !c.comparator || c.category === 'unknown') continue;
			const gap = c.caseload.pct - c.comparator.pct;
			if (gap > 0 && (!best || gap > best.gap)) best = { s, c, gap };
		}
	}
	if (!best) return `No group's share of the chosen caseloads is above its comparator for ${noun}`;
	const { s, c } = best;
	const lead = s.comparatorKind === 'local_population' ? 'shows the largest over-representation' : 'is furthest above its comparator';
	return `${s.shortName} ${lead}: ${groupNoun(c.category)} are ${formatPct(
		c.caseload!.pct
	)} of its ${populationNoun(s)} against ${formatPct(c.comparator!.pct)} ${comparatorPhrase(s)}`;
}

/** Short visible summary; each mark's aria-label and the table carry every figure. */
function mainSummary(services: readonly ServiceDemographics[], dimension: Dimension): string {
	const noun = DIMENSION_LABELS[dimension].toLowerCase();
	const reported = services.filter((s) => s.reported);
	const silent = services.filter((s) => !s.reported);
	const names = (list: readonly ServiceDemographics[]) => listWords(list.map((s) => s.shortName));
	const parts = [`${reported.length} of the ${services.length} chosen reports ${reported.length === 1 ? 'prints' : 'print'} a table of children by ${noun}.`];
	const local = reported.filter((s) => s.comparatorKind === 'local_population');
	const national = reported.filter((s) => s.comparatorKind === 'national_average');
	const other = reported.filter((s) => s.comparatorKind !== 'local_population' && s.comparatorKind !== 'national_average');
	if (local.length) parts.push(`Compared with the local youth population: ${names(local)}.`);
	if (national.length) parts.push(`Compared with a national average of children in the youth justice system: ${names(national)}.`);
	if (other.length) parts.push(`Other comparator: ${names(other)}.`);
	if (silent.length) parts.push(`${NOT_REPORTED}: ${names(silent)}.`);
	const prose = silent.filter((s) => s.prose.length);
	if (prose.length) parts.push(`A figure stated only in the report's text is quoted for ${names(prose)}.`);
	return parts.join(' ');
}

export function shapeDemographics(
	rows: readonly DemographicRow[],
	facts: readonly CareFactRow[],
	state: DemographicsState
): DemographicsModel {
	const keys = latestInspections(rows, state.services);
	const services = keys.map((k) => serviceDemographics(k, rows, facts, state.dimension));
	const rr = rateRows(services);
	const { title: rTitle, summary: rSummary } = rateTitle(rr, state.dimension);
	const anyReported = services.some((s) => s.reported);
	const emptyReason = rr.length
		? null
		: !anyReported
			? `None of the chosen services' reports prints a table of children by ${state.dimension}.`
			: `The chosen reports compare ${state.dimension} only with a national average, not with the local youth population, so no local relative rate is computed.`;
	const finite = rr.map((r) => r.rate).filter((r): r is number => r !== null);
	const withoutLocal = services
		.filter((s) => s.comparatorKind !== 'local_population')
		.map((s) => ({
			serviceId: s.serviceId,
			shortName: s.shortName,
			reason: !s.reported
				? NOT_REPORTED.toLowerCase()
				: s.comparatorKind === 'national_average'
					? 'only a national average is printed'
					: `the report's comparator ("${s.comparatorLabel ?? 'none'}") is not the local youth population`
		}));
	const without = withoutLocal.map((w) => `No local rate for ${w.shortName}: ${w.reason}.`).join(' ');
	return {
		dimension: state.dimension,
		services,
		reportedCount: services.filter((s) => s.reported).length,
		title: mainTitle(services, state.dimension),
		summary: mainSummary(services, state.dimension),
		rate: {
			rows: rr,
			title: rTitle,
			summary: [rSummary, without].filter(Boolean).join(' '),
			emptyReason,
			withoutLocal,
			maxRate: Math.max(2, ...finite)
		}
	};
}

// ---------------------------------------------------------------------------
// Care and support status of the caseload (facts).

export const CARE_LABELS: Record<(typeof CARE_MEASURES)[number], string> = {
	looked_after_resident_pct: 'Looked-after children resident in the area',
	looked_after_placed_outside_pct: 'Looked-after children placed outside the area',
	child_protection_plan_pct: 'With a child protection plan',
	child_in_need_plan_pct: 'With a child in need plan',
	send_pct: 'With special educational needs or disability (SEND)',
	learning_disability_difficulty_or_ehcp_pct: 'With a learning disability, learning difficulty or EHC plan'
};

export interface CareCell {
	serviceId: string;
	shortName: string;
	value: number | null;
	sourceText: string | null;
	note: string | null;
	fromProse: boolean;
	approximate: boolean;
	source: string | null;
}

export interface CareMeasureRow {
	measure: string;
	label: string;
	cells: CareCell[];
	reportedCount: number;
}

export interface CareModel {
	services: { serviceId: string; shortName: string; year: string; reportsAny: boolean }[];
	/** Only measures at least one chosen service reports. */
	measures: CareMeasureRow[];
	maxValue: number;
	title: string;
	summary: string;
}

export function shapeCare(facts: readonly CareFactRow[], state: Pick<DemographicsState, 'services'>): CareModel {
	const keys = latestInspections(facts, state.services);
	const measures: CareMeasureRow[] = [];
	for (const measure of CARE_MEASURES) {
		const cells = keys.map((k) => {
			const f = facts.find((r) => r.inspection_id === k.inspection_id && r.measure === measure && r.value !== null);
			return {
				serviceId: k.service_id,
				shortName: k.local_authority,
				value: f?.value ?? null,
				sourceText: f?.source_text ?? null,
				note: f?.note ?? null,
				fromProse: f?.from_prose === true,
				approximate: f?.approximate === true,
				source: f?.source ?? null
			};
		});
		const reportedCount = cells.filter((c) => c.value !== null).length;
		if (reportedCount) measures.push({ measure, label: CARE_LABELS[measure], cells, reportedCount });
	}
	const services = keys.map((k) => ({
		serviceId: k.service_id,
		shortName: k.local_authority,
		year: yearOf(k),
		reportsAny: measures.some((m) => m.cells.some((c) => c.serviceId === k.service_id && c.value !== null))
	}));
	const values = measures.flatMap((m) => m.cells.map((c) => c.value)).filter((v): v is number => v !== null);
	const silent = services.filter((s) => !s.reportsAny).map((s) => s.shortName);
	let title: string;
	if (!services.length) title = 'No service chosen';
	else if (!measures.length) title = "None of the chosen services' reports prints the care status of its caseload";
	else {
		const first = measures[0];
		const best = first.cells.filter((c) => c.value !== null).reduce((a, b) => (b.value! > a.value! ? b : a));
		const lead = `${best.shortName} has the largest share ${first.label.replace(/^With /, 'with ').replace(/^Looked-after/, 'of looked-after')} (${formatPct(best.value!)})`;
		title = silent.length ? `${lead}; ${listWords(silent)} ${silent.length === 1 ? 'prints' : 'print'} no such figures` : lead;
	}
	const countFor = (id: string) => measures.filter((m) => m.cells.some((c) => c.serviceId === id && c.value !== null)).length;
	const reporting = services.filter((s) => s.reportsAny).map((s) => `${s.shortName} (${countFor(s.serviceId)} ${countFor(s.serviceId) === 1 ? 'measure' : 'measures'})`);
	const summary = [
		reporting.length ? `Shares of the current caseload printed by ${listWords(reporting)}.` : '',
		silent.length ? `${NOT_REPORTED}: ${listWords(silent)}.` : '',
		'The reports give no comparator for them.'
	]
		.filter(Boolean)
		.join(' ');
	return { services, measures, maxValue: Math.max(0, ...values), title, summary };
}
