import type { StateSpec, ViewState } from '../params';
import { viewParam } from './common';

export const overviewSpec = { view: viewParam } satisfies StateSpec;
export const OVERVIEW_DEFAULTS: ViewState<typeof overviewSpec> = { view: 'chart' };
