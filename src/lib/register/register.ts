/**
 * The service register: every youth justice service of England and Wales
 * (data/register/youth_justice_services.csv), with its slug, nation, region,
 * local-authority footprint, and a summary of what the dashboard holds for it.
 */
import * as aq from 'arquero';
import { footprintFor, slugFor, UNMATCHED_LAS } from './names';
import type { InspectionHistoryRow } from './history';

export interface RegisterInput {
	service_name: string;
	nation: string;
	source: string;
}
export interface LaitAuthority {
	la_name: string;
	dfe_la_number: number;
	region: string;
}

export interface FootprintRow {
	service_id: string;
	la_name: string;
	dfe_la_number: number | null;
	region: string | null;
	in_lait: boolean;
	source: string;
}

export interface RegisterRow {
	service_id: string;
	service_name: string;
	nation: string;
	region: string | null;
	la_names: string;
	dfe_la_numbers: string | null;
	joint: boolean;
	report_service_id: string | null;
	inspections_count: number;
	latest_inspection_key: string | null;
	latest_published_label: string | null;
	latest_sort_date: string | null;
	latest_framework: string | null;
	latest_rating: string | null;
	latest_score: number | null;
	holds_report: boolean;
	holds_public_ratings: boolean;
	holds_lait: boolean;
	source: string;
}

const LAIT_SOURCE = 'DfE LAIT (data/national/la_indicators.csv): LA number and region';

/** Each service's member authorities; throws when an English one is not in LAIT or a LAIT authority is left over unexplained. */
export function buildFootprints(services: ReadonlyArray<RegisterInput>, authorities: ReadonlyArray<LaitAuthority>): FootprintRow[] {
	const byName = new Map(authorities.map((a) => [a.la_name, a]));
	const rows: FootprintRow[] = [];
	const missing: string[] = [];
	for (const s of services) {
		for (const la of footprintFor(s.service_name, s.nation)) {
			const lait = s.nation === 'England' ? byName.get(la) : undefined;
			if (s.nation === 'England' && !lait) missing.push(`${s.service_name}: ${la}`);
			rows.push({
				service_id: slugFor(s.service_name),
				la_name: la,
				dfe_la_number: lait?.dfe_la_number ?? null,
				region: lait?.region ?? null,
				in_lait: lait !== undefined,
				source: lait ? LAIT_SOURCE : 'Welsh council: no DfE LA number; member authorities from the service name (src/lib/register/names.ts)'
			});
		}
	}
	if (missing.length) throw new Error(`footprint authorities not in LAIT: ${missing.join('; ')}`);
	const covered = new Set(rows.map((r) => r.la_name));
	const leftOver = authorities.filter((a) => !covered.has(a.la_name) && !(a.la_name in UNMATCHED_LAS));
	if (leftOver.length) throw new Error(`LAIT authorities no service covers: ${leftOver.map((a) => a.la_name).join(', ')}`);
	return rows;
}

/** One row per service: footprint joined in, latest inspection and holdings rolled up (arquero). */
export function buildRegister(
	services: ReadonlyArray<RegisterInput>,
	footprints: ReadonlyArray<FootprintRow>,
	inspections: ReadonlyArray<InspectionHistoryRow>,
	opts: { reportServiceIds: ReadonlySet<string>; laitWithValues: ReadonlySet<string> }
): RegisterRow[] {
	const slugs = services.map((s) => slugFor(s.service_name));
	if (new Set(slugs).size !== slugs.length) throw new Error('two register names give the same slug');

	const members = aq
		.from(footprints.map((f) => ({ ...f, has_values: opts.laitWithValues.has(f.la_name) })))
		.groupby('service_id')
		.rollup({
			la_names: aq.op.array_agg('la_name'),
			numbers: aq.op.array_agg('dfe_la_number'),
			regions: aq.op.array_agg_distinct('region'),
			n: aq.op.count(),
			lait: aq.op.any('has_values')
		});
	const latest = aq
		.from(inspections as InspectionHistoryRow[])
		.groupby('service_id')
		.orderby(aq.desc('sort_date'))
		.derive({ pos: () => aq.op.row_number(), count: () => aq.op.count() })
		.filter((d: { pos: number }) => d.pos === 1)
		.select('service_id', 'inspection_key', 'published_label', 'sort_date', 'framework', 'overall_rating', 'score', 'count')
		.ungroup();
	const publicRated = new Set(inspections.filter((i) => i.source_kind !== 'report' || i.sources_count > 1).map((i) => i.service_id));

	const base = aq.from(services.map((s, i) => ({ service_id: slugs[i], service_name: s.service_name, nation: s.nation, source: s.source })));
	const joined = base.join_left(members, 'service_id').join_left(latest, 'service_id').objects() as Array<Record<string, unknown>>;

	return joined.map((r) => {
		const id = String(r.service_id);
		const numbers = (r.numbers as Array<number | null>).filter((n): n is number => n !== null);
		const regions = (r.regions as Array<string | null>).filter((x): x is string => !!x);
		return {
			service_id: id,
			service_name: String(r.service_name),
			nation: String(r.nation),
			region: regions.length ? regions.join('; ') : null,
			la_names: (r.la_names as string[]).join('; '),
			dfe_la_numbers: numbers.length ? numbers.join('; ') : null,
			joint: (r.n as number) > 1,
			report_service_id: opts.reportServiceIds.has(id) ? id : null,
			inspections_count: (r.count as number | undefined) ?? 0,
			latest_inspection_key: (r.inspection_key as string | undefined) ?? null,
			latest_published_label: (r.published_label as string | undefined) ?? null,
			latest_sort_date: (r.sort_date as string | undefined) ?? null,
			latest_framework: (r.framework as string | undefined) ?? null,
			latest_rating: (r.overall_rating as string | null | undefined) ?? null,
			latest_score: (r.score as number | null | undefined) ?? null,
			holds_report: opts.reportServiceIds.has(id),
			holds_public_ratings: publicRated.has(id),
			holds_lait: Boolean(r.lait),
			source: String(r.source)
		};
	});
}
