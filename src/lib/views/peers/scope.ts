/**
 * What the peers view can show for a register service, in words. Pure.
 *
 * - An English service covering one authority: that authority and its ten DfE
 *   statistical neighbours.
 * - An English joint service: its first member authority alphabetically
 *   (the rule in `db/queries/peers.ts`, PEER_AUTHORITY), said on the page.
 * - A Welsh service: no chart; LAIT and the DfE statistical neighbours cover
 *   England only.
 * - A report added in this browser: its service in the register, found by
 *   name, if there is one, and said to be added and not published.
 */
import { listWords } from '../../charts/words';
import { ADDED_LABEL } from '../../add/dashboard';
import { serviceKey } from '../../add/published';

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

/** An added report as the peers view needs it (from `add/dashboard.ts`'s list). */
export interface AddedPeersInput {
	service_name: string;
	file: string;
}

interface RegisterName {
	service_id: string;
	service_name: string;
	la_names: string;
}

/**
 * The register service an added report is of, by name (the rule /add uses to find a published twin:
 * `serviceKey`, which drops "Youth Justice Service", "YOS" and the like), or by its one member
 * authority's name; null when the register knows no such service.
 */
export function registerServiceOf(name: string, register: readonly RegisterName[]): string | null {
	const key = serviceKey(name);
	if (!key) return null;
	const match = register.find((r) => serviceKey(r.service_name) === key) ?? register.find((r) => r.la_names.split(';').some((la) => serviceKey(la) === key));
	return match?.service_id ?? null;
}

/**
 * What the peers view shows for a report added in this browser, labelled as such: where its service
 * is in the register, that service's peer group (LAIT figures and published scores, none from the
 * added report); where it is not, a sentence that no peer group can be found.
 */
export function addedPeersScope(a: AddedPeersInput, registered: PeersScopeInput | null): PeersScope {
	const label = `${a.service_name} is ${ADDED_LABEL} (figures from ${a.file}).`;
	if (!registered)
		return {
			drawn: false,
			authority: null,
			sentence: `${label} Its local authority is not one the register of services knows, so it has no peer group here.`
		};
	const scope = peersScope(registered);
	const shown = scope.drawn
		? ` Its service in the register is ${registered.service_name}, so the peer group below is ${scope.authority}'s, from LAIT and the published inspection scores: no figure in it comes from the added report.`
		: '';
	return { ...scope, sentence: [label + shown, scope.sentence].filter(Boolean).join(' ') };
}
