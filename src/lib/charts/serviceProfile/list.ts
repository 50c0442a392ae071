/** An inspection report's date in words, for a profile's headline and notes. Pure. */
import type { ReportInspectionRow } from '../../db/queries/scoreDistribution';
import { formatIsoDate } from '../scoreDistribution/dates';

/** "published Jan 2023" or, when the report gives no publication date, "fieldwork 14 Mar 2022". */
export function inspectionDateLabel(r: Pick<ReportInspectionRow, 'published' | 'fieldwork'>): string {
	if (r.published) return `published ${formatIsoDate(r.published)}`;
	if (r.fieldwork) return `fieldwork ${formatIsoDate(r.fieldwork)}`;
	return 'date not stated';
}
