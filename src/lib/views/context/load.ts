/**
 * Build-time rows for the context view: every service, every LAIT measure
 * and year, so the prerendered page (and a linked view, before the browser
 * database is ready) can show any filter from these rows. The same SQL and
 * parameters the view asks live (`view.svelte.ts`).
 */
import type { QueryEngine } from '../../db/types';
import {
	CONTEXT_BOUNDS_SQL,
	REPORT_FIGURES_SQL,
	SPEND_PAIRS_SQL,
	TRENDS_SQL,
	type ContextBoundsRow,
	type ReportFigureRow,
	type SpendPairRow,
	type TrendRow
} from '../../db/queries/context';
import { laitYears } from '../../measures/laMeasures';
import { ALL_LA_MEASURES } from './model';

export interface ContextData {
	bounds: ContextBoundsRow[];
	figures: ReportFigureRow[];
	trends: TrendRow[];
	pairs: SpendPairRow[];
}

export async function loadContext(db: QueryEngine): Promise<ContextData> {
	const bounds = await db.query<ContextBoundsRow>(CONTEXT_BOUNDS_SQL);
	const all = bounds.map((b) => b.service_id).join(',');
	const { minYear, maxYear } = laitYears(bounds);
	return {
		bounds,
		figures: await db.query<ReportFigureRow>(REPORT_FIGURES_SQL, [all]),
		trends: await db.query<TrendRow>(TRENDS_SQL, [all, ALL_LA_MEASURES, minYear, maxYear]),
		pairs: await db.query<SpendPairRow>(SPEND_PAIRS_SQL, [all])
	};
}
