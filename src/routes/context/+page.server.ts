/**
 * Build-time rows for the context view: every service, every LAIT measure
 * and year, so the prerendered page (and a linked view, before the browser
 * database is ready) can show any filter from these rows.
 */
import { buildDatabase } from '$lib/server/database';
import {
	CONTEXT_BOUNDS_SQL,
	REPORT_FIGURES_SQL,
	SPEND_PAIRS_SQL,
	TRENDS_SQL,
	type ContextBoundsRow,
	type ReportFigureRow,
	type SpendPairRow,
	type TrendRow
} from '$lib/db/queries/context';
import { LA_MEASURES } from '$lib/charts/laMeasures';

export async function load() {
	const db = await buildDatabase();
	const bounds = await db.query<ContextBoundsRow>(CONTEXT_BOUNDS_SQL);
	const all = bounds.map((b) => b.service_id).join(',');
	const minYear = bounds[0]?.min_year ?? 2016;
	const maxYear = bounds[0]?.max_year ?? 2024;
	return {
		bounds,
		figures: await db.query<ReportFigureRow>(REPORT_FIGURES_SQL, [all]),
		trends: await db.query<TrendRow>(TRENDS_SQL, [all, LA_MEASURES.map((m) => m.id).join(','), minYear, maxYear]),
		pairs: await db.query<SpendPairRow>(SPEND_PAIRS_SQL, [all])
	};
}
