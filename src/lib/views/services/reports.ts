/** The report services as a list: one row per service (its latest report inspection), in the chosen order. Pure. */
import type { ReportInspectionRow } from '../../db/queries/scoreDistribution';
import type { ServiceSort } from '../../state/views/services';
import { inspectionDateLabel } from '../../charts/serviceProfile/list';

export interface ServiceListRow extends ReportInspectionRow {
	/** "published Jan 2023" or, when the report gives no publication date, "fieldwork 14 Mar 2022". */
	dateLabel: string;
	/** Date used for sorting: publication, else fieldwork. */
	dateKey: string;
}

export function shapeServiceList(rows: readonly ReportInspectionRow[], sort: ServiceSort): ServiceListRow[] {
	const latest = new Map<string, ReportInspectionRow>();
	for (const r of rows) {
		const seen = latest.get(r.service_id);
		if (!seen || (r.fieldwork ?? '') > (seen.fieldwork ?? '')) latest.set(r.service_id, r);
	}
	const list = [...latest.values()].map((r) => ({
		...r,
		dateLabel: inspectionDateLabel(r),
		dateKey: r.published ?? r.fieldwork ?? ''
	}));
	const byName = (a: ServiceListRow, b: ServiceListRow) => a.local_authority.localeCompare(b.local_authority);
	if (sort === 'score') return list.sort((a, b) => b.score - a.score || byName(a, b));
	// Newest first; the date key mixes publication and fieldwork dates, both ISO, so text order is date order.
	if (sort === 'date') return list.sort((a, b) => b.dateKey.localeCompare(a.dateKey) || byName(a, b));
	return list.sort(byName);
}
