/**
 * URL state of the context view (`/context`):
 * `?services=suffolk,thurrock&measure=reoffending-15-17&from=2018&to=2024&comparator=england&view=table`.
 * Service ids and the year range come from the data, so a new report or a
 * new LAIT year needs no change here.
 */
import type { StateSpec, ViewState } from '../params';
import { LA_MEASURES } from '../../measures/laMeasures';
import { viewParam } from './common';

export const COMPARATORS = ['region', 'england'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export interface ContextOptions {
	/** Service ids in display (alphabetical) order. */
	serviceIds: readonly string[];
	/** First and last year with LAIT data. */
	minYear: number;
	maxYear: number;
}

export function contextSpec(o: ContextOptions) {
	return {
		services: { kind: 'list', values: o.serviceIds, noun: 'service' },
		measure: { kind: 'enum', values: LA_MEASURES.map((m) => m.param), noun: 'measure' },
		from: { kind: 'int', min: o.minYear, max: o.maxYear, noun: 'start year' },
		to: { kind: 'int', min: o.minYear, max: o.maxYear, noun: 'end year' },
		comparator: { kind: 'enum', values: COMPARATORS, noun: 'comparator' },
		view: viewParam
	} satisfies StateSpec;
}

export type ContextSpec = ReturnType<typeof contextSpec>;
export type ContextState = ViewState<ContextSpec>;

/** All services, first-time entrants, the whole period, against the region, as a chart. */
export function contextDefaults(o: ContextOptions): ContextState {
	return {
		services: [...o.serviceIds],
		measure: LA_MEASURES[0].param,
		from: o.minYear,
		to: o.maxYear,
		comparator: 'region',
		view: 'chart'
	};
}
