/**
 * The national distribution of scores out of 36, with the dashboard's own
 * report inspections placed on it. Pure: the same rows give the same model
 * at build time and in the browser.
 *
 * No inspection is counted twice. The report services also appear in
 * `national_scores` (the data-to-insight scrape, or a public page for
 * Hartlepool 2020/21); each report inspection replaces its national row, so
 * its dot carries the report's score, rating and line, and says which
 * national row it stands for.
 */
import { SCORE_BANDS, SCORE_MAX, parseRating, type Rating } from '../../framework';
import type { DistributionNationalRow, ReportInspectionRow } from '../../db/queries/scoreDistribution';
import { firstYear, formatIsoDate } from './dates';

export type DotOrigin = 'report' | 'national';

export interface ScoreDot {
	/** Stable key: the inspection id for a report, else `national:<service>:<date>`. */
	key: string;
	service: string;
	/** Set for report inspections: links to the service profile. */
	serviceId: string | null;
	score: number;
	rating: Rating | null;
	/** "published 22 Jun 2022", "fieldwork Oct 2020" or the date as the source states it. */
	dateLabel: string;
	/** Publication date (ISO, day/month/year precision) where known. */
	published: string | null;
	origin: DotOrigin;
	/** Citation of the score: a report line, or the national table's source. */
	source: string;
	/** Plain words for the source, e.g. "inspection report" or "data-to-insight scrape of HMIP reports". */
	sourceKind: string;
	/** For a report dot: the national row it replaces, if one matched. */
	nationalMatch: DistributionNationalRow | null;
	highlighted: boolean;
	/** Position in its score's stack: 0 on the axis, then 1, -1, 2, -2 … */
	stack: number;
	/** The HMIP report page (national rows from the scrape), if known. */
	reportUrl: string | null;
	/** Known-error flag from the national table, if any. */
	flag: string | null;
}

export interface BandCount {
	rating: Rating;
	min: number;
	max: number;
	count: number;
}

export interface DistributionModel {
	/** Every dot, in reading order: by score, then by stack position outwards. */
	dots: ScoreDot[];
	highlighted: ScoreDot[];
	total: number;
	bands: BandCount[];
	median: number | null;
	/** e.g. "2020–2025". */
	period: string;
	/** "Mar 2021 to Feb 2025" over the dated rows, plus how many carry only a stated period. */
	periodNote: string;
	/** Largest |stack| on either side, for the chart's height. */
	maxStack: number;
	/** Report inspections whose score differs from their national row (none today). */
	disagreements: { service: string; report: number; national: number }[];
	title: string;
	summary: string;
}

const SCRAPE = /data-to-insight scrape/i;

function sourceKindOf(row: DistributionNationalRow): string {
	if (SCRAPE.test(row.source)) return 'data-to-insight scrape of HMIP reports';
	const m = /\(([^;)]+)[;)]/.exec(row.source);
	return m ? `public page: ${m[1].trim()}` : 'national scores table';
}

function norm(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Year the national row refers to: its publication year, else the first year it states. */
function nationalYear(row: DistributionNationalRow): number | null {
	return firstYear(row.published) ?? firstYear(row.published_as_stated);
}

/**
 * The national row for a report inspection: same local authority, on the /36
 * framework, published in the fieldwork year or the year after (reports
 * appear a few months after fieldwork). The closest year wins.
 */
export function matchNational(report: ReportInspectionRow, national: readonly DistributionNationalRow[]): DistributionNationalRow | null {
	const fieldworkYear = firstYear(report.fieldwork) ?? firstYear(report.published);
	const candidates = national.filter((n) => {
		if (norm(n.service) !== norm(report.local_authority)) return false;
		const year = nationalYear(n);
		if (year === null || fieldworkYear === null) return false;
		return year >= fieldworkYear && year <= fieldworkYear + 1;
	});
	candidates.sort((a, b) => (nationalYear(a) ?? 0) - (nationalYear(b) ?? 0));
	return candidates[0] ?? null;
}

function nationalDateLabel(row: DistributionNationalRow): string {
	if (row.published) return `published ${formatIsoDate(row.published)}`;
	return row.published_as_stated ? row.published_as_stated : 'date not stated';
}

function reportDateLabel(report: ReportInspectionRow, match: DistributionNationalRow | null): string {
	if (report.published) return `published ${formatIsoDate(report.published)}`;
	if (match?.published) return `published ${formatIsoDate(match.published)}`;
	if (report.fieldwork) return `fieldwork ${formatIsoDate(report.fieldwork)}`;
	return 'date not stated';
}

/** 0, 1, -1, 2, -2 …: the i-th dot of a score sits alternately above and below the axis. */
export function stackOffset(i: number): number {
	return i === 0 ? 0 : i % 2 === 1 ? (i + 1) / 2 : -i / 2;
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function dateKey(d: ScoreDot): string {
	return d.published ?? d.dateLabel;
}

export interface ShapeOptions {
	/** Service ids to highlight and label (report services only). */
	highlight: readonly string[];
}

export function shapeDistribution(
	national: readonly DistributionNationalRow[],
	reports: readonly ReportInspectionRow[],
	{ highlight }: ShapeOptions
): DistributionModel {
	// Defensive: the SQL already keeps only /36 scores; a row that is not an integer in range is not plotted.
	const usable = national.filter((n) => Number.isInteger(n.score) && n.score >= 0 && n.score <= SCORE_MAX);
	const replaced = new Set<DistributionNationalRow>();
	const dots: ScoreDot[] = [];
	const disagreements: DistributionModel['disagreements'] = [];

	for (const r of reports) {
		if (!Number.isInteger(r.score)) continue;
		const match = matchNational(r, usable.filter((n) => !replaced.has(n)));
		if (match) {
			replaced.add(match);
			if (match.score !== r.score) disagreements.push({ service: r.local_authority, report: r.score, national: match.score });
		}
		dots.push({
			key: r.inspection_id,
			service: r.local_authority,
			serviceId: r.service_id,
			score: r.score,
			rating: parseRating(r.overall_rating),
			dateLabel: reportDateLabel(r, match),
			published: r.published || match?.published || null,
			origin: 'report',
			source: r.source,
			sourceKind: 'inspection report',
			nationalMatch: match,
			highlighted: highlight.includes(r.service_id),
			stack: 0,
			reportUrl: match?.report_url || null,
			flag: null
		});
	}
	for (const n of usable) {
		if (replaced.has(n)) continue;
		dots.push({
			key: `national:${n.service}:${n.published ?? n.published_as_stated ?? ''}`,
			service: n.service,
			serviceId: null,
			score: n.score,
			rating: parseRating(n.overall_rating),
			dateLabel: nationalDateLabel(n),
			published: n.published || null,
			origin: 'national',
			source: n.source,
			sourceKind: sourceKindOf(n),
			nationalMatch: null,
			highlighted: false,
			stack: 0,
			reportUrl: n.report_url || null,
			flag: n.flag || null
		});
	}

	// Stack each score's dots outwards from the axis: highlighted first (on the axis, easy to see),
	// then report dots, then by date and name, so the layout never depends on row order.
	const byScore = new Map<number, ScoreDot[]>();
	for (const d of dots) byScore.set(d.score, [...(byScore.get(d.score) ?? []), d]);
	const ordered: ScoreDot[] = [];
	let maxStack = 0;
	for (const score of [...byScore.keys()].sort((a, b) => a - b)) {
		const group = byScore.get(score)!;
		group.sort(
			(a, b) =>
				Number(b.highlighted) - Number(a.highlighted) ||
				Number(b.origin === 'report') - Number(a.origin === 'report') ||
				dateKey(a).localeCompare(dateKey(b)) ||
				a.service.localeCompare(b.service)
		);
		group.forEach((d, i) => {
			d.stack = stackOffset(i);
			maxStack = Math.max(maxStack, Math.abs(d.stack));
		});
		// Reading order within a score: top to bottom.
		ordered.push(...[...group].sort((a, b) => b.stack - a.stack));
	}

	const scores = ordered.map((d) => d.score);
	const bands = SCORE_BANDS.map((b) => ({ ...b, count: scores.filter((s) => s >= b.min && s <= b.max).length }));
	const { period, periodNote } = periodOf(ordered);
	const highlighted = ordered.filter((d) => d.highlighted).sort((a, b) => a.score - b.score || a.service.localeCompare(b.service));
	const model: DistributionModel = {
		dots: ordered,
		highlighted,
		total: ordered.length,
		bands,
		median: median(scores),
		period,
		periodNote,
		maxStack,
		disagreements,
		title: '',
		summary: ''
	};
	const finding = distributionFinding(model);
	return { ...model, ...finding };
}

function periodOf(dots: readonly ScoreDot[]): { period: string; periodNote: string } {
	const dated = dots.filter((d) => d.published).map((d) => d.published!).sort();
	const undated = dots.filter((d) => !d.published);
	const years = [...dated.map((iso) => Number(iso.slice(0, 4))), ...undated.map((d) => firstYear(d.dateLabel)).filter((y): y is number => y !== null)];
	if (years.length === 0) return { period: '', periodNote: '' };
	const from = Math.min(...years);
	const to = Math.max(...years);
	const period = from === to ? String(from) : `${from}–${to}`;
	const parts: string[] = [];
	if (dated.length) parts.push(`${dated.length} published ${formatIsoDate(dated[0])} to ${formatIsoDate(dated[dated.length - 1])}`);
	if (undated.length) parts.push(`${undated.length} without a publication date (${undated.map((d) => `${d.service}, ${d.dateLabel}`).join("; ")})`);
	return { period, periodNote: parts.join(', and ') };
}

const pct = (n: number, total: number) => Math.ceil((100 * n) / total);

/** One line on what stands out, and a fuller summary for screen readers and the note. */
export function distributionFinding(model: Omit<DistributionModel, 'title' | 'summary'>): { title: string; summary: string } {
	const { dots, highlighted, total, median: med, period } = model;
	if (total === 0) return { title: 'No inspection scores to show', summary: 'No inspection has a score out of 36.' };
	const scope = `${total} inspections scored out of 36${period ? ` in ${period}` : ''}`;
	const bandText = model.bands.map((b) => `${b.rating} ${b.count}`).join(', ');
	const summaryBase = `${scope}. Median ${med}/36. By band: ${bandText}.`;
	if (highlighted.length === 0) return { title: `Scores of ${scope}`, summary: summaryBase };

	// The highlighted service furthest into either tail is what stands out.
	const tails = highlighted.map((h) => {
		const atOrBelow = dots.filter((d) => d.score <= h.score).length;
		const atOrAbove = dots.filter((d) => d.score >= h.score).length;
		return atOrBelow <= atOrAbove ? { h, side: 'lowest' as const, n: atOrBelow } : { h, side: 'top' as const, n: atOrAbove };
	});
	tails.sort((a, b) => a.n - b.n || a.h.score - b.h.score);
	const lead = tails[0];
	const leadText =
		lead.n / total > 0.5
			? `${lead.h.service}'s ${lead.h.score}/36 is ${lead.h.score === med ? 'at' : 'near'} the middle of ${scope}`
			: `${lead.h.service}'s ${lead.h.score}/36 is in the ${lead.side} ${pct(lead.n, total)}% of ${scope}`;
	const others = highlighted.filter((h) => h !== lead.h);
	let rest = '';
	if (others.length) {
		const lo = Math.min(...others.map((o) => o.score));
		const hi = Math.max(...others.map((o) => o.score));
		const ratings = [...new Set(others.map((o) => o.rating ?? 'not rated'))];
		const range = lo === hi ? `${lo}/36` : `${lo}–${hi}/36`;
		const who = others.length === 1 ? others[0].service : `the other ${numberWord(others.length)}`;
		rest = `; ${who} score${others.length === 1 ? 's' : ''} ${range}${ratings.length === 1 ? ` (${ratings[0]})` : ''}`;
	}
	const each = highlighted
		.map((h) => `${h.service} ${h.score}/36 (${h.rating ?? 'not rated'}): ${dots.filter((d) => d.score < h.score).length} scored lower`)
		.join('; ');
	return { title: `${leadText}${rest}`, summary: `${summaryBase} ${each}.` };
}

function numberWord(n: number): string {
	return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n] ?? String(n);
}
