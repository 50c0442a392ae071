/**
 * What the peers view can show for a register service, in words. Pure.
 *
 * - An English service covering one authority: that authority and its ten DfE
 *   statistical neighbours.
 * - An English joint service: its first member authority alphabetically
 *   (the rule in `db/queries/peers.ts`, PEER_AUTHORITY), said on the page.
 * - A Welsh service: no chart; LAIT and the DfE statistical neighbours cover
 *   England only.
 */
import { listWords } from '../words';

export interface PeersScopeInput {
	service_name: string;
	nation: string;
	joint: boolean;
	la_names: string;
	local_authority: string | null;
}

export interface PeersScope {
	/** Whether a peers chart can be drawn. */
	drawn: boolean;
	/** The authority the chart is about (null when not drawn). */
	authority: string | null;
	/** A sentence for the page, or null when the service is its authority. */
	sentence: string | null;
}

export function peersScope(b: PeersScopeInput): PeersScope {
	const members = b.la_names.split(';').map((s) => s.trim()).filter(Boolean);
	if (b.nation !== 'England' || b.local_authority === null) {
		const why =
			b.nation === 'Wales'
				? `${b.service_name} is a Welsh service: the DfE Local Authority Interactive Tool (LAIT) and the DfE statistical neighbours cover England only, so it has no peer group here.`
				: `${b.service_name} has no member authority with LAIT figures, so it has no peer group here.`;
		return { drawn: false, authority: null, sentence: why };
	}
	if (members.length > 1 || b.joint) {
		return {
			drawn: true,
			authority: b.local_authority,
			sentence: `${b.service_name} is a joint service covering ${listWords(members)}. The peers view shows one authority per service: ${b.local_authority}, the first of its member authorities alphabetically. The service's profile shows each member authority among its own neighbours.`
		};
	}
	return { drawn: true, authority: b.local_authority, sentence: null };
}
