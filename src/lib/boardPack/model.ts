/**
 * The board pack's view model: a service's comparison on two A4 pages, in
 * the order a board reads it (issue 19): headline, ratings beside the
 * picture elsewhere, weakest key questions, context, recommendations as a
 * checklist, sources and dates.
 *
 * Pure and framework-free: plain rows in (`inputs.ts`), words and numbers
 * out. A figure that is not held is said to be missing, never shown as zero.
 */
import { ASPECT_LABELS, STANDARDS, SCORE_MAX, parseRating, ratingForKeyQuestionPct, type Aspect, type Rating } from '../framework';
import { shapeDistribution } from '../charts/scoreDistribution/shape';
import { formatIsoDate } from '../charts/scoreDistribution/dates';
import { shapeRatings, shapeRecommendations } from '../charts/serviceProfile/sections';
import { inspectionDateLabel } from '../charts/serviceProfile/list';
import { formatValue, missingReason, POLARITY_WORDS } from '../measures/laMeasures';
import { MEASURES, type MeasureUnit } from '../measures/catalogue';
import { MIN_PEERS } from '../stats/robust';
import { parseCitation } from '../components/sourceLink';
import { listWords } from '../charts/words';
import type { BoardPackInput, HistoryInspection, IndicatorRow } from './inputs';
import { peerGroup, peerIndicator, peerScores, type PeerGroup } from './peers';
import { printedPage, printedPlace } from './reportOutline';

export interface Headline {
	serviceName: string;
	area: string;
	/** "Inspection published Jan 2023 (fieldwork 27 Jun 2022)". */
	inspection: string | null;
	framework: string | null;
	rating: Rating | null;
	score: number | null;
	scoreMax: number;
	/** Where the score sits among every inspection scored out of 36. */
	nationalPlace: string | null;
	/** Where it sits among the peer group's inspections. */
	peerPlace: string | null;
	/** Change since the previous inspection, or why none is shown. */
	change: string;
	/** Plain statement when no report is held. */
	/** Why no score is shown beside a rating held from the history (2025 framework, or not on record). */
	scoreNote: string | null;
	noReport: string | null;
}

export interface StandardLine {
	code: string;
	name: string;
	domain: string;
	rating: Rating | null;
	inScore: boolean;
	/** "2 of the other 4" rated the same or better; null when nothing to compare. */
	sameOrBetter: { count: number; of: number } | null;
	place: string | null;
}

export interface WeakQuestion {
	standard: string;
	standardName: string;
	aspect: string;
	question: string;
	pct: number;
	band: Rating | null;
	/** "4 of 6 cases", when the report prints counts. */
	cases: string | null;
	/** "30% to 90%", when an interval is held. */
	interval: string | null;
	place: string | null;
	source: string;
}

export interface ContextLine {
	measure: string;
	direction: string;
	/** The latest local figure with its period, or why there is none. */
	local: string;
	region: string;
	england: string;
	/** The peers' median and how many it is over, or why there is none. */
	peers: string;
	/** `better`, `similar`, `worse`, `no judgement`, or null without a comparison. */
	word: string | null;
	/** Extra words (spend is a total, not per child). */
	note: string | null;
}

export interface ReportFigureLine {
	measure: string;
	service: string;
	comparator: string;
	period: string;
	/** Direction only: the report gives no test of difference. */
	reading: string;
	place: string | null;
	source: string;
}

export interface RecommendationGroup {
	addressedTo: string;
	items: { number: number | null; text: string }[];
}

export interface SourceLine {
	label: string;
	detail: string;
	url: string | null;
}

export interface BoardPackModel {
	serviceId: string;
	serviceName: string;
	headline: Headline;
	ratings: { lines: StandardLine[]; scope: string; place: string | null; source: string | null };
	weakest: { questions: WeakQuestion[]; note: string; intervalsHeld: boolean };
	context: {
		lines: ContextLine[];
		reportFigures: ReportFigureLine[];
		peerNote: string | null;
		method: string | null;
		peerKind: PeerGroup['kind'] | null;
		peerNames: string[];
	};
	recommendations: { groups: RecommendationGroup[]; total: number; place: string | null; source: string | null };
	sources: SourceLine[];
	/** What the pack does not hold, in plain words. */
	missing: string[];
	dataBuilt: string | null;
	pageUrl: string;
	/** Distribution for the chart: counts per score, the service's own score marked. */
	distribution: { score: number; count: number; own: boolean }[];
	distributionTotal: number;
}

const FRAMEWORK_LABEL: Record<string, string> = {
	original: 'HMIP youth framework 2018–2024 (first version: 12 standards incl. 3.4 Joint working)',
	revised: 'HMIP youth framework 2018–2024 (12 standards scored out of 36; 4.1 Resettlement rated separately)'
};

const lineOf = (source: string | null | undefined) => parseCitation(source)?.line ?? null;
const RANK: Record<Rating, number> = { Outstanding: 3, Good: 2, 'Requires improvement': 1, Inadequate: 0 };

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

function nationalPlace(input: BoardPackInput): { text: string | null; dist: BoardPackModel['distribution']; total: number } {
	const model = shapeDistribution(input.national, input.reports, { highlight: [input.service.service_id] });
	const own = model.dots.find((d) => d.highlighted) ?? null;
	const counts = new Map<number, number>();
	for (const d of model.dots) counts.set(d.score, (counts.get(d.score) ?? 0) + 1);
	const dist = Array.from({ length: SCORE_MAX + 1 }, (_, score) => ({ score, count: counts.get(score) ?? 0, own: own?.score === score }));
	if (!own) return { text: null, dist, total: model.total };
	const lower = model.dots.filter((d) => d.score < own.score).length;
	const same = model.dots.filter((d) => d !== own && d.score === own.score).length;
	const higher = model.dots.filter((d) => d.score > own.score).length;
	return {
		text: `Among all ${model.total} inspections scored out of 36 (${model.period}): ${lower} scored lower, ${same} the same, ${higher} higher; median ${model.median}/36.`,
		dist,
		total: model.total
	};
}

function peerPlace(input: BoardPackInput, group: PeerGroup | null): string | null {
	if (!group) return null;
	const m = peerScores(input.service.service_id, input.service.service_name, group, input.national);
	const own = m.service;
	const peers = m.points.filter((p) => !p.isService);
	const scored = peers.filter((p) => p.value !== null);
	if (!own || own.value === null) return `No score out of 36 is held for ${input.service.local_authority} to place among ${group.noun}.`;
	if (!scored.length) return `None of ${group.noun} has an inspection scored out of 36.`;
	const lower = scored.filter((p) => p.value! < own.value!).length;
	const same = scored.filter((p) => p.value === own.value).length;
	const higher = scored.filter((p) => p.value! > own.value!).length;
	const unscored = peers.length - scored.length;
	return `Among ${group.noun} (latest inspection of each; ${scored.length} of ${peers.length} scored out of 36${unscored ? `, ${unscored} not` : ''}): ${lower} scored lower, ${same} the same, ${higher} higher; median ${m.median}/36.`;
}

/** The latest inspection on record, for a service whose report is not held. */
function latestOnRecord(input: BoardPackInput): HistoryInspection | null {
	if (input.inspection || !input.history?.length) return null;
	return [...input.history].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '')).at(-1) ?? null;
}

const HISTORY_FRAMEWORK_LABEL: Readonly<Record<string, string>> = {
	'2018-original': '2018–2024 standards (original, with 3.4 Joint working)',
	'2018-revised': '2018–2024 standards (revised, with 4.1 Resettlement)',
	'2018': '2018–2024 standards, scored out of 36',
	'2025': '2025 framework (work with children and victims; no score)'
};

function changeSince(input: BoardPackInput): string {
	const history = input.history;
	if (!history) return 'Change since the previous inspection: not shown. This dashboard does not yet hold earlier inspections of this service.';
	const current = input.inspection;
	const latest = latestOnRecord(input);
	if (!current && !latest) return 'No inspection of this service is on record here.';
	const currentDate = current ? (current.published ?? current.fieldwork ?? null) : (latest?.published ?? null);
	const currentScore = current ? current.score : (latest?.score ?? null);
	const earlier = [...history]
		.filter((h) => h !== latest && (!current || h.reportInspectionId !== current.inspection_id))
		.filter((h) => h.published && currentDate && h.published.slice(0, 7) < currentDate.slice(0, 7))
		.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
	const previous: HistoryInspection | undefined = earlier[0];
	if (!previous) return 'No earlier inspection of this service is on record here.';
	const was = `${previous.overall_rating ?? 'rating not held'}${previous.score !== null ? `, ${previous.score}/36` : ''}`;
	if (currentScore !== null && previous.score !== null && previous.framework.startsWith('2018')) {
		const d = currentScore - previous.score;
		const moved = d === 0 ? 'no change in score' : `${d > 0 ? 'up' : 'down'} ${plural(Math.abs(d), 'point')}`;
		return `Previous inspection (${previous.label}): ${was}. Since then: ${moved}.`;
	}
	const sameFramework = previous.framework.slice(0, 4) === (current ? '2018' : (latest?.framework ?? '').slice(0, 4));
	return `Previous inspection (${previous.label}): ${was}${sameFramework ? '; no score on record for one of the two, so no change in points is shown' : ', under a different framework, so the scores are not compared'}.`;
}

function standardLines(input: BoardPackInput): StandardLine[] {
	const own = shapeRatings(input.ratings);
	const mineId = input.inspection?.inspection_id;
	const framework = input.inspection?.framework ?? null;
	return own.map((s) => {
		// 3.4 differs between the framework's versions (Joint working / OOCD policy): compare like with like.
		const others = input.comparisonRatings.filter(
			(r) => r.inspection_id !== mineId && r.standard_code === s.code && (s.code !== '3.4' || r.framework === framework) && parseRating(r.rating)
		);
		const sameOrBetter =
			s.rating && others.length ? { count: others.filter((r) => RANK[parseRating(r.rating)!] >= RANK[s.rating!]).length, of: others.length } : null;
		return {
			code: s.code,
			name: s.name,
			domain: s.domain,
			rating: s.rating,
			inScore: s.inScore,
			sameOrBetter,
			place: printedPlace(input.outline, lineOf(s.source))
		};
	});
}

function formatPct(v: number): string {
	return `${Math.round(v * 10) / 10}%`;
}

function weakest(input: BoardPackInput): BoardPackModel['weakest'] {
	const rows = input.keyQuestions.filter((q) => q.pct_yes !== null && Number.isFinite(q.pct_yes));
	const sorted = [...rows].sort(
		(a, b) => a.pct_yes! - b.pct_yes! || a.standard_code.localeCompare(b.standard_code, 'en', { numeric: true }) || a.aspect.localeCompare(b.aspect)
	);
	const questions = sorted.slice(0, 5).map((q) => {
		const hasInterval = typeof q.ci_low === 'number' && typeof q.ci_high === 'number';
		return {
			standard: q.standard_code,
			standardName: STANDARDS.find((s) => s.code === q.standard_code)?.name ?? q.standard_code,
			aspect: ASPECT_LABELS[q.aspect as Aspect] ?? q.aspect,
			question: q.question,
			pct: q.pct_yes!,
			band: ratingForKeyQuestionPct(q.pct_yes!),
			cases: q.n_yes !== null && q.n_cases !== null ? `${q.n_yes} of ${q.n_cases} cases` : null,
			interval: hasInterval ? `${formatPct(q.ci_low!)} to ${formatPct(q.ci_high!)}${q.n_cases_basis === 'domain_cases_inspected' ? ' (approximate)' : ''}` : null,
			place: printedPage(input.outline, lineOf(q.source)),
			source: q.source
		};
	});
	const intervalsHeld = questions.some((q) => q.interval !== null);
	// A tie at the cut-off is named, so the choice of five never hides an equal figure.
	const cut = sorted[4]?.pct_yes;
	const tied = sorted.slice(5).filter((q) => q.pct_yes === cut);
	const tie = tied.length
		? ` Also at ${cut}%: ${listWords(tied.map((q) => `${q.standard_code} (${ASPECT_LABELS[q.aspect as Aspect] ?? q.aspect})`))}.`
		: '';
	let note: string;
	if (!rows.length) note = 'This inspection reports no key-question percentages.';
	else if (intervalsHeld) note = `The ${questions.length} lowest of ${rows.length} key questions, with a 95% interval: the range the % could plausibly lie in, given how few cases were read.`;
	else
		note = `The ${questions.length} lowest of ${rows.length} key questions. How sure each % is (an interval) is not held here yet; each rests on the few cases inspectors read, so a difference of a few points may be chance.`;
	return { questions, note: note + tie, intervalsHeld };
}

/** The latest year with a figure for the service's authority, else the latest year in the rows. */
function latestYear(rows: readonly IndicatorRow[], laNumber: number | null, measure: string): number | null {
	const own = rows.filter((r) => r.measure === measure && r.geography_level === 'local_authority' && r.dfe_la_number === laNumber && r.value !== null);
	const pool = own.length ? own : rows.filter((r) => r.measure === measure);
	return pool.length ? Math.max(...pool.map((r) => r.year)) : null;
}

function areaValue(row: IndicatorRow | undefined, unit: MeasureUnit, name: string, year: number): string {
	if (!row) return `${name}: no ${year} row in the source`;
	if (row.value === null) return `${name}: ${missingReason(row)}`;
	return `${name}: ${formatValue(row.value, unit)}`;
}

const CONTEXT_MEASURES = [
	{ id: 'first_time_entrant_rate', param: 'first-time-entrants' },
	{ id: 'reoffending_rate_15_17', param: 'reoffending-15-17' },
	{ id: 'youth_justice_spend', param: 'spend' }
] as const;


function contextLines(input: BoardPackInput, group: PeerGroup | null): ContextLine[] {
	const { service, indicators } = input;
	if (service.country !== 'England' || service.dfe_la_number === null) return [];
	return CONTEXT_MEASURES.map(({ id, param }) => {
		const measure = MEASURES.find((m) => m.id === id)!;
		const year = latestYear(indicators, service.dfe_la_number, id);
		const base = { measure: measure.label, direction: POLARITY_WORDS[measure.polarity], note: null as string | null };
		if (year === null)
			return { ...base, local: 'not in the LAIT extract', region: '', england: '', peers: '', word: null };
		const at = (level: string, pick: (r: IndicatorRow) => boolean) =>
			indicators.find((r) => r.measure === id && r.year === year && r.geography_level === level && pick(r));
		const own = at('local_authority', (r) => r.dfe_la_number === service.dfe_la_number);
		const period = own?.period ?? String(year);
		const local = own && own.value !== null ? `${formatValue(own.value, measure.unit)} (${period})` : `${period}: ${own ? missingReason(own) : 'no row in the source'}`;
		const region = service.region ? areaValue(at('region', (r) => r.la_name === service.region), measure.unit, service.region, year) : 'region not known';
		const england = areaValue(at('england', () => true), measure.unit, 'England', year);
		if (!group) return { ...base, local, region, england, peers: 'no peer group held', word: null };
		const m = peerIndicator(service.service_id, group, indicators, param, id, year);
		const withFigure = m.points.filter((p) => !p.isService && p.value !== null).length;
		const peers =
			m.median !== null
				? `median ${formatValue(m.median, measure.unit)} of ${plural(m.medianCount, 'authority', 'authorities')}`
				: withFigure > 0
					? `${withFigure} with a figure: too few to compare (${MIN_PEERS} needed)`
					: 'no peer has a figure';
		const verdict = m.service?.verdict ?? null;
		const word = verdict === null ? null : verdict === 'neither' ? `${m.service!.relation} (no judgement)` : verdict;
		const note = measure.unit === 'gbp' ? 'Total spend, not per child: the data hold no population for each authority, so size drives much of the difference.' : null;
		return { ...base, local, region, england, peers, word, note };
	});
}

const REPORT_MEASURES: Record<string, string> = { first_time_entrant_rate: 'First-time entrants', reoffending_rate: 'Reoffending' };

function reportFigures(input: BoardPackInput): ReportFigureLine[] {
	const lines: ReportFigureLine[] = [];
	for (const [id, label] of Object.entries(REPORT_MEASURES)) {
		const own = input.facts.find((f) => f.measure === id && f.area === 'service' && f.value !== null);
		if (!own) continue;
		const other = input.facts.find((f) => f.measure === id && f.area === 'England and Wales' && f.value !== null && f.period === own.period);
		const fmt = (v: number) => (own.unit === '%' ? formatPct(v) : `${v} ${own.unit ?? ''}`.trim());
		const polarity = 'lower is better';
		const reading = other
			? own.value! === other.value!
				? 'the same as England and Wales'
				: `${own.value! < other.value! ? 'lower' : 'higher'} (${polarity}; direction only, no test)`
			: 'no England and Wales figure for the same period in the report';
		lines.push({
			measure: label,
			service: fmt(own.value!),
			comparator: other ? fmt(other.value!) : 'not printed',
			period: own.period ?? 'period not stated',
			reading,
			place: printedPlace(input.outline, lineOf(own.source)),
			source: own.source
		});
	}
	return lines;
}

function recommendationGroups(input: BoardPackInput): RecommendationGroup[] {
	const groups: RecommendationGroup[] = [];
	for (const r of shapeRecommendations(input.findings)) {
		const to = r.addressed_to?.trim() || 'Addressee not stated in the report';
		let g = groups.find((x) => x.addressedTo === to);
		if (!g) groups.push((g = { addressedTo: to, items: [] }));
		g.items.push({ number: r.number, text: r.text.trim() });
	}
	return groups;
}

function sourceLines(input: BoardPackInput, reportUrl: string | null, group: PeerGroup | null): SourceLine[] {
	const out: SourceLine[] = [];
	const i = input.inspection;
	if (i) {
		const o = input.outline;
		const title = o?.title ?? `Inspection report on ${input.service.service_name}`;
		const dated = o?.printedDate ? `HM Inspectorate of Probation, ${o.printedDate}` : `HM Inspectorate of Probation, ${inspectionDateLabel(i)}`;
		out.push({
			label: 'Inspection report',
			detail: `${title}. ${dated}.${reportUrl ? '' : ' The report’s address on HMIP’s site is not held here.'}`,
			url: reportUrl
		});
	}
	if (input.national.length)
		out.push({
			label: 'Scores out of 36, every service',
			detail: 'HMIP reports’ ratings pages 2021–2025 (data-to-insight scrape, hmi-probation-youth-justice-scrape @9dd53af); a few earlier scores from public pages.',
			url: null
		});
	if (input.service.country === 'England') {
		out.push({
			label: 'Local indicators',
			detail: 'DfE Local Authority Interactive Tool (LAIT, bds_long_0.parquet @2e30e39): first-time entrants (calendar year), proven reoffending aged 15–17, S251 youth justice spend (financial year).',
			url: null
		});
		if (group?.kind === 'neighbours')
			out.push({ label: 'Statistical neighbours', detail: 'DfE children’s services statistical neighbours, May 2025 release.', url: null });
	}
	return out;
}

function missingList(input: BoardPackInput, weak: BoardPackModel['weakest'], group: PeerGroup | null, reportUrl: string | null): string[] {
	const out: string[] = [];
	if (!input.inspection) out.push(`No inspection report is held for ${input.service.service_name}: no ratings by standard, key questions or recommendations.`);
	if (!input.history) out.push('Earlier inspections of this service (no change over time is shown).');
	if (input.inspection && weak.questions.length && !weak.intervalsHeld) out.push('Intervals for the key-question percentages.');
	out.push('Ratings by standard for services other than the five whose reports are held here.');
	if (input.inspection && !reportUrl) out.push('The report’s address on HMIP’s site.');
	if (input.service.country !== 'England') out.push('Local indicators: LAIT covers England only.');
	else if (!group) out.push('A peer group for this service’s local authority.');
	return out;
}

export function buildBoardPack(input: BoardPackInput): BoardPackModel {
	const { service, inspection } = input;
	const group = peerGroup(input);
	const { text: national, dist, total } = nationalPlace(input);
	// The report's own dot: its date and HMIP address come from the national row it matches, where the report text has none.
	const reportDot = inspection ? shapeDistribution(input.national, [inspection], { highlight: [] }).dots.find((d) => d.key === inspection.inspection_id) : undefined;
	const reportUrl = reportDot?.reportUrl ?? null;
	const latest = latestOnRecord(input);
	const rating = inspection ? parseRating(inspection.overall_rating) : latest?.overall_rating ? parseRating(latest.overall_rating) : null;
	const ratingLines = standardLines(input);
	const comparedInspections = new Set(input.comparisonRatings.map((r) => r.inspection_id));
	const weak = weakest(input);
	const recs = recommendationGroups(input);
	const firstRec = shapeRecommendations(input.findings)[0];
	const firstRating = [...input.ratings].sort((a, b) => (lineOf(a.source) ?? Infinity) - (lineOf(b.source) ?? Infinity))[0]?.source ?? null;
	return {
		serviceId: service.service_id,
		serviceName: service.service_name,
		headline: {
			serviceName: service.service_name,
			area: `${service.local_authority}${service.region ? `, ${service.region}` : ''}${service.country ? ` (${service.country})` : ''}`,
			inspection: inspection
				? `Inspection ${reportDot?.published ? `published ${formatIsoDate(reportDot.published)}` : 'publication date not stated'}${inspection.fieldwork ? ` (fieldwork ${formatIsoDate(inspection.fieldwork)})` : ''}`
				: latest
					? `Latest inspection on record: published ${latest.label}${latest.source ? ` (source: ${latest.source})` : ''}`
					: null,
			framework: inspection ? (FRAMEWORK_LABEL[inspection.framework] ?? inspection.framework) : latest ? (HISTORY_FRAMEWORK_LABEL[latest.framework] ?? latest.framework) : null,
			rating,
			score: inspection?.score ?? latest?.score ?? null,
			scoreMax: inspection?.score_max ?? SCORE_MAX,
			nationalPlace: national,
			peerPlace: peerPlace(input, group),
			change: changeSince(input),
			scoreNote:
				inspection || !latest ? null : latest.framework === '2025' ? 'No score: the 2025 framework gives none.' : latest.score === null ? 'Score not on record here.' : null,
			noReport: inspection
				? null
				: `No inspection report is held here for ${service.service_name}${latest ? ': its latest inspection on record is shown from the source named below' : ', and no inspection of it is on record'}.`
		},
		ratings: {
			lines: ratingLines,
			scope: `Ratings by standard are held for ${plural(comparedInspections.size, 'inspection')} (the reports held here), not for every service in England and Wales.`,
			place: printedPlace(input.outline, lineOf(firstRating)),
			source: firstRating
		},
		weakest: weak,
		context: {
			lines: contextLines(input, group),
			reportFigures: reportFigures(input),
			peerNote:
				group?.kind === 'chosen'
					? `Peers chosen in the link you opened: ${listWords(group.members.slice(1).map((m) => m.laName))}. These replace the DfE statistical neighbours.`
					: group
						? `Peers: the ten DfE statistical neighbours of ${service.local_authority} (${listWords(group.members.slice(1).map((m) => m.laName))}).`
						: null,
			method: group?.method ?? null,
			peerKind: group?.kind ?? null,
			peerNames: group ? group.members.slice(1).map((m) => m.laName) : []
		},
		recommendations: { groups: recs, total: recs.reduce((n, g) => n + g.items.length, 0), place: printedPlace(input.outline, lineOf(firstRec?.source)), source: firstRec?.source ?? null },
		sources: sourceLines(input, reportUrl, group),
		missing: missingList(input, weak, group, reportUrl),
		dataBuilt: input.dataBuilt,
		pageUrl: input.pageUrl,
		distribution: dist,
		distributionTotal: total
	};
}
