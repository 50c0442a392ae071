/**
 * The standards explorer's prerender rows: every service and every domain, so
 * any linked view can be shown before (and without) the browser database. The
 * same SQL the view runs live on the URL's services and the selected domain.
 */
import type { QueryEngine } from '../../db/types';
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
} from '../../db/queries/standards';

export interface StandardsData {
	/** Every published service, alphabetical by id. */
	serviceIds: string[];
	inspections: StandardsInspectionRow[];
	ratings: StandardsRatingRow[];
	keyQuestions: StandardsKeyQuestionRow[];
	findings: StandardsFindingRow[];
	checks: StandardsCheckRow[];
}

export async function loadStandards(db: QueryEngine): Promise<StandardsData> {
	const services = (await db.query<{ service_id: string }>('SELECT service_id FROM services ORDER BY service_id')).map((r) => r.service_id);
	const params = standardsParams(services, ALL_DOMAINS);
	// One connection: the queries run one after another.
	return {
		serviceIds: services,
		inspections: await db.query<StandardsInspectionRow>(STANDARDS_INSPECTIONS_SQL, [services.join(',')]),
		ratings: await db.query<StandardsRatingRow>(STANDARDS_RATINGS_SQL, params),
		keyQuestions: await db.query<StandardsKeyQuestionRow>(STANDARDS_KEY_QUESTIONS_SQL, params),
		findings: await db.query<StandardsFindingRow>(STANDARDS_FINDINGS_SQL, params),
		checks: await db.query<StandardsCheckRow>(STANDARDS_CHECKS_SQL, params)
	};
}
