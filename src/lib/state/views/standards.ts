/**
 * URL state of the standards explorer (`/standards`):
 * `?standard=2.2&aspect=safety_of_others&sort=safety_of_others&services=suffolk,thurrock&view=table`.
 *
 * `standard` holds either a standard code (`2.2`) or a domain code (`2`),
 * which shows every standard of that domain as a grid. One parameter for both
 * keeps links canonical: a domain and a standard can never disagree.
 * Service ids come from the data, so a new report needs no change here.
 */
import type { StateSpec, ViewState } from '../params';
import { ASPECTS, DOMAINS, STANDARDS, type Aspect, type Domain, type Standard } from '../../framework';
import { viewParam } from './common';

/** Domains and their standards in framework order: `1, 1.1, …, 1.4, 2, 2.1, …, 4, 4.1`. */
export const SELECTION_VALUES: readonly string[] = DOMAINS.flatMap((d) => [
	d.code,
	...STANDARDS.filter((s) => s.domain === d.code).map((s) => s.code)
]);

export const ASPECT_FILTERS = ['all', ...ASPECTS] as const;
export type AspectFilter = (typeof ASPECT_FILTERS)[number];

/** Sort by rating (best first), by one aspect's key-question % 'Yes' (highest first), or by name. */
export const SORTS = ['rating', ...ASPECTS, 'name'] as const;
export type StandardsSort = (typeof SORTS)[number];

export interface StandardsOptions {
	/** Service ids in display (alphabetical) order. */
	serviceIds: readonly string[];
}

export function standardsSpec(o: StandardsOptions) {
	return {
		standard: { kind: 'enum', values: SELECTION_VALUES, noun: 'standard or domain' },
		aspect: { kind: 'enum', values: ASPECT_FILTERS, noun: 'aspect' },
		sort: { kind: 'enum', values: SORTS, noun: 'sort order' },
		services: { kind: 'list', values: o.serviceIds, noun: 'service' },
		view: viewParam
	} satisfies StateSpec;
}

export type StandardsSpec = ReturnType<typeof standardsSpec>;
export type StandardsState = ViewState<StandardsSpec>;

/** The first case-based standard (2.1 Assessment), every aspect, by rating, all services, as a chart. */
export const DEFAULT_STANDARD = '2.1';

export function standardsDefaults(o: StandardsOptions): StandardsState {
	return { standard: DEFAULT_STANDARD, aspect: 'all', sort: 'rating', services: [...o.serviceIds], view: 'chart' };
}

export type Selection = { kind: 'standard'; standard: Standard; domain: Domain } | { kind: 'domain'; domain: Domain };

/** What `standard=` selects. Unknown values cannot reach here (the spec's allow-list), but fall back safely anyway. */
export function selectionOf(value: string): Selection {
	const standard = STANDARDS.find((s) => s.code === value);
	if (standard) return { kind: 'standard', standard, domain: DOMAINS.find((d) => d.code === standard.domain)! };
	const domain = DOMAINS.find((d) => d.code === value);
	if (domain) return { kind: 'domain', domain };
	const fallback = STANDARDS.find((s) => s.code === DEFAULT_STANDARD)!;
	return { kind: 'standard', standard: fallback, domain: DOMAINS.find((d) => d.code === fallback.domain)! };
}

export function isAspect(value: string): value is Aspect {
	return (ASPECTS as readonly string[]).includes(value);
}
