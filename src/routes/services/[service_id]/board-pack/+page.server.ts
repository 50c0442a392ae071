/**
 * A service's board pack, prerendered for every service: the rows its view
 * model needs (`src/lib/boardPack/`), all read at build time.
 */
import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { readReport } from '$lib/server/reports';
import { dataBuildDate } from '$lib/server/dataBuild';
import { reportOutline } from '$lib/boardPack/reportOutline';
import { parseCitation } from '$lib/components/sourceLink';
import type { AuthorityScoreRow, ComparisonRating, IndicatorRow, KeyQuestionInput, NeighbourRow } from '$lib/boardPack/inputs';
import {
	PACK_AUTHORITIES_SQL,
	PACK_COMPARISON_RATINGS_SQL,
	PACK_INDICATORS_SQL,
	PACK_KEY_QUESTIONS_SQL,
	PACK_NATIONAL_SQL,
	PACK_NEIGHBOURS_SQL,
	type PackAuthorityRow
} from '$lib/db/queries/boardPack';
import {
	PROFILE_FACTS_SQL,
	PROFILE_FINDINGS_SQL,
	PROFILE_RATINGS_SQL,
	REPORT_INSPECTIONS_SQL,
	SERVICE_IDS_SQL,
	SERVICE_SQL,
	type ProfileFactRow,
	type ProfileFindingRow,
	type ProfileRatingRow,
	type ReportInspectionRow,
	type ServiceRow
} from '$lib/db/queries/services';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const db = await buildDatabase();
	return (await db.query<{ service_id: string }>(SERVICE_IDS_SQL)).map(({ service_id }) => ({ service_id }));
};

export const load: PageServerLoad = async ({ params }) => {
	const db = await buildDatabase();
	const [service] = await db.query<ServiceRow>(SERVICE_SQL, [params.service_id]);
	if (!service) error(404, 'There is no service with that id.');
	const reports = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	const inspection =
		reports.filter((r) => r.service_id === service.service_id).sort((a, b) => (b.fieldwork ?? '').localeCompare(a.fieldwork ?? ''))[0] ?? null;
	const id = [inspection?.inspection_id ?? ''];
	const report = parseCitation(inspection?.source)?.report ?? null;
	const la = service.dfe_la_number;
	return {
		service,
		inspection,
		reports,
		national: await db.query<AuthorityScoreRow>(PACK_NATIONAL_SQL),
		ratings: await db.query<ProfileRatingRow>(PROFILE_RATINGS_SQL, id),
		comparisonRatings: await db.query<ComparisonRating>(PACK_COMPARISON_RATINGS_SQL),
		keyQuestions: await db.query<KeyQuestionInput>(PACK_KEY_QUESTIONS_SQL, id),
		facts: await db.query<ProfileFactRow>(PROFILE_FACTS_SQL, id),
		findings: await db.query<ProfileFindingRow>(PROFILE_FINDINGS_SQL, id),
		neighbours: la === null ? [] : await db.query<NeighbourRow>(PACK_NEIGHBOURS_SQL, [la]),
		indicators: la === null ? [] : await db.query<IndicatorRow>(PACK_INDICATORS_SQL, [la]),
		authorities: await db.query<PackAuthorityRow>(PACK_AUTHORITIES_SQL),
		outline: report ? reportOutline(await readReport(report)) : null,
		report,
		dataBuilt: await dataBuildDate()
	};
};
