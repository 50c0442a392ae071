/**
 * Reports added in this browser on the dashboard: which rows each table of
 * the browser's database takes; how a page tells an added inspection from a
 * published one is in `ids.ts`, re-exported here. Light on purpose (the database module imports it on
 * every page): the rows were made by the reader worker when the report was
 * read (`rows.ts`) and stored with the preview; nothing here parses a report.
 * Pure: no I/O.
 */
import type { TableName, Row } from '../tables/schema';
import type { AddedReport } from './store';
import { isAddedId } from './ids';
export { ADDED_PREFIX, ADDED_LABEL, ADDED_SHORT_LABEL, isAddedId, nameInAddedId } from './ids';

/** One added inspection as the pages list it. */
export interface AddedInspection {
	/** The IndexedDB record's id (what removing takes). */
	storeId: string;
	/** An added id, or for a 2025-framework report of a known service, the register's. */
	service_id: string;
	inspection_id: string;
	/** `2025` for a 2025-framework report (rows of the register's tables only), else the 2018-2024 variant. */
	framework: string;
	service_name: string;
	/** The uploaded file the figures cite. */
	file: string;
	added_at: string;
}

/** The inspection an added report's rows hold: a report table's, or a 2025-framework report's register row. */
export function addedInspectionOf(report: Pick<AddedReport, 'preview'>): { service_id: string; inspection_id: string } | null {
	const rows = report.preview.rows;
	const inspection = rows?.inspections?.[0];
	if (inspection) return { service_id: String(inspection.service_id), inspection_id: String(inspection.inspection_id) };
	const history = rows?.inspection_history?.[0];
	return history ? { service_id: String(history.service_id), inspection_id: String(history.inspection_key) } : null;
}

/** Added reports that have rows for the dashboard (one stored before they had rows has none). */
export function addedInspections(reports: readonly AddedReport[]): AddedInspection[] {
	const list: AddedInspection[] = [];
	for (const r of reports) {
		const inspection = addedInspectionOf(r);
		if (!inspection) continue;
		list.push({
			storeId: r.id,
			...inspection,
			framework: r.preview.framework,
			service_name: r.preview.service.value,
			file: r.preview.name,
			added_at: r.added_at
		});
	}
	return list;
}

/**
 * The rows one table takes from the added reports. Two reports of the same service get the same
 * service row: it is given once. Only ids with the added prefix get in, whatever the store holds.
 */
export function addedTableRows(reports: readonly AddedReport[], table: TableName): Row[] {
	const rows: Row[] = [];
	const services = new Set<string>();
	for (const r of reports) {
		const tableRows = (r.preview.rows as Partial<Record<TableName, Row[]>> | null)?.[table] ?? [];
		const keyColumn = addedKeyColumn(table);
		for (const row of tableRows) {
			const key = keyColumn ? row[keyColumn] : null;
			if (typeof key !== 'string' || !isAddedId(key)) continue;
			if (table === 'services') {
				if (services.has(key)) continue;
				services.add(key);
			}
			rows.push(row);
		}
	}
	return rows;
}

/** The column that marks a table's added rows, or null for a table no report adds to. */
export function addedKeyColumn(table: TableName): 'service_id' | 'inspection_id' | 'inspection_key' | null {
	if (table === 'services') return 'service_id';
	if (table === 'inspection_history' || table === 'inspection_area_ratings') return 'inspection_key';
	return ['inspections', 'ratings', 'key_questions', 'facts', 'demographics', 'findings', 'checks'].includes(table) ? 'inspection_id' : null;
}
