/**
 * One row per youth justice inspection with its overall score out of 36.
 *
 * Two inputs from ../shared/data (see its README):
 * - `hmip_yjs_overall_scores_2021_2025.csv`, derived from the data-to-insight
 *   scrape: the score is right for all rows but Bridgend and Ceredigion (left
 *   blank there and flagged `score_parse_error`); the scraped overall rating is
 *   wrong for West Sussex and Portsmouth, so the rating is always taken from
 *   the score band and a disagreement is flagged `scraped_rating_corrected`.
 * - `ratings_facts_from_public_pages.csv`: fills inspections the scrape does
 *   not cover (Brighton and Hove 2021, Hartlepool 2020, Wakefield 2025 on the
 *   new framework). Rows that repeat a scraped inspection are merged into it;
 *   the scrape wins for the score. Public-page rows with no /36 score are left
 *   out, except rows on the 2025 framework, which are kept as not comparable.
 *
 * The raw file's per-standard columns are never read (README: they are wrong).
 */
import { parseRating, ratingForScore, type Rating } from '../framework';
import { footprintFor, normaliseServiceName, type Country } from './footprints';
import { SCRAPE_SOURCE, SHARED_FILES } from './sources';

export type NationalFramework = 'youth-2018' | 'youth-2025';
export type ScoreBasis = 'scraped_ratings_page' | 'stated' | 'derived_from_grade_counts' | 'copied_from_scrape';
export type RatingBasis = 'score_band' | 'as_scraped' | 'as_published';

export interface NationalScore {
	service: string;
	hmip_ref: string;
	/** Null when the source does not say (public-page rows). */
	joint_inspection: boolean | null;
	/** ISO date at day, month or year precision; empty when the source gives only an academic year. */
	published: string;
	published_as_stated: string;
	framework: NationalFramework;
	score: number | null;
	score_basis: ScoreBasis | '';
	overall_rating: Rating | null;
	rating_basis: RatingBasis | '';
	comparable: boolean;
	flag: string;
	report_url: string;
	source: string;
	la_names: string;
	country: Country | '';
}

export const NATIONAL_SCORE_COLUMNS = [
	'service', 'hmip_ref', 'joint_inspection', 'published', 'published_as_stated', 'framework', 'score', 'score_basis',
	'overall_rating', 'rating_basis', 'comparable', 'flag', 'report_url', 'source', 'la_names', 'country'
] as const satisfies ReadonlyArray<keyof NationalScore>;

export const SCRAPE_COLUMNS = [
	'service', 'hmip_ref', 'joint_inspection', 'publication_date', 'score_out_of_36', 'rating_from_score_band',
	'overall_rating_as_scraped', 'report_url', 'flags'
] as const;
export const PUBLIC_PAGE_COLUMNS = [
	'service', 'publication', 'framework', 'overall_rating', 'score_out_of_36', 'source_url', 'source_type'
] as const;

export type ScrapeRow = Record<(typeof SCRAPE_COLUMNS)[number], string>;
export type PublicPageRow = Record<(typeof PUBLIC_PAGE_COLUMNS)[number], string>;

/** Flags written to `flag`. */
export const FLAGS = {
	scoreParseError: 'score_parse_error',
	ratingCorrected: 'scraped_rating_corrected',
	framework2025: 'framework_2025_not_comparable',
	sourcesDisagree: 'score_sources_disagree',
	statedRatingDisagrees: 'stated_rating_disagrees_with_score_band',
	scoreFromPublicPages: 'score_from_public_pages'
} as const;

function joinFlags(...flags: Array<string | false | null | undefined>): string {
	return [...new Set(flags.filter((f): f is string => !!f))].join(';');
}

/** A whole number 0–36, else null. */
export function parseScore36(text: string): number | null {
	const t = text.trim();
	if (!/^\d{1,2}$/.test(t)) return null;
	const n = Number(t);
	return n <= 36 ? n : null;
}

/** ISO date at day, month or year precision, or '' when the text is not one (e.g. "2019/20"). */
export function isoPublication(text: string): string {
	const t = text.trim();
	return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t) ? t : '';
}

/** "36 (derived: …)", "25", "32 (d2i CSV)" → score and how the public page came by it. */
export function parsePublicScore(text: string): { score: number | null; basis: ScoreBasis | '' } {
	const m = /^\s*(\d{1,2})\b/.exec(text);
	if (!m) return { score: null, basis: '' };
	const score = parseScore36(m[1]);
	if (score === null) return { score: null, basis: '' };
	if (/d2i/i.test(text)) return { score, basis: 'copied_from_scrape' };
	if (/derived/i.test(text)) return { score, basis: 'derived_from_grade_counts' };
	return { score, basis: 'stated' };
}

/** The public-pages file names the 2025 programme in its `framework` column. */
export function publicPageFramework(text: string): NationalFramework {
	return /2025/.test(text) && /new|programme|victims/i.test(text) ? 'youth-2025' : 'youth-2018';
}

function cleanServiceName(name: string): string {
	return name.replace(/\s*-\s*JI\s*$/i, '').replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

function withFootprint(row: Omit<NationalScore, 'la_names' | 'country'>): NationalScore {
	const fp = footprintFor(row.service);
	if (!fp) throw new Error(`No local-authority footprint for service "${row.service}"; add it to footprints.ts`);
	return { ...row, la_names: fp.laNames.join(';'), country: fp.country };
}

/** One scraped inspection. Throws when the file's own band disagrees with ours (the file would be corrupt). */
export function scoreFromScrape(row: ScrapeRow): NationalScore {
	const sourceFlags = row.flags.split(/[;,]/).map((f) => f.trim()).filter(Boolean);
	const parseError = sourceFlags.includes(FLAGS.scoreParseError);
	const score = parseError ? null : parseScore36(row.score_out_of_36);
	const scraped = parseRating(row.overall_rating_as_scraped);
	let overall: Rating | null;
	let ratingBasis: RatingBasis | '';
	let corrected = false;
	if (score !== null) {
		overall = ratingForScore(score);
		ratingBasis = 'score_band';
		const fileBand = parseRating(row.rating_from_score_band);
		if (fileBand !== overall) {
			throw new Error(`${row.service}: rating_from_score_band "${row.rating_from_score_band}" is not the band of ${score}`);
		}
		corrected = scraped !== overall;
	} else {
		// No trustworthy score: keep the scraped rating word if it is one.
		overall = scraped;
		ratingBasis = scraped ? 'as_scraped' : '';
	}
	return withFootprint({
		service: cleanServiceName(row.service),
		hmip_ref: row.hmip_ref.trim(),
		joint_inspection: /^yes$/i.test(row.joint_inspection.trim()) ? true : /^no$/i.test(row.joint_inspection.trim()) ? false : null,
		published: isoPublication(row.publication_date),
		published_as_stated: row.publication_date.trim(),
		framework: 'youth-2018',
		score,
		score_basis: score !== null ? 'scraped_ratings_page' : '',
		overall_rating: overall,
		rating_basis: ratingBasis,
		comparable: score !== null,
		// Every scraped row without a usable score is a parse failure of its ratings page.
		flag: joinFlags(score === null && FLAGS.scoreParseError, corrected && FLAGS.ratingCorrected),
		report_url: row.report_url.trim(),
		source: SCRAPE_SOURCE
	});
}

/**
 * One public-page fact as an inspection row, or null when it carries no /36
 * score and is not on the 2025 framework (ratings-only rows are out of scope).
 */
export function scoreFromPublicPage(row: PublicPageRow): NationalScore | null {
	const framework = publicPageFramework(row.framework);
	const parsed = parsePublicScore(row.score_out_of_36);
	const stated = parseRating(row.overall_rating);
	if (framework === 'youth-2025') {
		return withFootprint({
			...publicPageCommon(row),
			framework,
			score: null, // not on the /36 scale
			score_basis: '',
			overall_rating: stated,
			rating_basis: stated ? 'as_published' : '',
			comparable: false,
			flag: FLAGS.framework2025
		});
	}
	if (parsed.score === null) return null;
	const band = ratingForScore(parsed.score);
	return withFootprint({
		...publicPageCommon(row),
		framework,
		score: parsed.score,
		score_basis: parsed.basis,
		overall_rating: band,
		rating_basis: 'score_band',
		comparable: true,
		flag: joinFlags(stated !== null && stated !== band && FLAGS.statedRatingDisagrees)
	});
}

function publicPageCommon(row: PublicPageRow) {
	const url = row.source_url.trim();
	return {
		service: cleanServiceName(row.service),
		hmip_ref: '',
		joint_inspection: /\bjoint\b/i.test(row.service) ? true : null,
		published: isoPublication(row.publication),
		published_as_stated: row.publication.trim(),
		report_url: /^HMIP report/i.test(row.source_type.trim()) ? url : '',
		source: `${url} (${row.source_type.trim()}; via ${SHARED_FILES.publicPages})`
	};
}

/** Same inspection: same service and framework, and the public date is the scraped date or a prefix of it. */
function sameInspection(scraped: NationalScore, page: NationalScore): boolean {
	return (
		normaliseServiceName(scraped.service) === normaliseServiceName(page.service) &&
		scraped.framework === page.framework &&
		page.published !== '' &&
		scraped.published.startsWith(page.published)
	);
}

/** Merges a public-page row into the scraped row for the same inspection. */
export function mergeInspection(scraped: NationalScore, page: NationalScore): NationalScore {
	const independent = page.score !== null && page.score_basis !== 'copied_from_scrape';
	if (scraped.score === null && independent) {
		// Gap filled from the public page: its score, band and citation.
		return {
			...scraped,
			score: page.score,
			score_basis: page.score_basis,
			overall_rating: page.overall_rating,
			rating_basis: 'score_band',
			comparable: true,
			flag: joinFlags(...scraped.flag.split(';'), FLAGS.scoreFromPublicPages),
			source: `${scraped.source}; score: ${page.source}`
		};
	}
	if (scraped.score !== null && independent && page.score !== scraped.score) {
		return {
			...scraped,
			comparable: false,
			flag: joinFlags(...scraped.flag.split(';'), FLAGS.sourcesDisagree),
			source: `${scraped.source}; disagreeing: ${page.source}`
		};
	}
	return scraped;
}

function publishedKey(r: NationalScore): string {
	return `${normaliseServiceName(r.service)}|${r.published || r.published_as_stated}`;
}

/**
 * All inspections: every scraped row, merged with matching public-page rows,
 * plus public-page inspections the scrape lacks (deduplicated, scored row
 * first). Sorted newest first. Throws on a duplicate (service, published).
 */
export function buildNationalScores(scrapeRows: ReadonlyArray<ScrapeRow>, pageRows: ReadonlyArray<PublicPageRow>): NationalScore[] {
	const scraped = scrapeRows.map(scoreFromScrape);
	const extra: NationalScore[] = [];
	for (const pageRow of pageRows) {
		const page = scoreFromPublicPage(pageRow);
		if (!page) continue;
		const i = scraped.findIndex((s) => sameInspection(s, page));
		if (i >= 0) {
			scraped[i] = mergeInspection(scraped[i], page);
			continue;
		}
		const j = extra.findIndex((e) => publishedKey(e) === publishedKey(page) && e.framework === page.framework);
		if (j < 0) extra.push(page);
		else if (extra[j].score === null && page.score !== null) extra[j] = page;
	}
	const all = [...scraped, ...extra];
	const seen = new Set<string>();
	for (const r of all) {
		const key = publishedKey(r);
		if (seen.has(key)) throw new Error(`Duplicate inspection ${key}`);
		seen.add(key);
	}
	return all.sort(
		(a, b) =>
			(a.published === '' ? 1 : 0) - (b.published === '' ? 1 : 0) ||
			b.published.localeCompare(a.published) ||
			a.service.localeCompare(b.service)
	);
}
