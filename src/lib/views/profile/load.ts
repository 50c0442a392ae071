/**
 * The prerender rows of a service's page (`routes/services/[service_id]`):
 * every register service gets its history and, in England, its
 * local-authority indicators; the five report services also get their full
 * report profile. The same SQL the page's view asks again in the browser
 * (`queries.ts`).
 */
import { SERVICE_SQL, type ReportInspectionRow, type ServiceRow } from '../../db/queries/services';
import * as standards from '../../db/queries/standards';
import { REGISTER_LIST_SQL, REGISTER_SERVICE_SQL, type RegisterRow } from '../../db/queries/register';
import { learnFrom, type LearnFromEntry } from '../../charts/learnFrom';
import type { QueryEngine } from '../../db/types';
import { REGISTER_QUERIES, REPORT_QUERIES, runQueries, type RegisterRows, type ReportRows } from './queries';

type Db = Pick<QueryEngine, 'query'>;

export interface ReportProfileData extends ReportRows {
	service: ServiceRow;
	/** The latest report inspection of the service. */
	inspection: ReportInspectionRow;
	/** Services rated Good or Outstanding where this one is not (built with the page). */
	learnFrom: LearnFromEntry[];
}

export interface ServicePageData extends RegisterRows {
	entry: RegisterRow;
	report: ReportProfileData | null;
}

/** Every register service id: one page each. */
export async function serviceIds(db: Db): Promise<{ service_id: string }[]> {
	return (await db.query<RegisterRow>(REGISTER_LIST_SQL)).map(({ service_id }) => ({ service_id }));
}

/** Learn from: worked out here, so the page carries only the examples for this service's weak standards. */
async function learnFromFor(db: Db, reports: readonly ReportInspectionRow[], serviceId: string): Promise<LearnFromEntry[]> {
	const all = [...new Set(reports.map((r) => r.service_id))];
	const everyService = standards.standardsParams(all, standards.ALL_DOMAINS);
	return learnFrom(
		{
			inspections: await db.query<standards.StandardsInspectionRow>(standards.STANDARDS_INSPECTIONS_SQL, [all.join(',')]),
			ratings: await db.query<standards.StandardsRatingRow>(standards.STANDARDS_RATINGS_SQL, everyService),
			findings: await db.query<standards.StandardsFindingRow>(standards.STANDARDS_FINDINGS_SQL, everyService)
		},
		[serviceId]
	);
}

async function reportProfile(db: Db, service: ServiceRow): Promise<ReportProfileData | null> {
	const reports = await db.query<ReportInspectionRow>(REPORT_QUERIES.reports.sql);
	// A service may one day have several reports: the profile shows the latest.
	const inspection = reports
		.filter((r) => r.service_id === service.service_id)
		.sort((a, b) => (b.fieldwork ?? '').localeCompare(a.fieldwork ?? ''))[0];
	if (!inspection) return null;
	return {
		service,
		inspection,
		learnFrom: await learnFromFor(db, reports, service.service_id),
		...(await runQueries(REPORT_QUERIES, (sql, params) => db.query(sql, params), inspection.inspection_id))
	};
}

/** The page of one register service, or null when the register has no such service. */
export async function loadServicePage(db: Db, serviceId: string): Promise<ServicePageData | null> {
	const [entry] = await db.query<RegisterRow>(REGISTER_SERVICE_SQL, [serviceId]);
	if (!entry) return null;
	const [service] = entry.report_service_id ? await db.query<ServiceRow>(SERVICE_SQL, [entry.report_service_id]) : [];
	return {
		entry,
		report: service ? await reportProfile(db, service) : null,
		...(await runQueries(REGISTER_QUERIES, (sql, params) => db.query(sql, params), entry.service_id, { england: entry.nation === 'England' }))
	};
}
