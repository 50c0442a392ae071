/**
 * The pack's peer group (the DfE statistical neighbours, or the authorities a
 * reader chose in a link) turned into the rows the peers view already shapes,
 * so "better", "similar" and "worse" are decided by the one rule the
 * dashboard states on `/peers` (`views/peers/model.ts`), not a second copy.
 */
import type { PeerIndicatorRow, PeerScoreRow } from '../db/queries/peers';
import { shapePeers, type PeerModel } from '../views/peers/model';
import { SIMILAR_METHOD } from '../views/peers/wording';
import type { AuthorityScoreRow, BoardPackInput, IndicatorRow } from './inputs';

export interface PeerGroupMember {
	laNumber: number;
	laName: string;
	/** 0 for the service's own authority. */
	rank: number;
	closeness: string | null;
}

export interface PeerGroup {
	/** `neighbours`: DfE statistical neighbours; `chosen`: from the link. */
	kind: 'neighbours' | 'chosen';
	/** How the pack names the group in sentences. */
	noun: string;
	members: PeerGroupMember[];
	/** The rule that decides the comparison word, in plain words. */
	method: string;
}

export const PEER_METHOD = `“similar” means ${SIMILAR_METHOD.replace("neighbours'", 'peers’')}; outside it, lower or higher, read as better or worse by the measure’s direction (the rule on the Peers page)`;

export function peerGroup(input: Pick<BoardPackInput, 'service' | 'neighbours' | 'chosenPeers'>): PeerGroup | null {
	const { service } = input;
	if (service.dfe_la_number === null) return null;
	const own: PeerGroupMember = { laNumber: service.dfe_la_number, laName: service.local_authority, rank: 0, closeness: null };
	const chosen = (input.chosenPeers ?? []).filter((p) => p.la_number !== service.dfe_la_number);
	if (chosen.length)
		return {
			kind: 'chosen',
			noun: 'the peers chosen in the link',
			members: [own, ...chosen.map((p, i) => ({ laNumber: p.la_number, laName: p.la_name, rank: i + 1, closeness: null }))],
			method: PEER_METHOD
		};
	if (!input.neighbours.length) return null;
	return {
		kind: 'neighbours',
		noun: 'its DfE statistical neighbours',
		members: [
			own,
			...[...input.neighbours]
				.sort((a, b) => a.rank - b.rank)
				.map((n) => ({ laNumber: n.neighbour_la_number, laName: n.neighbour_la_name, rank: n.rank, closeness: n.closeness }))
		],
		method: PEER_METHOD
	};
}

function indicatorRows(serviceId: string, group: PeerGroup, rows: readonly IndicatorRow[], measure: string): PeerIndicatorRow[] {
	return group.members.flatMap((m): PeerIndicatorRow[] => {
		const own = rows.filter((r) => r.geography_level === 'local_authority' && r.dfe_la_number === m.laNumber && r.measure === measure);
		const base = { service_id: serviceId, la_number: m.laNumber, la_name: m.laName, rank: m.rank, closeness: m.closeness };
		if (!own.length) return [{ ...base, measure: null, period: null, year: null, value: null, suppressed: null, flag: null }];
		return own.map((r) => ({ ...base, measure: r.measure, period: r.period, year: r.year, value: r.value, suppressed: r.suppressed, flag: r.flag }));
	});
}

function scoreRows(serviceId: string, serviceName: string, group: PeerGroup, national: readonly AuthorityScoreRow[]): PeerScoreRow[] {
	return group.members.flatMap((m): PeerScoreRow[] => {
		const base = { service_id: serviceId, service_name: serviceName, la_number: m.laNumber, la_name: m.laName, rank: m.rank, closeness: m.closeness };
		const covering = national.filter((n) => (n.la_names ?? '').split(';').includes(m.laName));
		const none = { inspected_service: null, published: null, published_as_stated: null, score: null, overall_rating: null, report_url: null, la_names: null, source: null };
		if (!covering.length) return [{ ...base, ...none }];
		return covering.map((n) => ({
			...base,
			inspected_service: n.service,
			published: n.published,
			published_as_stated: n.published_as_stated,
			score: n.score,
			overall_rating: n.overall_rating,
			report_url: n.report_url,
			la_names: n.la_names,
			source: n.source
		}));
	});
}

/** One LAIT measure in one year across the group, by the peers view's rule. */
export function peerIndicator(serviceId: string, group: PeerGroup, rows: readonly IndicatorRow[], param: string, measureId: string, year: number): PeerModel {
	return shapePeers(indicatorRows(serviceId, group, rows, measureId), [], { service: serviceId, measure: param, year });
}

/** Inspection scores (/36) across the group, each authority's latest. */
export function peerScores(serviceId: string, serviceName: string, group: PeerGroup, national: readonly AuthorityScoreRow[]): PeerModel {
	return shapePeers([], scoreRows(serviceId, serviceName, group, national), { service: serviceId, measure: 'inspection-score', year: 0 });
}
