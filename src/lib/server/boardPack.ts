/**
 * The rows a service's board pack is built from (`src/lib/boardPack/`), read
 * at build time from the build database and the report text, for any service
 * of the register (its report where one is held). Null when the service is unknown.
 */
import { buildDatabase } from './database';
import { readReport } from './reports';
import { dataBuildDate } from './dataBuild';
import { reportOutline } from '../boardPack/reportOutline';
import { parseCitation } from '../components/sourceLink';
import type { AuthorityScoreRow, BoardPackRows, ComparisonRating, HistoryInspection, IndicatorRow, KeyQuestionInput, NeighbourRow } from '../boardPack/inputs';
import { REGISTER_SERVICE_SQL, SERVICE_HISTORY_SQL, type HistoryRow, type RegisterRow } from '../db/queries/register';
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

/** An inspection-history row as the pack reads it. */
function historyInspection(h: HistoryRow): HistoryInspection {
	const framework = h.framework === 'youth-2025' ? '2025' : h.variant ? `2018-${h.variant}` : '2018';
	return {
		published: h.sort_date,
		label: h.published_label,
		framework,
		overall_rating: h.overall_rating,
		score: h.score,
		source: h.rating_source ?? h.score_source,
		reportInspectionId: h.report_inspection_id
	};
}

/**
 * A register service without a report, in the shape of a report service's row. Its local
 * indicators and peers are read for a single-authority footprint only: a joint service's
 * members each have their own (shown per member on the profile), and no one of them speaks for it.
 */
function registerService(entry: RegisterRow): ServiceRow {
	const numbers = (entry.dfe_la_numbers ?? '').split(';').map((n) => n.trim()).filter(Boolean);
	return {
		service_id: entry.service_id,
		service_name: entry.service_name,
		local_authority: entry.la_names.split(';').map((n) => n.trim()).join(', '),
		country: entry.nation,
		region: entry.region,
		dfe_la_number: numbers.length === 1 ? Number(numbers[0]) : null,
		source: 'service_register'
	};
}

export async function boardPackRows(serviceId: string): Promise<BoardPackRows | null> {
	const db = await buildDatabase();
	const [entry] = await db.query<RegisterRow>(REGISTER_SERVICE_SQL, [serviceId]);
	if (!entry) return null;
	const [reportService] = entry.report_service_id ? await db.query<ServiceRow>(SERVICE_SQL, [entry.report_service_id]) : [];
	const service = reportService ?? registerService(entry);
	const reports = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	const inspection =
		reports.filter((r) => r.service_id === reportService?.service_id).sort((a, b) => (b.fieldwork ?? '').localeCompare(a.fieldwork ?? ''))[0] ?? null;
	const id = [inspection?.inspection_id ?? ''];
	const report = parseCitation(inspection?.source)?.report ?? null;
	const la = service.dfe_la_number;
	return {
		service,
		inspection,
		reports,
		history: (await db.query<HistoryRow>(SERVICE_HISTORY_SQL, [entry.service_id])).map(historyInspection),
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
