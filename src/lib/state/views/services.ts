/**
 * URL state of the services list and of a service profile.
 * - `/services?q=derby&nation=England&region=east-midlands&rating=Good&framework=youth-2025&sort=score`:
 *   the search text, the filters and the order (`name` default, `score`, `date`, `rating`).
 * - `/services/suffolk?scores=table&questions=table&measure=spend&trends=table&peers=table`:
 *   each profile chart's chart/table toggle, one parameter per chart (toggling
 *   one leaves the others as they are), and the LAIT measure of the local
 *   indicators.
 */
import type { StateSpec, ViewState } from '../params';
import { viewParam } from './common';
import { RATINGS } from '../../framework';
import { LA_MEASURES } from '../../measures/laMeasures';
import { COMPARATORS } from './context';

export const SERVICE_SORTS = ['name', 'score', 'date', 'rating'] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

/** Regions as LAIT names them, with a short URL value each. */
export const REGIONS = {
	'north-east': 'North East',
	'north-west': 'North West',
	yorkshire: 'Yorkshire and the Humber',
	'east-midlands': 'East Midlands',
	'west-midlands': 'West Midlands',
	east: 'East of England',
	'london-inner': 'London (Inner)',
	'london-outer': 'London (Outer)',
	'south-east': 'South East',
	'south-west': 'South West'
} as const;
type RegionValue = keyof typeof REGIONS;

export const NATION_FILTERS = ['all', 'England', 'Wales'] as const;
export const RATING_FILTERS = ['all', ...RATINGS, 'none'] as const;
export const FRAMEWORK_FILTERS = ['all', 'youth-2018', 'youth-2025', 'none'] as const;

export const servicesListSpec = {
	q: { kind: 'text', maxLength: 60, noun: 'search' },
	nation: { kind: 'enum', values: NATION_FILTERS, noun: 'nation' },
	region: { kind: 'enum', values: ['all', ...Object.keys(REGIONS)], noun: 'region' },
	rating: { kind: 'enum', values: RATING_FILTERS, noun: 'rating' },
	framework: { kind: 'enum', values: FRAMEWORK_FILTERS, noun: 'framework' },
	sort: { kind: 'enum', values: SERVICE_SORTS, noun: 'sort order' }
} satisfies StateSpec;
export const SERVICES_LIST_DEFAULTS: ViewState<typeof servicesListSpec> = {
	q: '',
	nation: 'all',
	region: 'all',
	rating: 'all',
	framework: 'all',
	sort: 'name'
};

/** Local indicators on a profile: the LAIT measure, and the trends and peers charts' toggles. */
export const serviceProfileSpec = {
	scores: viewParam,
	questions: viewParam,
	measure: { kind: 'enum', values: LA_MEASURES.map((m) => m.param), noun: 'measure' },
	compare: { kind: 'enum', values: COMPARATORS, noun: 'comparator' },
	trends: viewParam,
	peers: viewParam
} satisfies StateSpec;
export const SERVICE_PROFILE_DEFAULTS: ViewState<typeof serviceProfileSpec> = {
	scores: 'chart',
	questions: 'chart',
	measure: 'first-time-entrants',
	compare: 'region',
	trends: 'chart',
	peers: 'chart'
};
