/**
 * Source viewer: one prerendered page per report text, every line numbered
 * with the numbering the parsers cite (`ingest/text.ts`), so
 * `data/reports/west-sussex.txt:74` opens at `/sources/west-sussex#L74`
 * (see `$lib/components/sourceLink.ts`).
 */
import { error } from '@sveltejs/kit';
import { toLines } from '$lib/ingest/text';
import { buildDatabase } from '$lib/server/database';
import { listReports, readReport } from '$lib/server/reports';
import { NATIONAL_SCORES_SQL, REPORT_INSPECTIONS_SQL, type NationalScoreRow, type ReportInspectionRow } from '$lib/db/queries/scoreDistribution';
import { reportLink } from '$lib/charts/reportLink';
import { parseCitation } from '$lib/components/sourceLink';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await listReports()).map((report) => ({ report }));

export const load: PageServerLoad = async ({ params }) => {
	const reports = await listReports();
	if (!reports.includes(params.report)) error(404, 'There is no report with that name.');
	const raw = await readReport(params.report);
	const db = await buildDatabase();
	const inspections = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	const inspection = inspections.find((i) => parseCitation(i.source)?.report === params.report) ?? null;
	const national = await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL);
	return {
		report: params.report,
		lines: toLines(raw).map((l) => l.raw),
		inspection,
		hmip: inspection ? reportLink(inspection, national) : null
	};
};
