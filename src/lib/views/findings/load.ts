/**
 * The findings search's index, built when the site is built: every finding
 * of every inspection, with each service's link to its original report. The
 * page searches it in memory, so a keystroke needs no query and no request.
 */
import type { QueryEngine } from '../../db/types';
import { FINDINGS_INDEX_SQL, type FindingsIndexRow } from '../../db/queries/findings';
import { NATIONAL_SCORES_SQL, REPORT_INSPECTIONS_SQL, type NationalScoreRow, type ReportInspectionRow } from '../../db/queries/scoreDistribution';
import { reportLink, type ReportLink } from '../../charts/reportLink';

export interface FindingsData {
	rows: FindingsIndexRow[];
	/** The services with a report, alphabetical by local authority, each with its link to the original report. */
	services: { id: string; name: string; link: ReportLink | null }[];
	/** Size of the index as shipped (JSON, UTF-8), said on the page. */
	indexBytes: number;
}

export async function loadFindings(db: QueryEngine): Promise<FindingsData> {
	const rows = await db.query<FindingsIndexRow>(FINDINGS_INDEX_SQL);
	const reports = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	const national = await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL);
	const services = [...reports]
		.sort((a, b) => a.local_authority.localeCompare(b.local_authority, 'en-GB'))
		.map((r) => ({ id: r.service_id, name: r.local_authority, link: reportLink(r, national) }));
	return { rows, services, indexBytes: new TextEncoder().encode(JSON.stringify(rows)).length };
}
