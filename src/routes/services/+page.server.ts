import { buildDatabase } from '$lib/server/database';
import { REPORT_INSPECTIONS_SQL, type ReportInspectionRow } from '$lib/db/queries/scoreDistribution';

export async function load() {
	const db = await buildDatabase();
	return { inspections: await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL) };
}
