/**
 * A page for every service of the register, prerendered. The five report
 * services keep their full profile (every section of their report); every
 * service gets its inspection history and, in England, its local-authority
 * indicators. The load runs the same SQL the browser runs afterwards.
 */
import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { NATIONAL_SCORES_SQL, type NationalScoreRow } from '$lib/db/queries/scoreDistribution';
import {
	PROFILE_CHECKS_SQL,
	PROFILE_DEMOGRAPHICS_SQL,
	PROFILE_FACTS_SQL,
	PROFILE_FINDINGS_SQL,
	PROFILE_KEY_QUESTIONS_SQL,
	PROFILE_RATINGS_SQL,
	REPORT_INSPECTIONS_SQL,
	SERVICE_SQL,
	type ProfileCheckRow,
	type ProfileDemographicRow,
	type ProfileFactRow,
	type ProfileFindingRow,
	type ProfileKeyQuestionRow,
	type ProfileRatingRow,
	type ReportInspectionRow,
	type ServiceRow
} from '$lib/db/queries/services';
import {
	ALL_DOMAINS,
	STANDARDS_FINDINGS_SQL,
	STANDARDS_INSPECTIONS_SQL,
	STANDARDS_RATINGS_SQL,
	standardsParams,
	type StandardsFindingRow,
	type StandardsInspectionRow,
	type StandardsRatingRow
} from '$lib/db/queries/standards';
import { learnFrom } from '$lib/charts/learnFrom';
import {
	FOOTPRINT_PEERS_SQL,
	FOOTPRINT_TRENDS_SQL,
	REGISTER_LIST_SQL,
	REGISTER_SERVICE_SQL,
	SERVICE_AREAS_SQL,
	SERVICE_FOOTPRINT_SQL,
	SERVICE_HISTORY_SQL,
	SERVICE_SOURCES_SQL,
	type AreaRatingRow,
	type FootprintRow,
	type HistoryRow,
	type InspectionSourceRow,
	type RegisterRow
} from '$lib/db/queries/register';
import type { TrendRow } from '$lib/db/queries/context';
import type { PeerIndicatorRow } from '$lib/db/queries/peers';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const db = await buildDatabase();
	return (await db.query<RegisterRow>(REGISTER_LIST_SQL)).map(({ service_id }) => ({ service_id }));
};

async function reportProfile(service: ServiceRow) {
	const db = await buildDatabase();
	const reports = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	// A service may one day have several reports: the profile shows the latest.
	const inspection = reports
		.filter((r) => r.service_id === service.service_id)
		.sort((a, b) => (b.fieldwork ?? '').localeCompare(a.fieldwork ?? ''))[0];
	if (!inspection) return null;
	const id = [inspection.inspection_id];
	// Learn from: worked out here, so the page carries only the examples for this service's weak standards.
	const all = [...new Set(reports.map((r) => r.service_id))];
	const everyService = standardsParams(all, ALL_DOMAINS);
	const learnFromEntries = learnFrom(
		{
			inspections: await db.query<StandardsInspectionRow>(STANDARDS_INSPECTIONS_SQL, [all.join(',')]),
			ratings: await db.query<StandardsRatingRow>(STANDARDS_RATINGS_SQL, everyService),
			findings: await db.query<StandardsFindingRow>(STANDARDS_FINDINGS_SQL, everyService)
		},
		[service.service_id]
	);
	return {
		learnFrom: learnFromEntries,
		service,
		inspection,
		reports,
		national: await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL),
		ratings: await db.query<ProfileRatingRow>(PROFILE_RATINGS_SQL, id),
		keyQuestions: await db.query<ProfileKeyQuestionRow>(PROFILE_KEY_QUESTIONS_SQL, id),
		facts: await db.query<ProfileFactRow>(PROFILE_FACTS_SQL, id),
		demographics: await db.query<ProfileDemographicRow>(PROFILE_DEMOGRAPHICS_SQL, id),
		findings: await db.query<ProfileFindingRow>(PROFILE_FINDINGS_SQL, id),
		checks: await db.query<ProfileCheckRow>(PROFILE_CHECKS_SQL, id)
	};
}

export const load: PageServerLoad = async ({ params }) => {
	const db = await buildDatabase();
	const [entry] = await db.query<RegisterRow>(REGISTER_SERVICE_SQL, [params.service_id]);
	if (!entry) error(404, 'There is no youth justice service with that name here.');
	const id = [entry.service_id];
	const [service] = entry.report_service_id ? await db.query<ServiceRow>(SERVICE_SQL, [entry.report_service_id]) : [];
	return {
		entry,
		report: service ? await reportProfile(service) : null,
		history: await db.query<HistoryRow>(SERVICE_HISTORY_SQL, id),
		sources: await db.query<InspectionSourceRow>(SERVICE_SOURCES_SQL, id),
		areas: await db.query<AreaRatingRow>(SERVICE_AREAS_SQL, id),
		footprint: await db.query<FootprintRow>(SERVICE_FOOTPRINT_SQL, id),
		trends: entry.nation === 'England' ? await db.query<TrendRow>(FOOTPRINT_TRENDS_SQL, id) : [],
		peers: entry.nation === 'England' ? await db.query<PeerIndicatorRow>(FOOTPRINT_PEERS_SQL, id) : []
	};
};
