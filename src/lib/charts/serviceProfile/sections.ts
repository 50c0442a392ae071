/**
 * The non-chart sections of a service profile, shaped from their rows:
 * ratings (all 13 standards, unrated ones kept as such), demographics,
 * recommendations, strengths and areas for improvement, validation checks.
 * Pure functions; nothing here invents a figure the report does not print.
 */
import { DOMAINS, STANDARDS, parseRating, type Rating } from '../../framework';
import type {
	ProfileCheckRow,
	ProfileDemographicRow,
	ProfileFindingRow,
	ProfileRatingRow
} from '../../db/queries/services';
import { parseCitation } from '../../components/sourceLink';
import { populationNoun, reportTable, type Citation, type Footnote } from '../disproportionality/reportTables';

const lineOf = (source: string | null) => parseCitation(source)?.line ?? Number.MAX_SAFE_INTEGER;
const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export interface StandardRating {
	code: string;
	domain: string;
	/** Name as printed in this report, else the framework's. */
	name: string;
	rating: Rating | null;
	points: number | null;
	inScore: boolean;
	source: string | null;
}

/** Every standard of the framework, in order; one the report does not rate has `rating: null`. */
export function shapeRatings(rows: readonly ProfileRatingRow[]): StandardRating[] {
	return STANDARDS.map((s) => {
		const r = rows.find((row) => row.standard_code === s.code);
		return {
			code: s.code,
			domain: s.domain,
			name: r?.standard_name ?? s.name,
			rating: r ? parseRating(r.rating) : null,
			points: r?.points ?? null,
			inScore: s.inScore,
			source: r?.source ?? null
		};
	});
}

export interface DemographicCategory {
	category: string;
	label: string;
	caseload: number | null;
	comparator: number | null;
	caseloadSource: string | null;
	comparatorSource: string | null;
}

export interface DemographicTable {
	dimension: string;
	title: string;
	caseloadLabel: string | null;
	comparatorLabel: string | null;
	categories: DemographicCategory[];
}

const DIMENSIONS: { id: string; title: string; categories: [string, string][] }[] = [
	{ id: 'age', title: 'Age', categories: [['10-14', '10-14'], ['15-17', '15-17']] },
	{
		id: 'ethnicity',
		title: 'Ethnicity',
		categories: [
			['white', 'White'],
			['black_asian_minority_ethnic', 'Black, Asian and minority ethnic'],
			['unknown', 'Unknown']
		]
	},
	{ id: 'gender', title: 'Gender', categories: [['male', 'Male'], ['female', 'Female']] }
];

/** What a report's demographic table counts, from its heading as printed. */
export interface DemographicsSource {
	/** The table's heading and line; null when not transcribed for this inspection. */
	heading: Citation | null;
	/** Whom the service's own shares count: `caseload`, or (Hartlepool) `children cautioned or sentenced`. */
	population: string;
	/** Where the shares come from and for which period, as the report's footnotes say. */
	footnotes: Footnote[];
}

export function demographicsSource(inspectionId: string): DemographicsSource {
	const table = reportTable(inspectionId);
	return { ...table, population: populationNoun({ table }) };
}

/** Caseload shares beside the comparator the report prints; only dimensions the report prints. */
export function shapeDemographics(rows: readonly ProfileDemographicRow[]): DemographicTable[] {
	const tables: DemographicTable[] = [];
	for (const dim of DIMENSIONS) {
		const own = rows.filter((r) => r.dimension === dim.id);
		if (!own.length) continue;
		const known = new Map(dim.categories);
		const extra = [...new Set(own.map((r) => r.category))].filter((c) => !known.has(c));
		const categories = [...dim.categories.map(([c]) => c), ...extra]
			.map((category) => {
				const caseload = own.find((r) => r.category === category && r.population === 'caseload');
				const comparator = own.find((r) => r.category === category && r.population === 'comparator');
				return {
					category,
					label: known.get(category) ?? category.replace(/_/g, ' '),
					caseload: caseload?.pct ?? null,
					comparator: comparator?.pct ?? null,
					caseloadSource: caseload?.source ?? null,
					comparatorSource: comparator?.source ?? null
				};
			})
			.filter((c) => c.caseloadSource || c.comparatorSource);
		tables.push({
			dimension: dim.id,
			title: dim.title,
			caseloadLabel: own.find((r) => r.population === 'caseload')?.population_label ?? null,
			comparatorLabel: own.find((r) => r.population === 'comparator')?.population_label ?? null,
			categories
		});
	}
	return tables;
}

export function shapeRecommendations(rows: readonly ProfileFindingRow[]): ProfileFindingRow[] {
	return rows
		.filter((r) => r.kind === 'recommendation')
		.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || lineOf(a.source) - lineOf(b.source));
}

export interface FindingGroup {
	/** Standard (`2.2`) or domain (`2`) code; empty for findings not placed under either. */
	code: string;
	title: string;
	strengths: ProfileFindingRow[];
	improvements: ProfileFindingRow[];
	/** Paragraphs of inspectors' prose, in report order. */
	narrative: ProfileFindingRow[];
}

/** Strengths, areas for improvement and inspectors' prose under the standard or domain they sit in, in framework order. */
export function shapeFindings(rows: readonly ProfileFindingRow[], ratings: readonly StandardRating[] = []): FindingGroup[] {
	const kept = rows.filter((r) => r.kind === 'strength' || r.kind === 'improvement' || r.kind === 'narrative');
	const codes = [...new Set(kept.map((r) => r.standard_code ?? ''))].sort(byCode);
	return codes.map((code) => {
		const own = kept.filter((r) => (r.standard_code ?? '') === code).sort((a, b) => lineOf(a.source) - lineOf(b.source));
		return {
			code,
			title: findingTitle(code, ratings),
			strengths: own.filter((r) => r.kind === 'strength'),
			improvements: own.filter((r) => r.kind === 'improvement'),
			narrative: own.filter((r) => r.kind === 'narrative')
		};
	});
}

function findingTitle(code: string, ratings: readonly StandardRating[]): string {
	if (!code) return 'Other findings';
	const domain = DOMAINS.find((d) => d.code === code);
	if (domain) return `Domain ${domain.code}: ${domain.name}`;
	const standard = ratings.find((r) => r.code === code) ?? STANDARDS.find((s) => s.code === code);
	return standard ? `${code} ${standard.name}` : code;
}

export interface CheckSummary {
	rows: ProfileCheckRow[];
	pass: number;
	discretion: number;
	flag: number;
}

const CHECK_ORDER = ['score_recomputed', 'overall_rating_band', 'standard_vs_key_questions'];

export function shapeChecks(rows: readonly ProfileCheckRow[]): CheckSummary {
	const rank = (id: string) => (CHECK_ORDER.includes(id) ? CHECK_ORDER.indexOf(id) : CHECK_ORDER.length);
	const sorted = [...rows].sort(
		(a, b) =>
			Number(b.status !== 'pass') - Number(a.status !== 'pass') ||
			rank(a.check_id) - rank(b.check_id) ||
			a.check_id.localeCompare(b.check_id) ||
			byCode(a.subject, b.subject)
	);
	return {
		rows: sorted,
		pass: rows.filter((r) => r.status === 'pass').length,
		discretion: rows.filter((r) => r.status === 'discretion').length,
		flag: rows.filter((r) => r.status === 'flag').length
	};
}
