/** The services list: one row per service (its latest inspection), in the chosen order. Pure. */
import type { ReportInspectionRow } from '../../db/queries/scoreDistribution';
import type { ServiceSort } from '../../state/views/services';
import { formatIsoDate } from '../scoreDistribution/dates';

export interface ServiceListRow extends ReportInspectionRow {
	/** "published Jan 2023" or, when the report gives no publication date, "fieldwork 14 Mar 2022". */
	dateLabel: string;
	/** Date used for sorting: publication, else fieldwork. */
	dateKey: string;
}

export function inspectionDateLabel(r: Pick<ReportInspectionRow, 'published' | 'fieldwork'>): string {
	if (r.published) return `published ${formatIsoDate(r.published)}`;
	if (r.fieldwork) return `fieldwork ${formatIsoDate(r.fieldwork)}`;
	return 'date not stated';
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
