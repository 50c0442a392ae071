/**
 * A service page's view models that are not a chart's: the headline of a
 * register service, the sources of the key questions chart, and the reports
 * added in this browser for the service. Pure.
 */
import type { RegisterRow } from '../../db/queries/register';
import type { KeyQuestionModel } from '../../charts/serviceProfile/keyQuestions';
import type { TimelineEntry } from '../../charts/register/history';
import { FRAMEWORK_LABELS } from '../../charts/register/list';
import { ADDED_PREFIX, type AddedInspection } from '../../add/dashboard';
import { sourceHref, sourceLabel } from '../../components/sourceLink';

/** "Latest inspection: Mar 2023, 2018–2024 standards, 26/36." and its variants. */
export function latestInspectionWords(latest: TimelineEntry): string {
	const row = latest.row;
	const score = row.framework === 'youth-2018' ? (row.score !== null ? `, ${row.score}/36` : ', score not known') : ' (no score)';
	return `Latest inspection: ${row.published_label}, ${FRAMEWORK_LABELS[row.framework]}${score}.`;
}

/** "England, East Midlands · local authority: Derby (DfE LA 831)". */
export function whereWords(entry: RegisterRow): string {
	const place = entry.nation === 'Wales' ? 'Wales' : `England, ${entry.region}`;
	const authorities = entry.joint ? `joint service of ${entry.la_names}` : `local authority: ${entry.la_names}`;
	return `${place} · ${authorities}${entry.dfe_la_numbers ? ` (DfE LA ${entry.dfe_la_numbers})` : ''}`;
}

/** The source lines of the key questions chart: one per standard, the line of its first key question. */
export function keyQuestionSources(model: KeyQuestionModel, base: string): Array<{ label: string; href?: string }> {
	return model.standards.flatMap((g) => {
		const first = g.bars.find((b) => b.source);
		return first?.source ? [{ label: `${g.code}: ${sourceLabel(first.source)}`, href: sourceHref(first.source, base) ?? undefined }] : [];
	});
}

/**
 * Reports added in this browser for a register service. A 2018-2024 report's
 * service id is `added-` and the slug of its name, as the register's is the
 * slug of the register name (`added-thurrock` for `thurrock`); a 2025-framework
 * report of a known service already carries the register's id.
 */
export function addedForService(list: readonly AddedInspection[], serviceId: string): AddedInspection[] {
	return list.filter((a) => a.service_id === `${ADDED_PREFIX}${serviceId}` || (a.framework === '2025' && a.service_id === serviceId));
}
