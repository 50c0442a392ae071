/**
 * The findings search's index, built when the site is built: every finding
 * of every inspection, with each service's link to its original report. The
 * page searches it in memory, so a keystroke needs no query and no request.
 */
import { buildDatabase } from '$lib/server/database';
import { FINDINGS_INDEX_SQL, type FindingsIndexRow } from '$lib/db/queries/findings';
import { NATIONAL_SCORES_SQL, REPORT_INSPECTIONS_SQL, type NationalScoreRow, type ReportInspectionRow } from '$lib/db/queries/scoreDistribution';
import { reportLink, type ReportLink } from '$lib/charts/reportLink';

export async function load() {
	const db = await buildDatabase();
	const rows = await db.query<FindingsIndexRow>(FINDINGS_INDEX_SQL);
	const reports = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	const national = await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL);
	const services = [...reports]
		.sort((a, b) => a.local_authority.localeCompare(b.local_authority, 'en-GB'))
		.map((r) => ({ id: r.service_id, name: r.local_authority, link: reportLink(r, national) as ReportLink | null }));
	return {
		rows,
		services,
		/** Size of the index as shipped (JSON, UTF-8), said on the page. */
		indexBytes: new TextEncoder().encode(JSON.stringify(rows)).length
	};
}
