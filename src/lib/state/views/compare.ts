/**
 * URL state of the compare view (`/compare`): `?services=derby,leeds,thurrock&view=table`.
 *
 * - `services`: ids of what to put side by side, in canonical order (the
 *   catalogue's: register services by name, then national-table rows, then
 *   local authorities, each alphabetical). Ids are stable slugs made by the
 *   SQL in `src/lib/db/queries/compare.ts`:
 *   - any service of the register (155 in England and Wales): its slug, as in
 *     `/services/<slug>`, e.g. `derby`, `leeds`, `cardiff`; the five services
 *     with an inspection report keep their `service_id` (`suffolk`), which is
 *     the same slug, so older links open the same column;
 *   - kept for links made before the register (the picker no longer lists
 *     them separately: they are inside their service's entry):
 *     a row of the national scores table: `hmip:<hmip_ref>`, e.g.
 *     `hmip:suffolkyos`, or, for the few rows without an HMIP slug,
 *     `national:<slug of the service name>-<year>`, e.g. `national:hartlepool-2020`;
 *     an English local authority: `la:<DfE LA number>`, e.g. `la:883` (Thurrock).
 *   Default: nothing chosen (the page asks for two or more).
 * - `view`: `chart` (default) or `table`, for the chart cards.
 */
import type { StateSpec, ViewState } from '../params';
import { viewParam } from './common';

/** Most columns side by side; more are dropped with a notice. */
export const COMPARE_MAX = 8;

export interface CompareOptions {
	/** Every id in canonical order. */
	ids: readonly string[];
}

export function compareSpec(o: CompareOptions) {
	return {
		services: { kind: 'list', values: o.ids, noun: 'service', max: COMPARE_MAX },
		view: viewParam
	} satisfies StateSpec;
}

export type CompareSpec = ReturnType<typeof compareSpec>;
export type CompareState = ViewState<CompareSpec>;

export const COMPARE_DEFAULTS: CompareState = { services: [], view: 'chart' };
