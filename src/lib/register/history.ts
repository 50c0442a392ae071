/**
 * Every known inspection of every register service, one row each, from four
 * kinds of source. The same inspection found in several sources becomes one
 * row; every source is kept in `inspection_sources`.
 *
 * Precedence (a better source wins for the rating, the score and the date):
 *   1 report (data/reports) > 2 HMIP table (the scrape of HMIP's ratings pages,
 *   data/national/national_scores.csv) > 3 HMIP page > 4 council or other public
 *   body's page > 5 press or third party.
 *
 * Two sources describe the same inspection when they name the same register
 * service (names.ts), the same framework (2018–2024 standards or 2025), and
 * publication dates whose spans overlap once each is widened by six months
 * (dates.ts): "2019/20" and "2020-07" are Cardiff's one inspection. Inspections
 * of one service are years apart, so the slack cannot join two.
 *
 * A score out of 36 is kept only under the 2018–2024 standards, from the
 * report, the HMIP table (when comparable) or a page that states or derives it;
 * a page's score marked "(d2i CSV)" is a copy of the table, not a source.
 */
import { parseRating, type Rating } from '../framework';
import { datesCompatible, afterFieldwork, parseStatedDate, sortDate, type StatedDate } from './dates';
import { registerNameFor, slugFor } from './names';

export type Family = 'youth-2018' | 'youth-2025';
export type Variant = 'original' | 'revised' | '';
export type Product = 'full' | 'children_and_victims';

export const SOURCE_KINDS = ['report', 'hmip_table', 'hmip_page', 'council_page', 'press'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
	report: 'Inspection report (data/reports)',
	hmip_table: "HMIP ratings table (data-to-insight scrape of HMIP's reports)",
	hmip_page: 'HMIP page',
	council_page: 'Council or other public body',
	press: 'Press or third party'
};
const TRUST: Record<SourceKind, string> = {
	report: 'high (report)',
	hmip_table: 'high (HMIP table)',
	hmip_page: 'high (HMIP)',
	council_page: 'high (council or public body)',
	press: 'medium (press or third party)'
};
const rank = (kind: SourceKind) => SOURCE_KINDS.indexOf(kind) + 1;

export interface ReportInspectionInput {
	inspection_id: string;
	service_id: string;
	published: string | null;
	fieldwork: string | null;
	framework: string;
	score: number | null;
	overall_rating: string | null;
	overall_rating_source: string | null;
	source: string;
}
export interface ScrapeInput {
	service: string;
	published: string;
	score: number | null;
	score_basis: string;
	overall_rating: string | null;
	comparable: boolean;
	flag: string | null;
	report_url: string | null;
	source: string;
	framework: string;
}
export type OtherInspectionInput = Record<'service' | 'published' | 'framework' | 'level' | 'code' | 'rating' | 'source_url' | 'trust' | 'note', string>;
export type PublicPageInput = Record<
	'service' | 'publication' | 'framework' | 'overall_rating' | 'score_out_of_36' | 'standard_level_detail' | 'source_url' | 'source_type',
	string
>;

export interface AreaClaim {
	level: 'standard' | 'area';
	code: string;
	rating: Rating;
	trust: string;
	source: string;
	note: string;
}

/** One source's account of one inspection. */
export interface Claim {
	registerName: string;
	family: Family;
	variant: Variant;
	product: Product | null;
	date: StatedDate;
	dateStated: string;
	kind: SourceKind;
	rating: Rating | null;
	score: number | null;
	scoreStated: string;
	source: string;
	/** Where the score was read, when not `source` (a report prints it on another line). */
	scoreSource?: string;
	reportInspectionId: string | null;
	areas: AreaClaim[];
}

export interface InspectionHistoryRow {
	inspection_key: string;
	service_id: string;
	framework: Family;
	variant: Variant;
	product: Product;
	published: string;
	published_precision: string;
	published_label: string;
	earliest: string;
	latest: string;
	sort_date: string;
	overall_rating: Rating | null;
	rating_source: string | null;
	score: number | null;
	score_source: string | null;
	comparable: boolean;
	trust: string;
	source_kind: SourceKind;
	report_inspection_id: string | null;
	sources_count: number;
	note: string;
}
export interface InspectionSourceRow {
	inspection_key: string;
	source_rank: number;
	source_kind: SourceKind;
	trust: string;
	published_as_stated: string;
	rating_as_stated: Rating | null;
	score_as_stated: string;
	used_for: string;
	source: string;
}
export interface AreaRatingRow {
	inspection_key: string;
	framework: Family;
	level: 'standard' | 'area';
	code: string;
	rating: Rating;
	trust: string;
	source: string;
	note: string;
}

export interface Unmatched {
	file: string;
	name: string;
	why: string;
}

function kindFromTrust(trust: string): SourceKind {
	if (/HMIP/.test(trust)) return 'hmip_page';
	if (/council|public body/.test(trust)) return 'council_page';
	return 'press';
}
function kindFromSourceType(type: string): SourceKind {
	if (/^HMIP/.test(type)) return 'hmip_page';
	if (/^council/.test(type)) return 'council_page';
	return 'press';
}

function scoreFromPage(text: string): number | null {
	// "(d2i CSV)" marks a copy of the HMIP table: not a second source.
	if (/d2i CSV/.test(text)) return null;
	const m = /^(\d{1,2})\b/.exec(text.trim());
	return m ? Number(m[1]) : null;
}

function need<T>(value: T | null, what: string): T {
	if (value === null) throw new Error(what);
	return value;
}

/** Each source row as a claim; rows naming no register service are returned as unmatched, not dropped silently. */
export function claimsFrom(
	registerNames: ReadonlyArray<string>,
	inputs: { reports: ReportInspectionInput[]; scrape: ScrapeInput[]; other: OtherInspectionInput[]; publicPages: PublicPageInput[] }
): { claims: Claim[]; unmatched: Unmatched[] } {
	const claims: Claim[] = [];
	const unmatched: Unmatched[] = [];
	const bySlug = new Map(registerNames.map((n) => [slugFor(n), n]));
	const match = (file: string, name: string) => {
		const found = registerNameFor(name, registerNames);
		if (!found && !unmatched.some((u) => u.file === file && u.name === name)) {
			unmatched.push({ file, name, why: 'no register name or alias in src/lib/register/names.ts matches it' });
		}
		return found;
	};

	for (const r of inputs.reports) {
		const registerName = bySlug.get(r.service_id);
		if (!registerName) {
			unmatched.push({ file: 'data/services.csv', name: r.service_id, why: 'report service id is not a register slug' });
			continue;
		}
		const date = need(r.published ? parseStatedDate(r.published) : r.fieldwork ? afterFieldwork(r.fieldwork) : null, `${r.inspection_id}: no date`);
		claims.push({
			registerName,
			family: 'youth-2018',
			variant: r.framework === 'original' || r.framework === 'revised' ? r.framework : '',
			product: 'full',
			date,
			dateStated: r.published ?? `fieldwork ${r.fieldwork}`,
			kind: 'report',
			rating: r.overall_rating ? parseRating(r.overall_rating) : null,
			score: r.score === null ? null : Number(r.score),
			scoreStated: r.score === null ? '' : String(r.score),
			source: r.overall_rating_source ?? r.source,
			scoreSource: r.source,
			reportInspectionId: r.inspection_id,
			areas: []
		});
	}

	for (const r of inputs.scrape) {
		if (r.score_basis !== 'scraped_ratings_page') continue; // public-page rows are read from their own file
		const registerName = match('data/national/national_scores.csv', r.service);
		if (!registerName) continue;
		claims.push({
			registerName,
			family: r.framework === 'youth-2025' ? 'youth-2025' : 'youth-2018',
			variant: '',
			product: 'full',
			date: need(parseStatedDate(r.published), `national_scores ${r.service}: date '${r.published}'`),
			dateStated: r.published,
			kind: 'hmip_table',
			rating: r.overall_rating ? parseRating(r.overall_rating) : null,
			score: r.comparable ? r.score : null,
			scoreStated: r.score === null ? '' : String(r.score),
			source: r.report_url ? `${r.report_url} (${r.source})` : r.source,
			reportInspectionId: null,
			areas: []
		});
	}

	const groups = new Map<string, OtherInspectionInput[]>();
	for (const r of inputs.other) {
		const key = `${r.service}|${r.published}|${r.framework}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	for (const rows of groups.values()) {
		const first = rows[0];
		const registerName = match('data/register/hmip_other_inspections.csv', first.service);
		if (!registerName) continue;
		const overall = rows.find((r) => r.level === 'overall');
		const lead = overall ?? first;
		const family: Family = first.framework === '2025' ? 'youth-2025' : 'youth-2018';
		const full = rows.some((r) => /full inspection/.test(r.note) || /youth-justice-services-in-/.test(r.source_url));
		claims.push({
			registerName,
			family,
			variant: family === 'youth-2018' && rows.some((r) => r.code === '4.1') ? 'revised' : '',
			product: family === 'youth-2025' ? (full ? 'full' : 'children_and_victims') : 'full',
			date: need(parseStatedDate(first.published), `hmip_other_inspections ${first.service}: date '${first.published}'`),
			dateStated: first.published,
			kind: kindFromTrust(lead.trust),
			rating: overall ? parseRating(overall.rating) : null,
			score: null,
			scoreStated: '',
			source: lead.source_url,
			reportInspectionId: null,
			areas: rows
				.filter((r) => r.level === 'standard' || r.level === 'area')
				.map((r) => ({
					level: r.level as 'standard' | 'area',
					code: r.code,
					rating: need(parseRating(r.rating), `hmip_other_inspections ${r.service} ${r.code}: rating '${r.rating}'`),
					trust: r.trust,
					source: r.source_url,
					note: r.note
				}))
		});
	}

	for (const r of inputs.publicPages) {
		const registerName = match('data/register/ratings_facts_from_public_pages.csv', r.service);
		if (!registerName) continue;
		const family: Family = /2025/.test(r.framework) && /NEW/.test(r.framework) ? 'youth-2025' : 'youth-2018';
		claims.push({
			registerName,
			family,
			variant: /^2018-2021/.test(r.framework) ? 'original' : /^2021-2024/.test(r.framework) ? 'revised' : '',
			product: family === 'youth-2025' ? 'children_and_victims' : 'full',
			date: need(parseStatedDate(r.publication), `ratings_facts ${r.service}: date '${r.publication}'`),
			dateStated: r.publication,
			kind: kindFromSourceType(r.source_type),
			rating: r.overall_rating ? parseRating(r.overall_rating) : null,
			score: family === 'youth-2018' ? scoreFromPage(r.score_out_of_36) : null,
			scoreStated: r.score_out_of_36,
			source: r.source_url || r.source_type,
			reportInspectionId: null,
			areas: []
		});
	}
	return { claims, unmatched };
}

const PRECISION_ORDER = ['day', 'month', 'year', 'period', 'unknown'];

/** Claims grouped into inspections by the rules above, each group best source first. */
export function groupClaims(claims: ReadonlyArray<Claim>): Claim[][] {
	const ordered = [...claims].sort((a, b) => rank(a.kind) - rank(b.kind));
	const groups: Claim[][] = [];
	for (const claim of ordered) {
		const group = groups.find(
			(g) => g[0].registerName === claim.registerName && g[0].family === claim.family && g.some((c) => datesCompatible(c.date, claim.date))
		);
		if (group) group.push(claim);
		else groups.push([claim]);
	}
	return groups;
}

export interface History {
	inspections: InspectionHistoryRow[];
	sources: InspectionSourceRow[];
	areas: AreaRatingRow[];
}

/** One row per inspection from its claims (best source first). */
export function buildHistory(groups: ReadonlyArray<Claim[]>): History {
	const history: History = { inspections: [], sources: [], areas: [] };
	const keys = new Set<string>();
	for (const group of groups) {
		const best = group[0];
		const rated = group.find((c) => c.rating !== null) ?? null;
		const scored = best.family === 'youth-2018' ? (group.find((c) => c.score !== null) ?? null) : null;
		const dated = [...group].sort((a, b) => PRECISION_ORDER.indexOf(a.date.precision) - PRECISION_ORDER.indexOf(b.date.precision) || rank(a.kind) - rank(b.kind))[0];
		const date = dated.date;
		const slug = slugFor(best.registerName);
		// A report keeps its own inspection id (its fieldwork year), so links to it still hold.
		const reportId = group.find((c) => c.reportInspectionId)?.reportInspectionId ?? null;
		let key = reportId ?? `${slug}-${sortDate(date).slice(0, 4)}`;
		if (keys.has(key)) key = `${key}-${best.family === 'youth-2025' ? '2025-framework' : 'b'}`;
		if (keys.has(key)) throw new Error(`inspection key ${key} repeats`);
		keys.add(key);

		const notes: string[] = [];
		const ratings = [...new Set(group.map((c) => c.rating).filter((r) => r !== null))];
		if (ratings.length > 1) notes.push(`sources disagree on the rating (${ratings.join(' / ')}); the best source's is shown`);
		const scores = [...new Set(group.map((c) => c.score).filter((s) => s !== null))];
		if (scores.length > 1) notes.push(`sources disagree on the score (${scores.join(' / ')})`);
		const variant = group.find((c) => c.variant !== '')?.variant ?? '';
		const product: Product = group.some((c) => c.product === 'full' && c.family === 'youth-2025') ? 'full' : (best.product ?? 'full');

		history.inspections.push({
			inspection_key: key,
			service_id: slug,
			framework: best.family,
			variant: best.family === 'youth-2025' ? '' : variant,
			product: best.family === 'youth-2018' ? 'full' : product,
			published: date.iso,
			published_precision: date.precision,
			published_label: date.label,
			earliest: date.earliest,
			latest: date.latest,
			sort_date: sortDate(date),
			overall_rating: rated?.rating ?? null,
			rating_source: rated?.source ?? null,
			score: scored?.score ?? null,
			score_source: scored ? (scored.scoreSource ?? scored.source) : null,
			comparable: scored !== null && scores.length <= 1,
			trust: TRUST[(rated ?? best).kind],
			source_kind: (rated ?? best).kind,
			report_inspection_id: reportId,
			sources_count: new Set(group.map((c) => c.source)).size,
			note: notes.join('; ')
		});
		const seen = new Set<string>();
		for (const c of group) {
			if (seen.has(c.source)) continue;
			seen.add(c.source);
			const used = [c === rated ? 'rating' : '', c === scored ? 'score' : '', c === dated ? 'date' : ''].filter(Boolean).join(', ');
			history.sources.push({
				inspection_key: key,
				source_rank: rank(c.kind),
				source_kind: c.kind,
				trust: TRUST[c.kind],
				published_as_stated: c.dateStated,
				rating_as_stated: c.rating,
				score_as_stated: c.scoreStated,
				used_for: used || 'corroboration',
				source: c.source
			});
		}
		for (const c of group) {
			for (const a of c.areas) {
				history.areas.push({ inspection_key: key, framework: best.family, level: a.level, code: a.code, rating: a.rating, trust: a.trust, source: a.source, note: a.note });
			}
		}
	}
	history.inspections.sort((a, b) => a.service_id.localeCompare(b.service_id) || a.sort_date.localeCompare(b.sort_date));
	return history;
}
