/**
 * Build-time rows for the peers view: every service's peer group, every
 * LAIT year and every inspection score, so any linked view can be shown
 * from these rows before (or without) the browser database.
 */
import { buildDatabase } from '$lib/server/database';
import {
	PEERS_BOUNDS_SQL,
	PEER_INDICATORS_SQL,
	PEER_SCORES_SQL,
	type PeerIndicatorRow,
	type PeerScoreRow,
	type PeersBoundsRow
} from '$lib/db/queries/peers';

export async function load() {
	const db = await buildDatabase();
	const bounds = await db.query<PeersBoundsRow>(PEERS_BOUNDS_SQL);
	const all = bounds.map((b) => b.service_id).join(',');
	const minYear = bounds[0]?.min_year ?? 2016;
	const maxYear = bounds[0]?.max_year ?? 2024;
	return {
		bounds,
		indicators: await db.query<PeerIndicatorRow>(PEER_INDICATORS_SQL, [all, minYear, maxYear]),
		scores: await db.query<PeerScoreRow>(PEER_SCORES_SQL, [all])
	};
}
