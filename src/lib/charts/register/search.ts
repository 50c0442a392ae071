/**
 * Type-to-search over the service register, shared by `/services` and the
 * service pickers. Pure. A name is found by its own words or by a member
 * local authority; exact and prefix matches rank first, so "Derby" lists Derby
 * before Derbyshire.
 */
import { nameKey } from '../../register/names';

export interface Searchable {
	service_name: string;
	la_names: string;
}

/** Lower rank = better match; null = no match. */
export function searchRank(query: string, row: Searchable): number | null {
	const q = nameKey(query);
	if (!q) return 0;
	const name = nameKey(row.service_name);
	if (name === q) return 0;
	if (name.startsWith(q)) return 1;
	const las = row.la_names.split(';').map((s) => nameKey(s)).filter(Boolean);
	if (las.includes(q)) return 2;
	if (las.some((la) => la.startsWith(q))) return 3;
	const words = `${name} ${las.join(' ')}`.split(/[^a-z0-9]+/);
	if (words.some((w) => w.startsWith(q))) return 4;
	if (name.includes(q) || las.some((la) => la.includes(q))) return 5;
	return null;
}

/** The rows that match, best first, ties in the given order (stable). */
export function searchRows<T extends Searchable>(rows: readonly T[], query: string): T[] {
	if (!nameKey(query)) return [...rows];
	return rows
		.map((row, i) => ({ row, i, rank: searchRank(query, row) }))
		.filter((x): x is { row: T; i: number; rank: number } => x.rank !== null)
		.sort((a, b) => a.rank - b.rank || a.i - b.i)
		.map((x) => x.row);
}
