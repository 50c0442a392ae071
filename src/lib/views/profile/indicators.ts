/**
 * Local indicators of a register service: the context view's trend model and
 * the peers view's dot model, drawn per member authority (a joint service has
 * one panel and one peer chart per authority, each labelled). Pure.
 */
import type { PeerIndicatorRow } from '../../db/queries/peers';
import type { TrendRow } from '../../db/queries/context';
import type { FootprintRow } from '../../db/queries/register';
import { shapeTrends, type TrendsModel } from '../../views/context/trends';
import { PEER_MEASURES, shapePeers, type PeerModel } from '../../views/peers/model';
import { measureByParam, LA_MEASURES } from '../../measures/laMeasures';
import type { Comparator } from '../../views/context/trends';

export interface MemberPeers {
	laName: string;
	laNumber: number;
	model: PeerModel;
}

export interface LocalIndicatorsModel {
	members: FootprintRow[];
	trends: TrendsModel | null;
	/** Null when the measure has no peer comparison (the peers view covers three LAIT measures). */
	peers: MemberPeers[] | null;
	peerMeasureLabel: string | null;
	from: number;
	to: number;
}

export function shapeLocalIndicators(
	footprint: readonly FootprintRow[],
	trendRows: readonly TrendRow[],
	peerRows: readonly PeerIndicatorRow[],
	state: { measure: string; compare: string }
): LocalIndicatorsModel {
	const members = footprint.filter((f) => f.in_lait && f.dfe_la_number !== null);
	const measure = measureByParam(state.measure) ?? LA_MEASURES[0];
	const years = trendRows.map((r) => r.year);
	const [from, to] = years.length ? [Math.min(...years), Math.max(...years)] : [0, 0];
	const trends = members.length
		? shapeTrends(trendRows, {
				services: members.map((m) => String(m.dfe_la_number)),
				measure: measure.param,
				from,
				to,
				comparator: (state.compare === 'england' ? 'england' : 'region') as Comparator
			})
		: null;
	const peerMeasure = PEER_MEASURES.find((m) => m.param === measure.param && m.param !== 'inspection-score') ?? null;
	const peers = peerMeasure
		? members.map((m) => {
				const key = String(m.dfe_la_number);
				// The latest year with this authority's own figure, else the latest year of any figure.
				const own = peerRows.filter((r) => r.service_id === key && r.rank === 0 && r.measure === measure.id && r.value !== null);
				const any = peerRows.filter((r) => r.service_id === key && r.measure === measure.id && r.year !== null);
				const year = Math.max(...(own.length ? own : any).map((r) => r.year!), 0);
				return { laName: m.la_name, laNumber: m.dfe_la_number!, model: shapePeers(peerRows, [], { service: key, measure: peerMeasure.param, year }) };
			})
		: null;
	return { members, trends, peers, peerMeasureLabel: peerMeasure?.label ?? null, from, to };
}
