/**
 * The rows a service's board pack is built from (`src/lib/boardPack/`), read
 * at build time from the build database and the report text. Null when the
 * service is unknown.
 */
import { buildDatabase } from './database';
import { readReport } from './reports';
import { dataBuildDate } from './dataBuild';
import { reportOutline } from '../boardPack/reportOutline';
import { parseCitation } from '../components/sourceLink';
import type { AuthorityScoreRow, BoardPackRows, ComparisonRating, IndicatorRow, KeyQuestionInput, NeighbourRow } from '../boardPack/inputs';
import {
	PACK_AUTHORITIES_SQL,
	PACK_COMPARISON_RATINGS_SQL,
	PACK_INDICATORS_SQL,
	PACK_KEY_QUESTIONS_SQL,
	PACK_NATIONAL_SQL,
	PACK_NEIGHBOURS_SQL,
	type PackAuthorityRow
} from '../db/queries/boardPack';
import {
	PROFILE_FACTS_SQL,
	PROFILE_FINDINGS_SQL,
	PROFILE_RATINGS_SQL,
	REPORT_INSPECTIONS_SQL,
	SERVICE_SQL,
	type ProfileFactRow,
	type ProfileFindingRow,
	type ProfileRatingRow,
	type ReportInspectionRow,
	type ServiceRow
} from '../db/queries/services';

export async function boardPackRows(serviceId: string): Promise<BoardPackRows | null> {
	const db = await buildDatabase();
	const [service] = await db.query<ServiceRow>(SERVICE_SQL, [serviceId]);
	if (!service) return null;
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
}
