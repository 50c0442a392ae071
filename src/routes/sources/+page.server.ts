/** Index of the report texts every figure cites. */
import { buildDatabase } from '$lib/server/database';
import { listReports } from '$lib/server/reports';
import { REPORT_INSPECTIONS_SQL, type ReportInspectionRow } from '$lib/db/queries/scoreDistribution';
import { parseCitation } from '$lib/components/sourceLink';

export async function load() {
	const db = await buildDatabase();
	const inspections = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	const reports = (await listReports()).map((report) => ({
		report,
		inspection: inspections.find((i) => parseCitation(i.source)?.report === report) ?? null
	}));
	return { reports };
}
