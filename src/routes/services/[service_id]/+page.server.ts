/**
 * A service profile, prerendered for every service in the `services` table.
 * The load runs each section's SQL for the service's latest inspection, so
 * the page is complete before (and without) the browser database.
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
	SERVICE_IDS_SQL,
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
	// A service may one day have several reports: the profile shows the latest.
	const inspection = reports
		.filter((r) => r.service_id === service.service_id)
		.sort((a, b) => (b.fieldwork ?? '').localeCompare(a.fieldwork ?? ''))[0];
	if (!inspection) error(404, 'This service has no inspection report.');
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
};
