/**
 * Chart model of the peers view: a service's local authority among its ten
 * DfE statistical neighbours on one measure, with the neighbours' median.
 *
 * "Similar" rule (stated on the chart and on /methods): an authority is
 * similar to its peers when its value is within one robust standard deviation
 * of the neighbours' median (1.4826 × their median absolute deviation,
 * `stats/robust.ts`). Outside that it is lower or higher, which is better or
 * worse by the measure's polarity (from the measures catalogue); spend is no
 * judgement. LAIT publishes rates and percentages without their counts and
 * populations, so no confidence interval (Byar, Wilson) can be put on one
 * authority's figure: the peer group's own spread decides instead.
 *
 * The median is over the ten neighbours with a figure (the service itself
 * is not included). For inspection scores, one joint inspection covering two
 * neighbours (e.g. Northamptonshire) counts once in the median.
 * Pure: the same model from the prerendered rows and the live rows.
 */
import type { PeerIndicatorRow, PeerScoreRow } from '../../db/queries/peers';
import { missingReason, type Polarity } from '../../measures/laMeasures';
import { measuresFor, type MeasureUnit } from '../../measures/catalogue';
import { compareWithPeers, MIN_PEERS, type Relation } from '../../stats/robust';
import type { PeerMeasureParam } from '../../state/views/peers';
import { peersFinding } from './wording';

/** Reorganised authorities whose LAIT series sit under an older code (data/national/README.md). */
const FILED_UNDER_PREDECESSOR: Readonly<Record<string, string>> = {
	Dorset: 'Dorset (Pre LG)',
	'Bournemouth, Christchurch and Poole': 'Bournemouth (Pre LG) and Poole (Pre LG)',
	'North Northamptonshire': 'Northamptonshire',
	'West Northamptonshire': 'Northamptonshire',
	Cumberland: 'Cumbria',
	'Westmorland and Furness': 'Cumbria'
};

export interface PeerMeasureInfo {
	param: PeerMeasureParam;
	/** Catalogue id (`la_indicators.measure` for LAIT measures). */
	id: string;
	label: string;
	axis: string;
	unit: MeasureUnit;
	polarity: Polarity;
	/** Whether the `year` parameter applies. */
	yearly: boolean;
}

export const PEER_MEASURES: readonly PeerMeasureInfo[] = measuresFor('peers').map((m) => ({
	param: m.param as PeerMeasureParam,
	id: m.id,
	label: m.label,
	axis: m.axis,
	unit: m.unit,
	polarity: m.polarity,
	yearly: m.yearly
}));

export function peerMeasure(param: string): PeerMeasureInfo {
	return PEER_MEASURES.find((m) => m.param === param) ?? PEER_MEASURES[0];
}

export type { Relation };
/** A relation read through the measure's polarity. */
export type Verdict = 'better' | 'similar' | 'worse' | 'neither';

export interface PeerPoint {
	laNumber: number;
	laName: string;
	/** 0 for the service's own authority, 1–10 for neighbours. */
	rank: number;
	closeness: string | null;
	isService: boolean;
	value: number | null;
	/** Why there is no value, in plain words; null when there is one. */
	missing: string | null;
	/** LAIT period (`2024`, `2024-25`) or the inspection's publication date. */
	period: string | null;
	/** Extra words for the tooltip/table, e.g. the inspected service and its rating. */
	detail: string | null;
	/** Relation of this value to the peer median (null without a value or median). */
	relation: Relation | null;
	verdict: Verdict | null;
	/** The inspection's report page for scores; null for LAIT values (one release, cited on the card). */
	source: string | null;
}

export interface PeerModel {
	serviceId: string;
	localAuthority: string;
	measure: PeerMeasureInfo;
	/** The year asked for; null for inspection scores. */
	year: number | null;
	/** Service first, then neighbours by value (lowest first); authorities without a value last, by rank. */
	points: PeerPoint[];
	service: PeerPoint | null;
	median: number | null;
	/** Half-width of "similar": 1.4826 × the neighbours' median absolute deviation; null without a median. */
	spread: number | null;
	/** How many values the median is over. */
	medianCount: number;
	/** 1-based position of the service among all authorities with a value, lowest first, and how many there are. */
	position: { lowestFirst: number; of: number } | null;
	notes: string[];
	title: string;
	summary: string;
}

export interface PeersShapeState {
	service: string;
	measure: string;
	year: number;
}


export function verdictOf(relation: Relation, polarity: Polarity): Verdict {
	if (polarity === 'neither') return 'neither';
	if (relation === 'similar') return 'similar';
	const good = polarity === 'lower_is_better' ? 'lower' : 'higher';
	return relation === good ? 'better' : 'worse';
}

interface Base {
	laNumber: number;
	laName: string;
	rank: number;
	closeness: string | null;
}

function groupOf(rows: ReadonlyArray<{ service_id: string; la_number: number; la_name: string; rank: number; closeness: string | null }>, service: string): Base[] {
	const seen = new Map<number, Base>();
	for (const r of rows) {
		if (r.service_id !== service || seen.has(r.rank)) continue;
		seen.set(r.rank, { laNumber: r.la_number, laName: r.la_name, rank: r.rank, closeness: r.closeness });
	}
	return [...seen.values()].sort((a, b) => a.rank - b.rank);
}

/** One point per authority from LAIT rows for the chosen year. */
function indicatorPoints(rows: readonly PeerIndicatorRow[], state: PeersShapeState, measureId: string): PeerPoint[] {
	const mine = rows.filter((r) => r.service_id === state.service);
	return groupOf(mine, state.service).map((b) => {
		const row = mine.find((r) => r.la_number === b.laNumber && r.measure === measureId && r.year === state.year);
		const ok = !!row && row.value !== null && Number.isFinite(row.value);
		return {
			...b,
			isService: b.rank === 0,
			value: ok ? row!.value : null,
			missing: ok ? null : row ? missingReason(row) : `not available (no ${state.year} figure in the source)`,
			period: row?.period ?? null,
			detail: row?.flag ? `flag: ${row.flag}` : null,
			relation: null,
			verdict: null,
			source: null
		};
	});
}

/** One point per authority: its latest comparable inspection covering it. */
function scorePoints(rows: readonly PeerScoreRow[], state: PeersShapeState): { points: PeerPoint[]; inspectionOf: Map<number, string> } {
	const mine = rows.filter((r) => r.service_id === state.service);
	const inspectionOf = new Map<number, string>();
	const points = groupOf(mine, state.service).map((b) => {
		const candidates = mine.filter((r) => r.la_number === b.laNumber && r.score !== null && Number.isFinite(r.score));
		// Latest publication first; an undated row (e.g. "2020/21") sorts as oldest.
		candidates.sort((x, y) => (y.published ?? '').localeCompare(x.published ?? ''));
		const row = candidates[0];
		if (row) inspectionOf.set(b.laNumber, `${row.inspected_service}|${row.published ?? row.published_as_stated ?? ''}`);
		const joint = row && (row.la_names ?? '').includes(';');
		return {
			...b,
			isService: b.rank === 0,
			value: row ? row.score : null,
			missing: row ? null : 'no comparable inspection (scored out of 36) covers this authority',
			period: row ? (row.published || row.published_as_stated || null) : null,
			detail: row ? `${row.inspected_service}${joint ? ' (joint service)' : ''}, ${row.overall_rating}` : null,
			relation: null,
			verdict: null,
			source: row ? (row.report_url || row.source) : null
		};
	});
	return { points, inspectionOf };
}

export function shapePeers(
	indicatorRows: readonly PeerIndicatorRow[],
	scoreRows: readonly PeerScoreRow[],
	state: PeersShapeState
): PeerModel {
	const measure = peerMeasure(state.measure);
	const notes: string[] = [];
	let points: PeerPoint[];
	let medianValues: number[];
	if (measure.param === 'inspection-score') {
		const { points: pts, inspectionOf } = scorePoints(scoreRows, state);
		points = pts;
		// A joint inspection covering two neighbours counts once.
		const once = new Map<string, number>();
		for (const p of pts) if (!p.isService && p.value !== null) once.set(inspectionOf.get(p.laNumber)!, p.value);
		medianValues = [...once.values()];
		if (once.size < pts.filter((p) => !p.isService && p.value !== null).length)
			notes.push('A joint service inspected once for two neighbouring authorities is counted once in the median.');
		const years = pts.map((p) => /\d{4}/.exec(p.period ?? '')?.[0]).filter((y): y is string => !!y).sort();
		const range = years.length ? ` (published ${years[0] === years[years.length - 1] ? years[0] : `${years[0]} to ${years[years.length - 1]}`})` : '';
		notes.push(`Scores are from each authority\u2019s latest inspection scored out of 36${range}, so the dates differ; the year setting does not apply.`);
	} else {
		points = indicatorPoints(indicatorRows, state, measure.id);
		medianValues = points.filter((p) => !p.isService && p.value !== null).map((p) => p.value!);
		if (measure.unit === 'gbp')
			notes.push(
				'Spend is the total in pounds, not per child: LAIT has no population for the neighbours, so differences partly reflect the size of each authority. Spend is neither better nor worse when higher.'
			);
	}
	// Every authority is read against the neighbours' median and spread (the service is not among them).
	for (const p of points) {
		const c = p.value === null ? null : compareWithPeers(p.value, medianValues);
		if (!c) continue;
		p.relation = c.relation;
		p.verdict = verdictOf(c.relation, measure.polarity);
	}
	const group = compareWithPeers(0, medianValues);
	const med = group?.median ?? null;
	if (medianValues.length > 0 && !group)
		notes.push(`Only ${medianValues.length} neighbour${medianValues.length === 1 ? ' has' : 's have'} a figure: fewer than ${MIN_PEERS}, too few for a median and spread, so no authority is called similar, better or worse.`);
	const service = points.find((p) => p.isService) ?? null;
	const withValue = points.filter((p) => p.value !== null).sort((a, b) => a.value! - b.value! || a.rank - b.rank);
	const without = points.filter((p) => p.value === null).sort((a, b) => a.rank - b.rank);
	const position = service && service.value !== null ? { lowestFirst: withValue.indexOf(service) + 1, of: withValue.length } : null;
	const missingPeers = without.filter((p) => !p.isService);
	if (missingPeers.length && measure.param !== 'inspection-score') {
		notes.push(`No ${state.year} figure for ${missingPeers.map((p) => p.laName).join(', ')}: shown as not available, not zero.`);
		const filed = missingPeers.filter((p) => FILED_UNDER_PREDECESSOR[p.laName]);
		if (filed.length)
			notes.push(
				`LAIT files some series of reorganised authorities under an older code (${filed.map((p) => `${p.laName}: ${FILED_UNDER_PREDECESSOR[p.laName]}`).join('; ')}); those figures are not substituted here.`
			);
	}

	const model: Omit<PeerModel, 'title' | 'summary'> = {
		serviceId: state.service,
		localAuthority: service?.laName ?? points[0]?.laName ?? state.service,
		measure,
		year: measure.yearly ? state.year : null,
		points: [...withValue, ...without],
		service,
		median: med,
		spread: group?.spread ?? null,
		medianCount: group ? medianValues.length : 0,
		position,
		notes
	};
	return { ...model, ...peersFinding(model) };
}
