/**
 * DfE children's services statistical neighbours (May 2025), one row per
 * local authority and neighbour. The only change from the shared file is the
 * closeness label's case: the source mixes "Very close" and "Very Close".
 */
import { NEIGHBOURS_SOURCE } from './sources';

export const NEIGHBOUR_SOURCE_COLUMNS = [
	'la_number', 'la_name', 'region', 'rank', 'neighbour_la_number', 'neighbour_la_name', 'closeness'
] as const;
export type NeighbourSourceRow = Record<(typeof NEIGHBOUR_SOURCE_COLUMNS)[number], string>;

export interface StatisticalNeighbour {
	la_number: number;
	la_name: string;
	region: string;
	rank: number;
	neighbour_la_number: number;
	neighbour_la_name: string;
	closeness: string;
	source: string;
}

export const NEIGHBOUR_COLUMNS = [...NEIGHBOUR_SOURCE_COLUMNS, 'source'] as const satisfies ReadonlyArray<keyof StatisticalNeighbour>;

/** "Very Close" → "Very close"; "Not close" unchanged. */
export function normaliseCloseness(label: string): string {
	const t = label.trim().replace(/\s+/g, ' ').toLowerCase();
	return t.charAt(0).toUpperCase() + t.slice(1);
}

function int(text: string, what: string): number {
	const n = Number(text);
	if (!Number.isInteger(n)) throw new Error(`${what}: not an integer "${text}"`);
	return n;
}

export function tidyNeighbours(rows: ReadonlyArray<NeighbourSourceRow>): StatisticalNeighbour[] {
	const out = rows.map((r) => ({
		la_number: int(r.la_number, 'la_number'),
		la_name: r.la_name.trim(),
		region: r.region.trim(),
		rank: int(r.rank, 'rank'),
		neighbour_la_number: int(r.neighbour_la_number, 'neighbour_la_number'),
		neighbour_la_name: r.neighbour_la_name.trim(),
		closeness: normaliseCloseness(r.closeness),
		source: NEIGHBOURS_SOURCE
	}));
	const seen = new Set<string>();
	for (const r of out) {
		const key = `${r.la_number}|${r.rank}`;
		if (seen.has(key)) throw new Error(`Duplicate neighbour rank ${key}`);
		seen.add(key);
	}
	return out.sort((a, b) => a.la_number - b.la_number || a.rank - b.rank);
}
