/**
 * URL state of a service's board pack (`/services/<id>/board-pack`):
 * `?peers=la:881,la:882`.
 *
 * - `peers`: English local authorities to compare with instead of the DfE
 *   statistical neighbours, as the compare view names them (`la:<DfE LA
 *   number>`), in canonical order (by number). Set by the links from
 *   `/compare` and `/peers`; default: none chosen, so the neighbours are used.
 *   At most ten, like the neighbours.
 */
import type { StateSpec, ViewState } from '../params';

export const PACK_PEERS_MAX = 10;

export interface BoardPackOptions {
	/** `la:<number>` of every English authority, in canonical order. */
	authorityIds: readonly string[];
}

export function boardPackSpec(o: BoardPackOptions) {
	return {
		peers: { kind: 'list', values: o.authorityIds, noun: 'peer authority', max: PACK_PEERS_MAX }
	} satisfies StateSpec;
}

export type BoardPackSpec = ReturnType<typeof boardPackSpec>;
export type BoardPackState = ViewState<BoardPackSpec>;

export const BOARD_PACK_DEFAULTS: BoardPackState = { peers: [] };

/** `la:881` → 881; null for anything else. */
export function authorityNumber(id: string): number | null {
	const m = /^la:(\d{3})$/.exec(id);
	return m ? Number(m[1]) : null;
}

export function authorityId(laNumber: number): string {
	return `la:${laNumber}`;
}
