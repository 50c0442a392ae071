/**
 * A chart card's sources from the citations of the figures it draws: each
 * once, in order, labelled, and linked to the cited line where it is a
 * report line (`sourceHref`). Pure; `base` is SvelteKit's, passed in.
 */
import { sourceHref, sourceLabel } from '../components/sourceLink';

export interface ChartSourceLink {
	label: string;
	href?: string;
}

export function chartSources(citations: readonly (string | null | undefined)[], base: string): ChartSourceLink[] {
	const unique = [...new Set(citations.filter((s): s is string => !!s))];
	return unique.map((s) => ({ label: sourceLabel(s), href: sourceHref(s, base) ?? undefined }));
}
