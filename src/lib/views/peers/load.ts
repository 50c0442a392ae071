/**
 * Build-time rows for the peers view: every register service (the URL's
 * allow-list), and the peer groups, LAIT years and inspection scores of the
 * services with an inspection report (the default and the views linked most),
 * so those are drawn before (or without) the browser database. Any other
 * service's rows come from the browser database with the same SQL
 * (`view.svelte.ts`).
 */
import type { QueryEngine } from '../../db/types';
import {
	PEERS_BOUNDS_SQL,
	PEER_INDICATORS_SQL,
	PEER_SCORES_SQL,
	type PeerIndicatorRow,
	type PeerScoreRow,
	type PeersBoundsRow
} from '../../db/queries/peers';
import { laitYears } from '../../measures/laMeasures';

export interface PeersData {
	bounds: PeersBoundsRow[];
	/** The services whose rows are in the page. */
	prerendered: string[];
	indicators: PeerIndicatorRow[];
	scores: PeerScoreRow[];
}

export async function loadPeers(db: QueryEngine): Promise<PeersData> {
	const bounds = await db.query<PeersBoundsRow>(PEERS_BOUNDS_SQL);
	const prerendered = bounds.filter((b) => b.holds_report && b.local_authority !== null).map((b) => b.service_id);
	const { minYear, maxYear } = laitYears(bounds);
	return {
		bounds,
		prerendered,
		indicators: await db.query<PeerIndicatorRow>(PEER_INDICATORS_SQL, [prerendered.join(','), minYear, maxYear]),
		scores: await db.query<PeerScoreRow>(PEER_SCORES_SQL, [prerendered.join(',')])
	};
}
