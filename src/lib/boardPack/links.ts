/**
 * Links to board packs from the views where a reader picks peers: on
 * `/compare`, each chosen register service gets a pack whose peers are
 * the other chosen authorities (`?peers=la:881,la:883`, the board pack's URL
 * state); on `/peers` the pack uses the same DfE neighbours, so no parameter.
 * Pure.
 */
import { toQuery } from '../state/params';
import { authorityId, BOARD_PACK_DEFAULTS, boardPackSpec, PACK_PEERS_MAX } from '../state/views/boardPack';

export interface PackLinkEntity {
	/** Set for a service of the register: its profile id. */
	serviceId: string | null;
	name: string;
	/** English authorities the entity covers (DfE numbers). */
	laNumbers: readonly number[];
}

export interface PackLink {
	serviceId: string;
	name: string;
	/** Path and query below the site's base, e.g. `/services/suffolk/board-pack?peers=la:881`. */
	path: string;
	peerCount: number;
}

export function packLinks(chosen: readonly PackLinkEntity[]): PackLink[] {
	return chosen.flatMap((e) => {
		if (!e.serviceId) return [];
		const own = new Set(e.laNumbers);
		const peers = [...new Set(chosen.filter((o) => o !== e).flatMap((o) => o.laNumbers))].filter((n) => !own.has(n)).sort((a, b) => a - b);
		const ids = peers.slice(0, PACK_PEERS_MAX).map(authorityId);
		const query = toQuery({ peers: ids }, boardPackSpec({ authorityIds: ids }), BOARD_PACK_DEFAULTS);
		return [{ serviceId: e.serviceId, name: e.name, path: `/services/${e.serviceId}/board-pack${query ? `?${query}` : ''}`, peerCount: ids.length }];
	});
}
