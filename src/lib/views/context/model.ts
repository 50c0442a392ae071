/**
 * What the context view derives from its rows besides the three chart models
 * (`reportFigures.ts`, `trends.ts`, `spendPerChild.ts`): the URL's
 * allow-lists, the services' names, and the cards' citations. Pure.
 */
import type { ContextBoundsRow } from '../../db/queries/context';
import { LA_MEASURES, laitYears } from '../../measures/laMeasures';
import type { ContextOptions } from '../../state/views/context';
import { ADDED_LABEL, type AddedInspection } from '../../add/dashboard';
import { sourceHref, sourceLabel } from '../../components/sourceLink';

/** Every LAIT measure the view charts, as TRENDS_SQL takes them (one comma-separated parameter). */
export const ALL_LA_MEASURES = LA_MEASURES.map((m) => m.id).join(',');

/**
 * The allow-lists come from the data, so a new report or LAIT year needs no code change: the
 * published services, then those added in this browser (known only once the page has read them).
 */
export function contextOptions(bounds: readonly ContextBoundsRow[], added: readonly AddedInspection[]): ContextOptions {
	const published = bounds.map((b) => b.service_id);
	const extra = [...new Set(added.map((a) => a.service_id))].filter((id) => !published.includes(id));
	return { serviceIds: [...published, ...extra], ...laitYears(bounds) };
}

/** Each service's name for the checkboxes; an added one says so in words. */
export function serviceNames(bounds: readonly ContextBoundsRow[], added: readonly AddedInspection[]): Map<string, string> {
	return new Map([
		...bounds.map((b) => [b.service_id, b.service_name] as const),
		...added.map((a) => [a.service_id, `${a.service_name} (${ADDED_LABEL})`] as const)
	]);
}


export interface Citation {
	label: string;
	href?: string;
}

/** Report citations, each once, as links into the source viewer where they are report lines. */
export function reportSources(sources: readonly (string | null | undefined)[], base: string): Citation[] {
	const unique = [...new Set(sources.filter((s): s is string => !!s))];
	return unique.map((s) => ({ label: sourceLabel(s), href: sourceHref(s, base) ?? undefined }));
}

/**
 * One row of each chosen service's latest inspection (by fieldwork date; the first row of it), in the
 * order of service ids: the report-rates and spend charts show each service's latest report.
 */
export function latestPerService<R extends { service_id: string; fieldwork: string | null }>(rows: readonly R[], services: readonly string[]): R[] {
	const latest = new Map<string, R>();
	for (const r of rows) {
		if (!services.includes(r.service_id)) continue;
		const seen = latest.get(r.service_id);
		if (!seen || (r.fieldwork ?? '') > (seen.fieldwork ?? '')) latest.set(r.service_id, r);
	}
	return [...latest.keys()].sort().map((id) => latest.get(id)!);
}
