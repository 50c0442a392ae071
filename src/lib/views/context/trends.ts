/**
 * Chart model of the LAIT trends: one panel per chosen service, its local
 * authority's series and one comparator (its region, or England where
 * England has valid figures). A suppressed or blanked value stays a gap
 * (`value: null` with a reason), never zero. Pure: the same model from the
 * prerendered rows (every service, measure and year) and the live rows.
 */
import type { TrendRow } from '../../db/queries/context';
import { measureByParam, missingReason, formatValue, LA_MEASURES, type LaMeasure } from '../../measures/laMeasures';
import type { Comparator } from '../../state/views/context';
export type { Comparator };
import { listWords } from '../../charts/words';
import { trendMovement, type TrendMovement } from '../../stats/robust';
import { POLARITY_WORDS } from '../../measures/catalogue';

export interface TrendPoint {
	year: number;
	period: string;
	value: number | null;
	/** Why the value is missing; null when present. */
	missing: string | null;
	flag: string | null;
	source: string;
}

export interface TrendSeries {
	/** `la` or `comparator`. */
	role: 'la' | 'comparator';
	name: string;
	geography: TrendRow['geography_level'];
	points: TrendPoint[];
}

export interface TrendPanel {
	serviceId: string;
	localAuthority: string;
	la: TrendSeries;
	comparator: TrendSeries | null;
	/** Whether the authority's latest two years moved more than its own year-to-year variation. */
	movement: TrendMovement;
}

export interface TrendsModel {
	measure: LaMeasure;
	from: number;
	to: number;
	/** What was asked for and what is drawn: England falls back to the region when it has no valid figure. */
	comparatorAsked: Comparator;
	comparatorShown: Comparator | 'none';
	panels: TrendPanel[];
	/** Plain-language notes for the chart card (fallbacks, gaps, why a comparator is not drawn). */
	notes: string[];
	/** Largest value drawn, for a shared y scale; null when nothing is drawn. */
	maxValue: number | null;
	title: string;
	summary: string;
}

export interface TrendsState {
	services: readonly string[];
	measure: string;
	from: number;
	to: number;
	comparator: Comparator;
}

function series(rows: readonly TrendRow[], role: TrendSeries['role'], from: number, to: number): TrendSeries | null {
	if (rows.length === 0) return null;
	const byYear = new Map<number, TrendRow>();
	for (const r of rows) if (r.year >= from && r.year <= to) byYear.set(r.year, r);
	const points: TrendPoint[] = [...byYear.values()]
		.sort((a, b) => a.year - b.year)
		.map((r) => {
			const ok = r.value !== null && r.value !== undefined && Number.isFinite(r.value);
			return {
				year: r.year,
				period: r.period,
				value: ok ? r.value : null,
				missing: ok ? null : missingReason(r),
				flag: r.flag || null,
				source: r.source
			};
		});
	return { role, name: rows[0].la_name, geography: rows[0].geography_level, points };
}

const hasValue = (s: TrendSeries | null): boolean => !!s && s.points.some((p) => p.value !== null);

/** Why England cannot be drawn, from its rows' flags. */
function englandNote(measure: LaMeasure, england: TrendSeries | null): string {
	if (england?.points.some((p) => (p.flag ?? '').includes('england_fte_invalid')))
		return "England's first-time entrant figure in LAIT is not a rate (it equals the sum of the regional rates), so it is blank in the data; each authority's region is shown instead.";
	return `LAIT has no England figure for ${measure.label.toLowerCase()} in the years shown (suppressed in the source); each authority's region is shown instead.`;
}

export function shapeTrends(rows: readonly TrendRow[], state: TrendsState): TrendsModel {
	const measure = measureByParam(state.measure) ?? LA_MEASURES[0];
	const [from, to] = state.from <= state.to ? [state.from, state.to] : [state.to, state.from];
	const mine = rows.filter((r) => r.measure === measure.id && state.services.includes(r.service_id));
	const notes: string[] = [];
	const ids = [...new Set(mine.map((r) => r.service_id))].sort();

	// Spend is a total in pounds: a region's or England's total is the sum over many authorities.
	const drawComparator = measure.unit !== 'gbp';
	let comparatorShown: TrendsModel['comparatorShown'] = drawComparator ? state.comparator : 'none';
	if (drawComparator && state.comparator === 'england') {
		const england = series(mine.filter((r) => r.geography_level === 'england'), 'comparator', from, to);
		if (!hasValue(england)) {
			comparatorShown = 'region';
			notes.push(englandNote(measure, england));
		}
	}
	if (!drawComparator)
		notes.push(
			"Region and England spend are totals over all their local authorities, so they are not drawn beside one authority's spend; see spend per child below, or the peers view."
		);

	const panels: TrendPanel[] = ids.map((id) => {
		const own = mine.filter((r) => r.service_id === id);
		const la = series(own.filter((r) => r.geography_level === 'local_authority'), 'la', from, to);
		const compRows = comparatorShown === 'none' ? [] : own.filter((r) => r.geography_level === (comparatorShown === 'england' ? 'england' : 'region'));
		const laSeries: TrendSeries = la ?? { role: 'la', name: own[0].local_authority, geography: 'local_authority', points: [] };
		return {
			serviceId: id,
			localAuthority: own[0].local_authority,
			la: laSeries,
			comparator: series(compRows, 'comparator', from, to),
			movement: trendMovement(laSeries.points)
		};
	});

	const gaps: string[] = [];
	for (const p of panels) {
		for (const s of [p.la, p.comparator]) {
			if (!s) continue;
			const years = s.points.filter((pt) => pt.value === null).map((pt) => pt.year);
			if (years.length) gaps.push(`${s.name} ${yearList(years)}`);
		}
	}
	if (gaps.length) notes.push(`Gaps in a line are years with no figure in LAIT (suppressed or not published), not zeros: ${gaps.join('; ')}.`);
	const suspect = panels.flatMap((p) => p.la.points.filter((pt) => (pt.flag ?? '').includes('reorganisation_year_suspect')).map((pt) => `${p.la.name} ${pt.year}`));
	if (suspect.length) notes.push(`Possibly a part-year count (year of local government reorganisation): ${suspect.join(', ')}.`);

	const values = panels.flatMap((p) => [p.la, p.comparator].flatMap((s) => (s ? s.points.map((pt) => pt.value) : [])));
	const drawn = values.filter((v): v is number => v !== null);
	const finding = trendsFinding(measure, panels, comparatorShown);
	return {
		measure,
		from,
		to,
		comparatorAsked: state.comparator,
		comparatorShown,
		panels,
		notes,
		maxValue: drawn.length ? Math.max(...drawn) : null,
		...finding
	};
}

/** `2019–2024` for a run, `2018, 2023–2024` for several. */
export function yearList(years: readonly number[]): string {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const runs: string[] = [];
	let start = sorted[0];
	for (let i = 1; i <= sorted.length; i++) {
		if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
		const end = sorted[i - 1];
		runs.push(start === end ? `${start}` : `${start}–${end}`);
		start = sorted[i];
	}
	return runs.join(', ');
}

function firstLast(s: TrendSeries): { first: TrendPoint; last: TrendPoint } | null {
	const valid = s.points.filter((p) => p.value !== null);
	return valid.length >= 2 ? { first: valid[0], last: valid[valid.length - 1] } : null;
}

export function trendsFinding(
	measure: LaMeasure,
	panels: readonly TrendPanel[],
	comparatorShown: TrendsModel['comparatorShown']
): { title: string; summary: string } {
	const label = measure.label;
	if (panels.length === 0) return { title: `${label}: no service chosen`, summary: 'Choose at least one service.' };
	const fmt = (v: number) => formatValue(v, measure.unit);
	const changes = panels.map((p) => ({ p, fl: firstLast(p.la) }));
	const withChange = changes.filter((c) => c.fl !== null);

	let title: string;
	if (withChange.length === 0) {
		title = `${label}: too few published figures to show a change`;
	} else if (panels.length === 1) {
		const { p, fl } = withChange[0];
		const verb = fl!.last.value! < fl!.first.value! ? 'fell' : fl!.last.value! > fl!.first.value! ? 'rose' : 'was unchanged';
		title = `${p.localAuthority}: ${label.toLowerCase()} ${verb} from ${fmt(fl!.first.value!)} in ${fl!.first.period} to ${fmt(fl!.last.value!)} in ${fl!.last.period}`;
	} else {
		const down = withChange.filter((c) => c.fl!.last.value! < c.fl!.first.value!).map((c) => c.p.localAuthority);
		const up = withChange.filter((c) => c.fl!.last.value! > c.fl!.first.value!).map((c) => c.p.localAuthority);
		const starts = new Set(withChange.map((c) => c.fl!.first.period));
		const ends = new Set(withChange.map((c) => c.fl!.last.period));
		const span = starts.size === 1 && ends.size === 1 ? `in ${[...ends][0]} than in ${[...starts][0]}` : 'at the end of the period than at the start';
		const n = withChange.length;
		if (down.length === n) title = `${label}: lower ${span} in all ${n} authorities`;
		else if (up.length === n) title = `${label}: higher ${span} in all ${n} authorities`;
		else title = `${label}: lower ${span} in ${down.length} of ${n} authorities${up.length ? ` (higher in ${listWords(up)})` : ''}`;
	}

	const lines = panels.map((p) => {
		const fl = firstLast(p.la);
		const own = fl ? `${fmt(fl.first.value!)} in ${fl.first.period} to ${fmt(fl.last.value!)} in ${fl.last.period}` : 'too few figures';
		const comp = p.comparator ? firstLast(p.comparator) : null;
		const compText = p.comparator && comp ? `; ${p.comparator.name} ${fmt(comp.first.value!)} to ${fmt(comp.last.value!)}` : '';
		return `${p.localAuthority}: ${own}${compText}. ${movementWords(p.movement, fmt, measure)}`;
	});
	const compNote = comparatorShown === 'none' ? ' No comparator is drawn.' : '';
	return { title, summary: `${lines.join(' ')}${compNote}` };
}

/**
 * The latest movement in words: `In 2022–2024 it fell by 80 per 100,000, more
 * than its usual year-to-year change (typically 10 per 100,000): lower is better.`
 */
export function movementWords(m: TrendMovement, fmt: (v: number) => string, measure: LaMeasure): string {
	switch (m.call) {
		case 'too_few':
			return 'Too few consecutive years to judge its latest movement against its own variation.';
		case 'one_year':
			return 'Only one year-on-year change at the end of the series: too little to call a trend.';
		case 'within_variation':
			return `Its latest two years (${m.fromYear}–${m.toYear}, a change of ${fmt(Math.abs(m.recentChange!))}) moved within its usual year-to-year variation (typically ${fmt(m.typicalChange!)} a year): no trend is called.`;
		case 'rising':
		case 'falling': {
			const verb = m.call === 'rising' ? 'rose' : 'fell';
			const reading =
				measure.polarity === 'neither'
					? `; ${POLARITY_WORDS.neither}`
					: (measure.polarity === 'lower_is_better') === (m.call === 'falling')
						? `, an improvement (${POLARITY_WORDS[measure.polarity]})`
						: `, a deterioration (${POLARITY_WORDS[measure.polarity]})`;
			return `In ${m.fromYear}–${m.toYear} it ${verb} by ${fmt(Math.abs(m.recentChange!))}, more than its usual year-to-year change (typically ${fmt(m.typicalChange!)} a year)${reading}.`;
		}
	}
}
