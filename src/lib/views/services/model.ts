/**
 * The `/services` list: every register service with its latest inspection,
 * searched, filtered and sorted as the URL says. Pure.
 */
import type { RegisterRow } from '../../db/queries/register';
import { RATINGS } from '../../framework';
import { REGIONS, SERVICES_LIST_DEFAULTS, type ServiceSort } from '../../state/views/services';
import { searchRank } from '../../charts/register/search';

export type ServicesListState = typeof SERVICES_LIST_DEFAULTS;

function matchesFilters(r: RegisterRow, s: ServicesListState): boolean {
	if (s.nation !== 'all' && r.nation !== s.nation) return false;
	if (s.region !== 'all' && r.region !== REGIONS[s.region as keyof typeof REGIONS]) return false;
	if (s.rating === 'none' ? r.latest_rating !== null : s.rating !== 'all' && r.latest_rating !== s.rating) return false;
	if (s.framework === 'none' ? r.latest_framework !== null : s.framework !== 'all' && r.latest_framework !== s.framework) return false;
	return true;
}

const ratingOrder = (r: string | null) => (r === null ? RATINGS.length : RATINGS.indexOf(r as (typeof RATINGS)[number]));

function compare(sort: ServiceSort): (a: RegisterRow, b: RegisterRow) => number {
	const byName = (a: RegisterRow, b: RegisterRow) => a.service_name.localeCompare(b.service_name);
	// Missing values sort last, never as 0.
	if (sort === 'score') return (a, b) => (b.latest_score ?? -1) - (a.latest_score ?? -1) || byName(a, b);
	if (sort === 'date') return (a, b) => (b.latest_sort_date ?? '').localeCompare(a.latest_sort_date ?? '') || byName(a, b);
	if (sort === 'rating') return (a, b) => ratingOrder(a.latest_rating) - ratingOrder(b.latest_rating) || byName(a, b);
	return byName;
}

export function shapeRegisterList(rows: readonly RegisterRow[], state: ServicesListState): RegisterRow[] {
	const order = compare(state.sort as ServiceSort);
	return rows
		.filter((r) => matchesFilters(r, state))
		.map((r) => ({ r, rank: searchRank(state.q, r) }))
		.filter((x): x is { r: RegisterRow; rank: number } => x.rank !== null)
		.sort((a, b) => a.rank - b.rank || order(a.r, b.r))
		.map((x) => x.r);
}
