/**
 * The compare view's model: the chosen services side by side on every
 * measure, from the rows of `db/queries/compare.ts`. Pure: the build's rows
 * (every service) and the browser's rows (the chosen ones) give the same
 * model.
 *
 * A measure a service does not have is "Not reported" in its cell, never 0:
 * a local authority has no inspection, a national-table row has a score and a
 * rating but no standards, a Welsh service has no LAIT figures.
 */
import { ASPECT_LABELS, ORIGINAL_FRAMEWORK_NAMES, RATING_POINTS, SCORE_MAX, STANDARDS, parseRating, type Aspect, type Rating } from '../../framework';
import type {
	CompareFactRow,
	CompareKeyQuestionRow,
	CompareLaRow,
	CompareRatingRow,
	LaLatestRow,
	NationalEntityRow
} from '../../db/queries/compare';
import { formatIsoDate } from '../../charts/scoreDistribution/dates';
import { formatFactValue, measureLabel } from '../../charts/serviceProfile/facts';
import { sampleOf, sampleSuffix } from '../../charts/certainty';
import { frameworkWords, type CompareEntity } from './catalogue';
import { NOT_REPORTED, compareSummary, compareTitle, domainOf, scoresSummary, scoresTitle, standardsSummary, standardsTitle } from './wording';

export interface CompareCell {
	entityId: string;
	/** What the cell shows; starts with "Not reported" when the measure is missing. */
	text: string;
	/** Raw value for the CSV: a number or words; null when missing. */
	value: number | string | null;
	missing: boolean;
	rating: Rating | null;
	/** Citation(s) of the figure. */
	sources: string[];
	/** Qualifier shown under the value: derived, from prose, a flag. */
	note: string | null;
}

export interface CompareRow {
	key: string;
	label: string;
	cells: CompareCell[];
}

export interface CompareSection {
	id: string;
	title: string;
	rows: CompareRow[];
	/** Shown instead of rows when there are none. */
	empty: string | null;
	note: string | null;
}

export interface ScoreBar {
	entityId: string;
	/** The register service whose profile the row's label links to; null or absent for a national-table row, a local authority or a report added in this browser. */
	serviceId?: string | null;
	name: string;
	score: number | null;
	rating: Rating | null;
	/** Why there is no score, in words. */
	missingReason: string | null;
	source: string | null;
}

/** A standard's spread in rating points between the highest- and lowest-rated columns that rate it. */
export interface StandardSpread {
	code: string;
	name: string;
	hi: StandardsRow;
	lo: StandardsRow;
	gap: number;
}

export interface StandardsRow {
	entityId: string;
	/** As `ScoreBar.serviceId`. */
	serviceId?: string | null;
	name: string;
	hasRatings: boolean;
	cells: { code: string; name: string; rating: Rating | null; source: string | null }[];
}

export interface CompareModel {
	entities: CompareEntity[];
	sections: CompareSection[];
	/** Report figures printed for only some of the chosen services. */
	partialFacts: CompareRow[];
	scores: { bars: ScoreBar[]; title: string; summary: string };
	standards: { rows: StandardsRow[]; title: string; summary: string; differing: string[] };
	title: string;
	summary: string;
}

export interface CompareData {
	ratings: readonly CompareRatingRow[];
	keyQuestions: readonly CompareKeyQuestionRow[];
	facts: readonly CompareFactRow[];
	la: readonly CompareLaRow[];
	laLatest: readonly LaLatestRow[];
	national: readonly NationalEntityRow[];
}

const missing = (entityId: string, text = NOT_REPORTED): CompareCell => ({
	entityId,
	text,
	value: null,
	missing: true,
	rating: null,
	sources: [],
	note: null
});

const present = (entityId: string, text: string, value: number | string, sources: (string | null | undefined)[], note: string | null = null, rating: Rating | null = null): CompareCell => ({
	entityId,
	text,
	value,
	missing: false,
	rating,
	sources: sources.filter((s): s is string => !!s),
	note
});

function yearOf(text: string | null | undefined): number | null {
	const m = /(\d{4})/.exec(text ?? '');
	return m ? Number(m[1]) : null;
}

/** A section only some kinds of column have (`has`): with none of them chosen, no rows and `empty` says why. */
function sectionOf(id: string, title: string, has: boolean, rows: CompareRow[], words: { empty: string; note: string }): CompareSection {
	return { id, title, rows: has ? rows : [], empty: has ? null : words.empty, note: words.note };
}

/**
 * The national-table row of a report inspection: same name as the service's
 * local authority, published in the fieldwork year or the year after.
 */
export function nationalRowFor(entity: CompareEntity, national: readonly NationalEntityRow[]): NationalEntityRow | null {
	const r = entity.report;
	if (!r) return null;
	const fieldworkYear = yearOf(r.fieldwork);
	const candidates = national.filter((n) => {
		if (n.service.toLowerCase() !== r.local_authority.toLowerCase()) return false;
		const y = yearOf(n.published || n.published_as_stated);
		return fieldworkYear !== null && y !== null && y >= fieldworkYear && y <= fieldworkYear + 1;
	});
	return candidates.length === 1 ? candidates[0] : null;
}

/** Why a register service without a report has no score out of 36. */
function serviceScoreMissing(e: CompareEntity): string {
	const g = e.register!;
	if (!g.inspection_key) return `${NOT_REPORTED}: no inspection on record here`;
	if (g.framework === 'youth-2025') return `${NOT_REPORTED}: 2025 framework, not scored out of ${SCORE_MAX}`;
	return `${NOT_REPORTED}: no published score for this inspection`;
}

function nationalScoreMissing(n: NationalEntityRow): string {
	if (n.framework === 'youth-2025') return `${NOT_REPORTED}: 2025 framework, not scored out of ${SCORE_MAX}`;
	if ((n.flag ?? '').includes('score_parse_error')) return `${NOT_REPORTED}: the source's score is unusable`;
	return NOT_REPORTED;
}

// ---------------------------------------------------------------------------
// Sections

function overviewSection(entities: readonly CompareEntity[], data: CompareData): CompareSection {
	const what: CompareRow = {
		key: 'kind',
		label: 'What this column is',
		cells: entities.map((e) => present(e.id, e.detail, e.detail, []))
	};
	const date: CompareRow = {
		key: 'date',
		label: 'Inspection date',
		cells: entities.map((e) => {
			if (e.report) {
				const parts = [`fieldwork ${formatIsoDate(e.report.fieldwork) || 'not stated'}`];
				if (e.report.published) parts.push(`published ${formatIsoDate(e.report.published)}`);
				return present(e.id, parts.join('; '), e.report.fieldwork ?? '', [e.report.score_source]);
			}
			if (e.national) {
				const n = e.national;
				const text = n.published ? `published ${formatIsoDate(n.published)}` : n.published_as_stated || NOT_REPORTED;
				return n.published || n.published_as_stated ? present(e.id, text, n.published || n.published_as_stated || '', [n.source]) : missing(e.id);
			}
			if (e.register) {
				const g = e.register;
				if (!g.inspection_key) return missing(e.id, `${NOT_REPORTED}: no inspection on record here`);
				return g.published_label ? present(e.id, `published ${g.published_label}`, g.published_label, [g.rating_source ?? g.score_source]) : missing(e.id);
			}
			return missing(e.id, `${NOT_REPORTED}: a local authority, not an inspection`);
		})
	};
	const score: CompareRow = {
		key: 'score',
		label: `Score out of ${SCORE_MAX}`,
		cells: entities.map((e) => {
			if (e.report && e.report.score !== null) {
				return present(e.id, `${e.report.score}/${SCORE_MAX}`, e.report.score, [e.report.score_source]);
			}
			if (e.national) {
				const n = e.national;
				return n.score !== null && n.comparable ? present(e.id, `${n.score}/${SCORE_MAX}`, n.score, [n.source], basisNote(n)) : missing(e.id, nationalScoreMissing(n));
			}
			if (e.register) {
				const g = e.register;
				return g.score !== null && g.comparable ? present(e.id, `${g.score}/${SCORE_MAX}`, g.score, [g.score_source]) : missing(e.id, serviceScoreMissing(e));
			}
			return missing(e.id, e.la ? `${NOT_REPORTED}: a local authority, not an inspection` : NOT_REPORTED);
		})
	};
	const rating: CompareRow = {
		key: 'overall_rating',
		label: 'Overall rating',
		cells: entities.map((e) => {
			const text = e.report?.overall_rating ?? e.national?.overall_rating ?? e.register?.overall_rating ?? null;
			const r = text ? parseRating(text) : null;
			if (!r) {
				if (e.register && !e.register.inspection_key) return missing(e.id, `${NOT_REPORTED}: no inspection on record here`);
				return missing(e.id, e.la ? `${NOT_REPORTED}: a local authority, not an inspection` : NOT_REPORTED);
			}
			const source = e.report ? e.report.overall_rating_source : e.national ? e.national.source : e.register!.rating_source;
			return present(e.id, r, r, [source], e.national?.rating_basis === 'as_scraped' ? 'rating as scraped (no usable score)' : null, r);
		})
	};
	const framework: CompareRow = {
		key: 'framework',
		label: 'Inspection framework',
		cells: entities.map((e) => {
			if (e.report) {
				const text = frameworkWords('youth-2018', e.report.framework);
				return present(e.id, text, text, [e.report.score_source]);
			}
			if (e.national) {
				const text = frameworkWords(e.national.framework, null);
				return present(e.id, text, text, [e.national.source]);
			}
			if (e.register?.inspection_key) {
				const text = frameworkWords(e.register.framework, e.register.variant);
				return present(e.id, text, text, [e.register.rating_source ?? e.register.score_source]);
			}
			return missing(e.id, e.la ? `${NOT_REPORTED}: a local authority, not an inspection` : `${NOT_REPORTED}: no inspection on record here`);
		})
	};
	const inNational: CompareRow = {
		key: 'national_row',
		label: 'Same inspection in the national scores table',
		cells: entities.map((e) => {
			if (!e.report) return missing(e.id, `${NOT_REPORTED}: applies to inspection reports only`);
			const n = nationalRowFor(e, data.national);
			if (!n) return missing(e.id, `${NOT_REPORTED}: no matching row`);
			const score = n.score !== null ? `${n.score}/${SCORE_MAX}` : 'no score';
			const date = n.published ? formatIsoDate(n.published) : (n.published_as_stated ?? 'date not stated');
			const agrees = n.score !== null && e.report.score !== null ? (n.score === e.report.score ? 'agrees with the report' : 'differs from the report') : null;
			return present(e.id, `${score}, ${n.overall_rating ?? 'no rating'}, ${date}`, n.score ?? `${n.overall_rating ?? ''}`, [n.source], agrees);
		})
	};
	return {
		id: 'overview',
		title: 'Score and overall rating',
		rows: [what, date, framework, score, rating, inNational],
		empty: null,
		note: `Scores are out of ${SCORE_MAX} (12 standards, 0–3 points each); inspections on the 2025 framework have no score, only ratings. A service without a report here shows its latest inspection on record. National-table scores come from a scrape of the HMIP reports or a public page; the report's own figure is used for services with a report.`
	};
}

function basisNote(n: NationalEntityRow): string | null {
	const notes: string[] = [];
	if (n.score_basis === 'derived_from_grade_counts') notes.push('score derived from published grade counts');
	if (n.score_basis === 'stated') notes.push('score as stated by the source');
	if ((n.flag ?? '').includes('scraped_rating_corrected')) notes.push('scraped rating corrected from the score');
	return notes.length ? notes.join('; ') : null;
}

function standardsSection(entities: readonly CompareEntity[], data: CompareData): CompareSection {
	const rows: CompareRow[] = STANDARDS.map((s) => ({
		key: `standard:${s.code}`,
		label: `${s.code} ${s.name} (${domainOf(s.code)})`,
		cells: entities.map((e) => {
			if (!e.report) return missing(e.id, e.kind === 'service' ? `${NOT_REPORTED}: no inspection report here` : NOT_REPORTED);
			const r = data.ratings.find((x) => x.inspection_id === e.report!.inspection_id && x.standard_code === s.code);
			const rating = r ? parseRating(r.rating) : null;
			if (!r || !rating) return missing(e.id, `${NOT_REPORTED} in this inspection`);
			const renamed = r.standard_name && r.standard_name !== s.name ? `rated as "${r.standard_name}"` : null;
			const original = !renamed && e.report.framework === 'original' && ORIGINAL_FRAMEWORK_NAMES[s.code] ? `older framework: ${ORIGINAL_FRAMEWORK_NAMES[s.code]}` : null;
			const unscored = !r.in_score ? 'not scored' : null;
			const note = [renamed ?? original, unscored].filter(Boolean).join('; ') || null;
			return present(e.id, rating, rating, [r.source], note, rating);
		})
	}));
	return sectionOf('standards', 'Standards', entities.some((e) => e.report), rows, {
		empty: 'None of the chosen columns is an inspection report, so no standard ratings are available.',
		note: 'Only inspection reports rate each standard; national-table rows and local authorities have no standard ratings.'
	});
}

const ASPECT_ORDER: Record<string, number> = { desistance: 0, safety_of_child: 1, safety_of_others: 2, other: 3 };

function keyQuestionSection(entities: readonly CompareEntity[], data: CompareData): CompareSection {
	const inspections = new Set(entities.map((e) => e.report?.inspection_id).filter(Boolean));
	const mine = data.keyQuestions.filter((k) => inspections.has(k.inspection_id));
	// One row per standard and aspect; an 'other' aspect (older framework 3.4) is keyed by its question too.
	const keyOf = (k: CompareKeyQuestionRow) => (k.aspect === 'other' ? `${k.standard_code}|other|${k.question}` : `${k.standard_code}|${k.aspect}`);
	const keys = new Map<string, CompareKeyQuestionRow>();
	for (const k of mine) if (!keys.has(keyOf(k))) keys.set(keyOf(k), k);
	const ordered = [...keys.entries()].sort(([, a], [, b]) => a.standard_code.localeCompare(b.standard_code) || (ASPECT_ORDER[a.aspect] ?? 9) - (ASPECT_ORDER[b.aspect] ?? 9));
	const rows: CompareRow[] = ordered.map(([key, first]) => {
		const standard = STANDARDS.find((s) => s.code === first.standard_code);
		const aspect = first.aspect in ASPECT_LABELS ? ASPECT_LABELS[first.aspect as Aspect] : first.question;
		return {
			key: `kq:${key}`,
			label: `${first.standard_code} ${standard?.shortName ?? ''}: ${aspect}`,
			cells: entities.map((e) => {
				if (!e.report) return missing(e.id);
				const k = mine.find((x) => x.inspection_id === e.report!.inspection_id && keyOf(x) === key);
				if (!k || k.pct_yes === null) return missing(e.id, `${NOT_REPORTED} in this inspection`);
				const pct = Math.round(k.pct_yes * 10) / 10;
				// How sure the % is: `4 of 6 cases, derived from counts, a small sample; could plausibly be 30% to 90%`.
				const note = sampleSuffix({ pct, nYes: k.n_yes, derived: k.derived === true, ...sampleOf(k) }).trim().slice(1, -1);
				return present(e.id, `${pct}%`, pct, [k.source], note);
			})
		};
	});
	const anyReport = entities.some((e) => e.report);
	return {
		id: 'key-questions',
		title: "Key questions (% of inspected cases answered 'Yes')",
		rows,
		empty: anyReport ? (rows.length ? null : 'No key-question figures for the chosen inspections.') : 'None of the chosen columns is an inspection report, so no key questions are available.',
		note: "Each case-based standard's rating is driven by its lowest key question (bands: 80% and over Outstanding, 65% Good, 50% Requires improvement). Older reports print counts; their percentages are derived."
	};
}

function factCell(e: CompareEntity, f: CompareFactRow | undefined): CompareCell {
	if (!e.report) return missing(e.id);
	if (!f || f.value === null) return missing(e.id, `${NOT_REPORTED} in this inspection`);
	const notes = [f.from_prose ? 'stated in the report text' : null, f.approximate ? 'approximate' : null, f.period ? `period: ${f.period}` : null, f.note];
	return present(e.id, formatFactValue(f.value, f.unit), f.value, [f.source], notes.filter(Boolean).join('; ') || null);
}

function factSections(entities: readonly CompareEntity[], data: CompareData): { shared: CompareSection; partial: CompareRow[] } {
	const inspections = new Map(entities.filter((e) => e.report).map((e) => [e.report!.inspection_id, e]));
	const mine = data.facts.filter((f) => inspections.has(f.inspection_id) && f.value !== null);
	const measures = [...new Set(mine.map((f) => f.measure))].sort((a, b) => measureLabel(a).localeCompare(measureLabel(b)));
	const rowFor = (m: string): CompareRow => ({
		key: `fact:${m}`,
		label: measureLabel(m),
		cells: entities.map((e) => factCell(e, mine.find((f) => f.measure === m && f.inspection_id === e.report?.inspection_id)))
	});
	const all = measures.map(rowFor);
	const shared = all.filter((r) => r.cells.every((c) => !c.missing));
	const partial = all.filter((r) => r.cells.some((c) => c.missing));
	const nonReport = entities.filter((e) => !e.report).map((e) => e.columnLabel);
	let empty: string | null = null;
	if (!shared.length) {
		empty = nonReport.length
			? `No report figure is shared by all the chosen columns: ${nonReport.join(', ')} ${nonReport.length === 1 ? 'has' : 'have'} no inspection report in this dashboard.`
			: 'No report figure is printed by every chosen report.';
	}
	return {
		shared: {
			id: 'facts',
			title: 'Report figures every chosen service prints',
			rows: shared,
			empty,
			note: "Figures as each report prints them, for its own period; reports differ in what they print. A figure read from the report's text rather than a table is marked."
		},
		partial
	};
}

const LA_LABELS: Record<string, string> = {
	first_time_entrant_rate: 'First-time entrants per 100,000 aged 10–17',
	reoffending_rate_10_14: 'Proven reoffending, aged 10–14 (%)',
	reoffending_rate_15_17: 'Proven reoffending, aged 15–17 (%)',
	youth_justice_spend: 'Youth justice spend, gross (£)',
	cautioned_or_sentenced_rate: 'Children cautioned or sentenced per 10,000 aged 10–17',
	lac_convicted_pct: 'Looked-after children convicted or cautioned (%)'
};
const LA_ORDER = Object.keys(LA_LABELS);

const INTEGER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatLaValue(value: number, unit: string): string {
	switch (unit) {
		case 'rate_per_100k_10_17':
			return INTEGER.format(value);
		case 'rate_per_10k_10_17':
			return ONE_DP.format(value);
		case 'percent':
			return `${ONE_DP.format(value)}%`;
		case 'gbp':
			return `£${INTEGER.format(value)}`;
		default:
			return ONE_DP.format(value);
	}
}

function laWhy(row: CompareLaRow | undefined, period: string): string {
	if (!row) return `no figure for ${period}`;
	if ((row.flag ?? '').includes('zero_spend_quirk')) return 'the source shows £0, not a real outturn';
	if ((row.flag ?? '').includes('abolished_la_zero')) return 'authority abolished';
	if (row.suppressed) return 'suppressed in the source';
	return 'no value in the source';
}

/** A LAIT known-error flag in words (see data/national/README.md). */
function flagWords(flag: string): string {
	if (flag.includes('reorganisation_year_suspect')) return 'reorganisation year: may be a part-year figure';
	if (flag.includes('joint_service_figure')) return "the joint service's rate, given for each of its authorities: not a separate local figure";
	return `flagged in the source data: ${flag}`;
}

function laSection(entities: readonly CompareEntity[], data: CompareData): CompareSection {
	const latest = new Map(data.laLatest.map((l) => [l.measure, l]));
	const measures = LA_ORDER.filter((m) => latest.has(m));
	const rows: CompareRow[] = measures.map((m) => {
		const { period, unit, source } = latest.get(m)!;
		return {
			key: `la:${m}`,
			label: `${LA_LABELS[m]}, ${period}`,
			cells: entities.map((e) => {
				if (!e.laNumbers.length) {
					return missing(e.id, e.country === 'Wales' ? `${NOT_REPORTED}: Welsh service, no LAIT figures` : NOT_REPORTED);
				}
				const parts = e.laNumbers.map((n, i) => {
					const row = data.la.find((r) => r.dfe_la_number === n && r.measure === m);
					return { name: e.laNames[i], row, value: row?.value ?? null };
				});
				const many = parts.length > 1;
				const withValue = parts.filter((p) => p.value !== null);
				if (!withValue.length) {
					const why = parts.map((p) => (many ? `${p.name}: ${laWhy(p.row, period)}` : laWhy(p.row, period))).join('; ');
					return missing(e.id, `${NOT_REPORTED}: ${why}`);
				}
				// A joint service's authorities are listed one by one: rates cannot be added or averaged.
				const text = parts
					.map((p) => {
						const v = p.value !== null ? formatLaValue(p.value, unit) : `${NOT_REPORTED.toLowerCase()} (${laWhy(p.row, period)})`;
						return many ? `${p.name}: ${v}` : v;
					})
					.join('; ');
				const flags = parts.map((p) => p.row?.flag).filter((f): f is string => !!f && !/zero_spend_quirk|abolished_la_zero/.test(f));
				const value = many ? text : withValue[0].value!;
				const notes = [...new Set(flags.map(flagWords))];
				return present(e.id, text, value, [source], notes.length ? notes.join('; ') : null);
			})
		};
	});
	return sectionOf('la-indicators', 'Local-authority indicators, latest year', entities.some((e) => e.laNumbers.length > 0), rows, {
		empty: 'None of the chosen columns covers an English local authority with LAIT figures.',
		note: 'DfE LAIT figures for the local authority each column covers, in the latest year with data (England only). A service covering several authorities shows each one; rates are never added up or averaged.'
	});
}

// ---------------------------------------------------------------------------
// Charts

/**
 * The service whose profile a chart's row links to: only register services
 * have a profile page (`/services/<slug>`), so not a national-table row, a
 * local authority, or a report added in this browser (not in the register).
 */
const profileServiceId = (e: CompareEntity): string | null => e.register?.service_id ?? null;

function scoreModel(entities: readonly CompareEntity[], overview: CompareSection): CompareModel['scores'] {
	const scoreRow = overview.rows.find((r) => r.key === 'score')!;
	const ratingRow = overview.rows.find((r) => r.key === 'overall_rating')!;
	const bars: ScoreBar[] = entities.map((e, i) => {
		const c = scoreRow.cells[i];
		return {
			entityId: e.id,
			serviceId: profileServiceId(e),
			name: e.columnLabel,
			score: c.missing ? null : (c.value as number),
			rating: ratingRow.cells[i].rating,
			missingReason: c.missing ? c.text : null,
			source: c.sources[0] ?? null
		};
	});
	return { bars, title: scoresTitle(entities.length, bars), summary: scoresSummary(bars) };
}

function standardsModel(entities: readonly CompareEntity[], section: CompareSection): CompareModel['standards'] {
	const rows: StandardsRow[] = entities.map((e, i) => {
		const cells = STANDARDS.map((s) => {
			const row = section.rows.find((r) => r.key === `standard:${s.code}`);
			const c = row?.cells[i];
			return { code: s.code, name: s.name, rating: c?.rating ?? null, source: c?.sources[0] ?? null };
		});
		return { entityId: e.id, serviceId: profileServiceId(e), name: e.columnLabel, hasRatings: cells.some((c) => c.rating !== null), cells };
	});
	const rated = rows.filter((r) => r.hasRatings);
	// Each standard's spread in points between the rated services, where at least two rate it.
	const spreads: StandardSpread[] = [];
	for (const s of STANDARDS) {
		const have = rated.filter((r) => r.cells.find((c) => c.code === s.code)?.rating);
		if (have.length < 2) continue;
		const pts = (r: StandardsRow) => RATING_POINTS[r.cells.find((c) => c.code === s.code)!.rating!];
		const hi = have.reduce((a, b) => (pts(b) > pts(a) ? b : a));
		const lo = have.reduce((a, b) => (pts(b) < pts(a) ? b : a));
		spreads.push({ code: s.code, name: s.name, hi, lo, gap: pts(hi) - pts(lo) });
	}
	const differing = spreads.filter((w) => w.gap > 0).map((w) => w.code);
	// Every standard with the widest spread: naming one of several tied would read as the only one.
	const widestGap = Math.max(0, ...spreads.map((w) => w.gap));
	const widest = spreads.filter((w) => widestGap > 0 && w.gap === widestGap);
	return { rows, title: standardsTitle(rated, differing, widest), summary: standardsSummary(rows), differing };
}

export function shapeCompare(entities: readonly CompareEntity[], data: CompareData): CompareModel {
	const overview = overviewSection(entities, data);
	const standards = standardsSection(entities, data);
	const keyQuestions = keyQuestionSection(entities, data);
	const { shared, partial } = factSections(entities, data);
	const la = laSection(entities, data);
	const sections = [overview, standards, keyQuestions, shared, la];
	const filled = sections.reduce((n, s) => n + s.rows.length, 0);
	return {
		entities: [...entities],
		sections,
		partialFacts: partial,
		scores: scoreModel(entities, overview),
		standards: standardsModel(entities, standards),
		title: compareTitle(entities, filled),
		summary: compareSummary(entities)
	};
}
