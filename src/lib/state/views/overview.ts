import type { StateSpec, ViewState } from '../params';
import { viewParam } from './common';

/** `view`: the ratings heatmap's chart/table toggle; `scores`: the score-distribution chart's. */
export const overviewSpec = { view: viewParam, scores: viewParam } satisfies StateSpec;
export const OVERVIEW_DEFAULTS: ViewState<typeof overviewSpec> = { view: 'chart', scores: 'chart' };
