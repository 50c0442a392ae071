/**
 * The queries of a service's page, listed once: the prerender load runs each
 * of them (`load.ts`), the view class asks each again live
 * (`view.svelte.ts`), and the page's origin and warning roll them all up. A
 * query added here is therefore in the HTML, live and in the roll-up at once.
 */
import { DISTRIBUTION_NATIONAL_SQL, type DistributionNationalRow } from '../../db/queries/scoreDistribution';
import {
	PROFILE_CHECKS_SQL,
	PROFILE_DEMOGRAPHICS_SQL,
	PROFILE_FACTS_SQL,
	PROFILE_FINDINGS_SQL,
	PROFILE_KEY_QUESTIONS_SQL,
	PROFILE_RATINGS_SQL,
	REPORT_INSPECTIONS_SQL,
	type ProfileCheckRow,
	type ProfileDemographicRow,
	type ProfileFactRow,
	type ProfileFindingRow,
	type ProfileKeyQuestionRow,
	type ProfileRatingRow,
	type ReportInspectionRow
} from '../../db/queries/services';
import {
	FOOTPRINT_PEERS_SQL,
	FOOTPRINT_TRENDS_SQL,
	SERVICE_AREAS_SQL,
	SERVICE_FOOTPRINT_SQL,
	SERVICE_HISTORY_SQL,
	SERVICE_SOURCES_SQL,
	type AreaRatingRow,
	type FootprintRow,
	type HistoryRow,
	type InspectionSourceRow
} from '../../db/queries/register';
import type { TrendRow } from '../../db/queries/context';
import type { PeerIndicatorRow } from '../../db/queries/peers';

/** One query of the page; `Row` types its rows (it holds no value). */
export interface PageQuery<Row> {
	readonly sql: string;
	/** Whether its one `?` parameter is the page's id (the inspection's, or the register service's); else it has none. */
	readonly byId: boolean;
	/** LAIT covers England only: the load does not ask it for a Welsh service (the browser's answer is empty too). */
	readonly englandOnly?: boolean;
	readonly row?: Row;
}

const query = <Row>(sql: string, byId: boolean, englandOnly = false): PageQuery<Row> => ({ sql, byId, englandOnly });

/** A report service's full profile: the national distribution, and every table of its latest report (by inspection id). */
export const REPORT_QUERIES = {
	national: query<DistributionNationalRow>(DISTRIBUTION_NATIONAL_SQL, false),
	reports: query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL, false),
	ratings: query<ProfileRatingRow>(PROFILE_RATINGS_SQL, true),
	keyQuestions: query<ProfileKeyQuestionRow>(PROFILE_KEY_QUESTIONS_SQL, true),
	facts: query<ProfileFactRow>(PROFILE_FACTS_SQL, true),
	demographics: query<ProfileDemographicRow>(PROFILE_DEMOGRAPHICS_SQL, true),
	findings: query<ProfileFindingRow>(PROFILE_FINDINGS_SQL, true),
	checks: query<ProfileCheckRow>(PROFILE_CHECKS_SQL, true)
};

/** Every register service's page: its inspections on record and its local-authority indicators (by register service id). */
export const REGISTER_QUERIES = {
	history: query<HistoryRow>(SERVICE_HISTORY_SQL, true),
	sources: query<InspectionSourceRow>(SERVICE_SOURCES_SQL, true),
	areas: query<AreaRatingRow>(SERVICE_AREAS_SQL, true),
	footprint: query<FootprintRow>(SERVICE_FOOTPRINT_SQL, true),
	trends: query<TrendRow>(FOOTPRINT_TRENDS_SQL, true, true),
	peers: query<PeerIndicatorRow>(FOOTPRINT_PEERS_SQL, true, true)
};

export type QueryList = Record<string, PageQuery<unknown>>;
export type RowOf<Q> = Q extends PageQuery<infer Row> ? Row : never;
/** The rows of every query of a list, by name. */
export type RowsOf<L extends QueryList> = { [K in keyof L]: RowOf<L[K]>[] };

export type ReportRows = RowsOf<typeof REPORT_QUERIES>;
export type RegisterRows = RowsOf<typeof REGISTER_QUERIES>;

/** The parameters of one query of the list. */
export function paramsOf(q: PageQuery<unknown>, id: string): string[] {
	return q.byId ? [id] : [];
}

/** Runs every query of a list (at build time), in order. */
export async function runQueries<L extends QueryList>(
	list: L,
	ask: (sql: string, params: string[]) => Promise<unknown[]>,
	id: string,
	{ england = true }: { england?: boolean } = {}
): Promise<RowsOf<L>> {
	const rows: Record<string, unknown[]> = {};
	for (const [name, q] of Object.entries(list)) rows[name] = q.englandOnly && !england ? [] : await ask(q.sql, paramsOf(q, id));
	return rows as RowsOf<L>;
}
