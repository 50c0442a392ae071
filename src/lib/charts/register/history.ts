/**
 * A service's inspection history as a timeline: each inspection with its
 * framework, rating, change since the previous one, and every source. Pure.
 *
 * A change is read on the rating words, which both frameworks share; when the
 * two inspections are under different frameworks the change is marked so, as
 * the 2025 framework rates different things and has no score.
 */
import { ORIGINAL_FRAMEWORK_NAMES, RATINGS, area2025ByCode, standardByCode } from '../../framework';
import type { AreaRatingRow, HistoryRow, InspectionSourceRow } from '../../db/queries/register';
import { FRAMEWORK_LABELS } from './list';
import { SOURCE_KIND_LABELS, type SourceKind } from '../../register/history';

export type Change = 'first' | 'better' | 'worse' | 'same' | 'unknown';

export interface TimelineEntry {
	row: HistoryRow;
	frameworkLabel: string;
	productLabel: string | null;
	change: Change;
	changeText: string;
	acrossFrameworks: boolean;
	sources: Array<InspectionSourceRow & { kindLabel: string }>;
	areas: Array<AreaRatingRow & { label: string }>;
}

const order = (r: string | null) => (r ? RATINGS.indexOf(r as (typeof RATINGS)[number]) : -1);

export function variantLabel(v: string | null): string {
	if (v === 'original') return ' (original version: 3.4 Joint working)';
	if (v === 'revised') return ' (revised version: 4.1 Resettlement)';
	return '';
}

function changeOf(prev: HistoryRow | null, row: HistoryRow): { change: Change; text: string } {
	if (!prev) return { change: 'first', text: 'First inspection on record here' };
	const [a, b] = [order(prev.overall_rating), order(row.overall_rating)];
	if (a < 0 || b < 0) return { change: 'unknown', text: 'Change not known: a rating is missing' };
	if (a === b) return { change: 'same', text: `Same rating as before (${prev.overall_rating})` };
	return b < a
		? { change: 'better', text: `Up from ${prev.overall_rating}` }
		: { change: 'worse', text: `Down from ${prev.overall_rating}` };
}

/** `Work with children: Planning`; the code itself when the framework does not know it. */
function areaLabel(code: string): string {
	const area = area2025ByCode(code);
	if (!area) return code;
	return area.broadArea === area.name ? area.name : `${area.broadArea}: ${area.name}`;
}

/** `3.4 Joint working` under the original standards, `3.4 Out-of-court disposal policy and provision` otherwise. */
function standardLabel(code: string, variant: string | null): string {
	const name = (variant === 'original' ? ORIGINAL_FRAMEWORK_NAMES[code] : undefined) ?? standardByCode(code)?.name ?? '';
	return `${code} ${name}`.trim();
}

export function shapeTimeline(history: readonly HistoryRow[], sources: readonly InspectionSourceRow[], areas: readonly AreaRatingRow[]): TimelineEntry[] {
	const sorted = [...history].sort((a, b) => a.sort_date.localeCompare(b.sort_date));
	return sorted
		.map((row, i) => {
			const prev = i > 0 ? sorted[i - 1] : null;
			const { change, text } = changeOf(prev, row);
			const across = prev !== null && prev.framework !== row.framework;
			return {
				row,
				frameworkLabel: `${FRAMEWORK_LABELS[row.framework] ?? row.framework}${variantLabel(row.variant)}`,
				productLabel: row.framework === 'youth-2025' ? (row.product === 'full' ? 'Full inspection' : 'Work with children and victims') : null,
				change,
				changeText: across && change !== 'first' ? `${text} (under a different framework)` : text,
				acrossFrameworks: across,
				sources: sources
					.filter((s) => s.inspection_key === row.inspection_key)
					.map((s) => ({ ...s, kindLabel: SOURCE_KIND_LABELS[s.source_kind as SourceKind] ?? s.source_kind })),
				areas: areas
					.filter((a) => a.inspection_key === row.inspection_key)
					.map((a) => ({
						...a,
						label: a.level === 'area' ? areaLabel(a.code) : standardLabel(a.code, row.variant)
					}))
			};
		})
		.reverse();
}

/** What a register service's page does not hold, in plain words. */
export function notHeld(r: { nation: string; holds_report: boolean; inspections_count: number; latest_framework: string | null }): string[] {
	const out: string[] = [];
	if (!r.holds_report)
		out.push('No inspection report is read here: no standard-by-standard ratings beyond those a public page states, no key questions, contextual facts, demographics or inspectors\u2019 findings.');
	if (r.inspections_count === 0) out.push('No inspection of this service is in any file here.');
	if (r.latest_framework === 'youth-2025') out.push('The latest inspection is under the 2025 framework, which has no score out of 36; it is not placed on the /36 distribution.');
	if (r.nation === 'Wales') out.push('No local-authority indicators: DfE LAIT covers England only, and Welsh councils have no DfE statistical neighbours.');
	out.push('No population figures: spend is not shown per child for this service.');
	return out;
}
