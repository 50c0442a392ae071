/**
 * URL state of the services list and of a service profile.
 * - `/services?sort=score`: list order (`name` default, `score`, `date`).
 * - `/services/suffolk?scores=table&questions=table`: each profile chart's
 *   chart/table toggle, one parameter per chart (the profile has two charts;
 *   toggling one leaves the other as it is).
 */
import type { StateSpec, ViewState } from '../params';
import { viewParam } from './common';

export const SERVICE_SORTS = ['name', 'score', 'date'] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

export const servicesListSpec = {
	sort: { kind: 'enum', values: SERVICE_SORTS, noun: 'sort order' }
} satisfies StateSpec;
export const SERVICES_LIST_DEFAULTS: ViewState<typeof servicesListSpec> = { sort: 'name' };

export const serviceProfileSpec = {
	scores: viewParam,
	questions: viewParam
} satisfies StateSpec;
export const SERVICE_PROFILE_DEFAULTS: ViewState<typeof serviceProfileSpec> = { scores: 'chart', questions: 'chart' };
