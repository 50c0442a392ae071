import { buildDatabase } from '$lib/server/database';
import {
	ALL_DOMAINS,
	STANDARDS_CHECKS_SQL,
	STANDARDS_FINDINGS_SQL,
	STANDARDS_INSPECTIONS_SQL,
	STANDARDS_KEY_QUESTIONS_SQL,
	STANDARDS_RATINGS_SQL,
	standardsParams,
	type StandardsCheckRow,
	type StandardsFindingRow,
	type StandardsInspectionRow,
	type StandardsKeyQuestionRow,
	type StandardsRatingRow
} from '$lib/db/queries/standards';

/** Every service and every domain, so any linked view can be shown before (and without) the browser database. */
export async function load() {
	const db = await buildDatabase();
	const services = (await db.query<{ service_id: string }>('SELECT service_id FROM services ORDER BY service_id')).map((r) => r.service_id);
	const params = standardsParams(services, ALL_DOMAINS);
	// One connection: the queries run one after another.
	const inspections = await db.query<StandardsInspectionRow>(STANDARDS_INSPECTIONS_SQL, [services.join(',')]);
	const ratings = await db.query<StandardsRatingRow>(STANDARDS_RATINGS_SQL, params);
	const keyQuestions = await db.query<StandardsKeyQuestionRow>(STANDARDS_KEY_QUESTIONS_SQL, params);
	const findings = await db.query<StandardsFindingRow>(STANDARDS_FINDINGS_SQL, params);
	const checks = await db.query<StandardsCheckRow>(STANDARDS_CHECKS_SQL, params);
	return { serviceIds: services, inspections, ratings, keyQuestions, findings, checks };
}
