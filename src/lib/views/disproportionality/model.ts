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
import type { Dimension } from '../../state/views/disproportionality';
import { REPORT_TABLES, reportTable, type Citation, type Footnote } from '../../charts/disproportionality/reportTables';
import { CARE_LABELS, NOT_REPORTED, PROSE_LABELS, careSummary, careTitle, categoryLabel, mainSummary, mainTitle, rateEmptyReason, rateTitle } from './wording';

/** Categories of each dimension in reading order, with generic labels. */
export const CATEGORY_ORDER: Record<Dimension, readonly string[]> = {
	ethnicity: ['white', 'black_asian_minority_ethnic', 'unknown'],
	gender: ['male', 'female'],
	age: ['10-14', '15-17']
};

/** What the printed comparator is: the local youth population, a national average, or something else. */
export type ComparatorKind = 'local_population' | 'national_average' | 'other';

export function comparatorKind(label: string | null | undefined): ComparatorKind {
	const l = (label ?? '').toLowerCase();
	if (/\byouth population\b/.test(l)) return 'local_population';
	if (/\bnational average\b/.test(l)) return 'national_average';
	return 'other';
}

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

export function shapeDemographics(
	rows: readonly DemographicRow[],
	facts: readonly CareFactRow[],
	state: DemographicsState
): DemographicsModel {
	const keys = latestInspections(rows, state.services);
	const services = keys.map((k) => serviceDemographics(k, rows, facts, state.dimension));
	const rr = rateRows(services);
	const { title: rTitle, summary: rSummary } = rateTitle(rr, state.dimension);
	const emptyReason = rr.length ? null : rateEmptyReason(services, state.dimension);
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

export interface CareService {
	serviceId: string;
	shortName: string;
	year: string;
	reportsAny: boolean;
}

export interface CareModel {
	services: CareService[];
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
	return { services, measures, maxValue: Math.max(0, ...values), title: careTitle(services, measures), summary: careSummary(services, measures) };
}
