/**
 * URL state of the disproportionality view (`/disproportionality`):
 * `?dimension=gender&services=suffolk,thurrock&view=table`.
 *
 * - `dimension`: `ethnicity` (default), `gender` or `age`.
 * - `services`: service ids from the `services` table (default: all), in
 *   canonical order (the order of `serviceIds`, alphabetical by local authority).
 * - `view`: `chart` (default) or `table`.
 */
import type { StateSpec, ViewState } from '../params';
import { viewParam } from './common';

/** The demographic tables the reports print, in the order the view offers them. */
export const DIMENSIONS = ['ethnicity', 'gender', 'age'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface DisproportionalityOptions {
	/** Service ids in display order (alphabetical by local authority). */
	serviceIds: readonly string[];
}

export function disproportionalitySpec(o: DisproportionalityOptions) {
	return {
		dimension: { kind: 'enum', values: DIMENSIONS, noun: 'dimension' },
		services: { kind: 'list', values: o.serviceIds, noun: 'service' },
		view: viewParam
	} satisfies StateSpec;
}

export type DisproportionalitySpec = ReturnType<typeof disproportionalitySpec>;
export type DisproportionalityState = ViewState<DisproportionalitySpec>;

/** Ethnicity, every service, as charts. */
export function disproportionalityDefaults(o: DisproportionalityOptions): DisproportionalityState {
	return { dimension: 'ethnicity', services: [...o.serviceIds], view: 'chart' };
}
