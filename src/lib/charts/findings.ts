/**
 * One-line readings of what a chart shows, for its title and for screen
 * readers. Pure functions of the rows the chart draws.
 */
import type { RatingCellRow } from '../db/queries/overview';
import { listWords } from './words';

export interface Finding {
	title: string;
	summary: string;
}

export function heatmapFinding(rows: readonly RatingCellRow[]): Finding {
	const inspections = new Map<string, RatingCellRow>();
	for (const r of rows) if (!inspections.has(r.inspection_id)) inspections.set(r.inspection_id, r);
	const list = [...inspections.values()].sort((a, b) => b.score - a.score);
	if (list.length === 0) return { title: 'No inspection ratings to show', summary: 'No ratings are available.' };
	const inadequate = rows.filter((r) => r.rating === 'Inadequate');
	const weakest = new Map<string, number>();
	for (const r of rows) if (r.points <= 1 && r.in_score) weakest.set(r.standard_code, (weakest.get(r.standard_code) ?? 0) + 1);
	const [worstCode, worstCount] = [...weakest.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
	const best = list[0];
	const lowest = list[list.length - 1];
	// Ties are named together: one name alone would read as the only service with that score.
	const named = (score: number) => {
		const tied = list.filter((s) => s.score === score).map((s) => s.service_name);
		return { names: listWords(tied), many: tied.length > 1 };
	};
	const top = named(best.score);
	const bottom = named(lowest.score);
	const title =
		list.length === 1
			? `${best.service_name} scores ${best.score}/36`
			: best.score === lowest.score
				? `All ${list.length} inspections score ${best.score}/36`
				: `${top.names} ${top.many ? 'score' : 'scores'} highest (${best.score}/36); ${bottom.names} lowest (${lowest.score}/36)`;
	const parts = [
		`${list.length} inspections. Scores: ${list.map((s) => `${s.service_name} ${s.score}/36 (${s.overall_rating})`).join('; ')}.`,
		inadequate.length ? `${inadequate.length} standard ratings are Inadequate.` : 'No standard is rated Inadequate.',
		worstCode ? `Standard ${worstCode} is rated Requires improvement or Inadequate in ${worstCount} of ${list.length} inspections.` : ''
	];
	return { title, summary: parts.filter(Boolean).join(' ') };
}
