/**
 * The national picture on the overview: the latest inspection of every
 * service, counted by overall rating within each framework (never pooled:
 * the 2025 framework rates different things), the 2025-framework inspections
 * listed on their own, and the services with no inspection on record. Pure.
 */
import { RATINGS } from '../../framework';
import type { LatestInspectionRow } from '../../db/queries/register';
import type { TableColumn, TableRow } from '../export/columns';
import { FRAMEWORK_LABELS } from './list';

export interface FrameworkCounts {
	framework: string;
	label: string;
	total: number;
	/** Count per rating word, in RATINGS order, then "not stated". */
	counts: Array<{ rating: string; n: number }>;
}

/** What the 2025-framework list shows of an inspection: no more, as the overview's prerendered data carries it. */
export type Latest2025Row = Pick<LatestInspectionRow, 'inspection_key' | 'service_id' | 'service_name' | 'published_label' | 'product' | 'overall_rating' | 'rating_source'>;

export interface NationalPicture {
	frameworks: FrameworkCounts[];
	latest2025: Latest2025Row[];
	withInspection: number;
	withoutInspection: number;
	totalServices: number;
	title: string;
	summary: string;
}

const NOT_STATED = 'Rating not stated';

export function shapeNationalPicture(latest: readonly LatestInspectionRow[], totalServices: number): NationalPicture {
	// Counted by hand, not with arquero: this runs in the browser, and arquero compiles its
	// expressions with new Function, which the site's Content-Security-Policy (no 'unsafe-eval') blocks.
	const tally = new Map<string, number>();
	for (const r of latest) {
		const key = `${r.framework}|${r.overall_rating ?? NOT_STATED}`;
		tally.set(key, (tally.get(key) ?? 0) + 1);
	}
	const frameworks = ['youth-2018', 'youth-2025'].map((framework) => {
		const counts = [...RATINGS, NOT_STATED].map((rating) => ({ rating, n: tally.get(`${framework}|${rating}`) ?? 0 }));
		return { framework, label: FRAMEWORK_LABELS[framework], total: counts.reduce((a, c) => a + c.n, 0), counts };
	});
	const latest2025 = latest
		.filter((r) => r.framework === 'youth-2025')
		.map(({ inspection_key, service_id, service_name, published_label, product, overall_rating, rating_source }) => ({
			inspection_key, service_id, service_name, published_label, product, overall_rating, rating_source
		}));
	const withInspection = latest.length;
	const withoutInspection = totalServices - withInspection;
	const part = (f: FrameworkCounts) =>
		`${f.label}: ${f.total} services, ${f.counts.filter((c) => c.n > 0).map((c) => `${c.n} ${c.rating}`).join(', ')}`;
	const good = (f: FrameworkCounts) => f.counts.filter((c) => c.rating === 'Outstanding' || c.rating === 'Good').reduce((a, c) => a + c.n, 0);
	const [old, now] = frameworks;
	return {
		frameworks,
		latest2025,
		withInspection,
		withoutInspection,
		totalServices,
		title: `Of ${withInspection} services with an inspection on record here, ${good(old)} of ${old.total} last inspected under the 2018–2024 standards and ${good(now)} of ${now.total} under the 2025 framework were rated Good or Outstanding`,
		summary: `Latest inspection of each service. ${part(old)}. ${part(now)}. ${withoutInspection} of ${totalServices} services have no inspection on record here.`
	};
}

export const NATIONAL_PICTURE_COLUMNS: TableColumn[] = [
	{ key: 'framework', label: 'Framework of the latest inspection' },
	...[...RATINGS, NOT_STATED].map((r) => ({ key: r, label: r, numeric: true })),
	{ key: 'total', label: 'Services', numeric: true }
];

export function nationalPictureRows(m: NationalPicture): TableRow[] {
	return m.frameworks.map((f) => ({ framework: f.label, ...Object.fromEntries(f.counts.map((c) => [c.rating, c.n])), total: f.total }));
}
