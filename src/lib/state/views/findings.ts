/**
 * URL state of the findings search (`/findings`):
 * `?q=contingency&in=2.2&kind=narrative,improvement&services=suffolk,thurrock`.
 *
 * `q` is free text: it is only ever searched in memory and shown as text.
 * `in` holds a domain code (`2`: the domain and all its standards) or a
 * standard code (`2.2`), as on the standards explorer, so a domain and a
 * standard can never disagree. Service ids come from the data.
 */
import type { StateSpec, ViewState } from '../params';
import { SELECTION_VALUES } from './standards';

export const FINDING_KINDS = ['narrative', 'strength', 'improvement', 'recommendation'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const KIND_LABELS: Record<FindingKind, string> = {
	narrative: "Inspectors' prose",
	strength: 'Strength',
	improvement: 'Area for improvement',
	recommendation: 'Recommendation'
};

/** Longest search kept in the URL. */
export const QUERY_MAX = 100;

export interface FindingsOptions {
	serviceIds: readonly string[];
}

export function findingsSpec(o: FindingsOptions) {
	return {
		q: { kind: 'text', maxLength: QUERY_MAX, noun: 'search' },
		in: { kind: 'enum', values: ['all', ...SELECTION_VALUES], noun: 'standard or domain' },
		kind: { kind: 'list', values: FINDING_KINDS, noun: 'kind of finding' },
		services: { kind: 'list', values: o.serviceIds, noun: 'service' }
	} satisfies StateSpec;
}

export type FindingsSpec = ReturnType<typeof findingsSpec>;
export type FindingsState = ViewState<FindingsSpec>;

export function findingsDefaults(o: FindingsOptions): FindingsState {
	return { q: '', in: 'all', kind: [...FINDING_KINDS], services: [...o.serviceIds] };
}
