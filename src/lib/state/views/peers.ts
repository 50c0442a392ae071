/**
 * URL state of the peers view (`/peers`):
 * `?service=thurrock&measure=reoffending-15-17&year=2022&view=table`.
 * Service ids and years come from the data: `service` is any register
 * service's slug (`/services/<slug>`), e.g. `derby`, `bedfordshire`,
 * `cardiff` (a Welsh service is accepted and the page says LAIT and DfE
 * statistical neighbours cover England only). The five report services keep
 * their ids, which are also their register slugs, so older links still work.
 * Default: the first service alphabetically with an inspection report here
 * (East Sussex), whose chart is in the prerendered page.
 */
import type { StateSpec, ViewState } from '../params';
import { viewParam } from './common';

/** The peer measures in URL form: three LAIT indicators and the inspection score. */
export const PEER_MEASURE_PARAMS = ['first-time-entrants', 'reoffending-15-17', 'spend', 'inspection-score'] as const;
export type PeerMeasureParam = (typeof PEER_MEASURE_PARAMS)[number];

export interface PeersOptions {
	/** Service ids in alphabetical order. */
	serviceIds: readonly string[];
	/** The default service (the first with an inspection report); else the first id. */
	defaultService?: string;
	minYear: number;
	maxYear: number;
}

export function peersSpec(o: PeersOptions) {
	return {
		service: { kind: 'enum', values: o.serviceIds, noun: 'service' },
		measure: { kind: 'enum', values: PEER_MEASURE_PARAMS, noun: 'measure' },
		year: { kind: 'int', min: o.minYear, max: o.maxYear, noun: 'year' },
		view: viewParam
	} satisfies StateSpec;
}

export type PeersSpec = ReturnType<typeof peersSpec>;
export type PeersState = ViewState<PeersSpec>;

/** The default service, first-time entrants, the latest year, as a chart. */
export function peersDefaults(o: PeersOptions): PeersState {
	return { service: o.defaultService ?? o.serviceIds[0] ?? '', measure: 'first-time-entrants', year: o.maxYear, view: 'chart' };
}
