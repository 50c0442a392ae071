/**
 * Local-authority indicators from DfE's LAIT (../shared/data/lait_youth_justice_by_la.csv)
 * as one long table: one row per area, measure and period.
 *
 * Treatment of known problems (README of ../shared/data, and our own checks):
 * - "-" in the source is suppressed or not available: value empty, `suppressed` true.
 * - The England first-time-entrant rate is the sum of the nine regional rates,
 *   not a national rate: value blanked, flag `england_fte_invalid`.
 * - A gross youth justice spend of exactly 0 is not a real outturn (the LA
 *   spends nothing only where another authority's service covers it, or the
 *   return is incomplete): value blanked, flag `zero_spend_quirk`.
 * - Cumbria was abolished in April 2023; its 2024-25 cautioned-or-sentenced
 *   rate of 0 is a missing value: blanked, flag `abolished_la_zero`.
 * - First-time-entrant rates for an area in the calendar year it was abolished
 *   (Northamptonshire 2021, Cumbria 2023) are about a quarter of the
 *   neighbouring years, which suggests a part-year count: kept, flagged
 *   `reorganisation_year_suspect`.
 * - The cautioned-or-sentenced rate is the youth justice service's, repeated
 *   for each authority it covers: where every authority of a known joint
 *   service carries the same figure, each row is flagged `joint_service_figure`
 *   (`flagJointServiceFigures`), so it is not read as that authority's own rate.
 * Regions are relabelled to DfE's regional row names ("Inner London" →
 * "London (Inner)") so an LA row joins to its region row and to the
 * statistical-neighbours file.
 */
import { laitSource } from './sources';

export const LAIT_COLUMNS = [
	'la_name', 'dfe_la_number', 'region', 'geography_level', 'measure_code', 'unit', 'period', 'value_raw'
] as const;
export type LaitRow = Record<(typeof LAIT_COLUMNS)[number], string>;

export type GeographyLevel = 'local_authority' | 'region' | 'england';

export interface LaIndicator {
	la_name: string;
	dfe_la_number: number;
	region: string;
	geography_level: GeographyLevel;
	measure: string;
	unit: string;
	period: string;
	year: number;
	value: number | null;
	suppressed: boolean;
	flag: string;
	source: string;
}

export const LA_INDICATOR_COLUMNS = [
	'la_name', 'dfe_la_number', 'region', 'geography_level', 'measure', 'unit', 'period', 'year', 'value', 'suppressed', 'flag', 'source'
] as const satisfies ReadonlyArray<keyof LaIndicator>;

/** LAIT short code → our measure name, and the unit the source must carry. */
export const LAIT_MEASURES: Readonly<Record<string, { measure: string; unit: string }>> = {
	FirstYJS: { measure: 'first_time_entrant_rate', unit: 'rate_per_100k_10_17' },
	ReoffYO: { measure: 'reoffending_rate_10_14', unit: 'percent' },
	'ReoffYO15-17': { measure: 'reoffending_rate_15_17', unit: 'percent' },
	YouthJusticeFinance: { measure: 'youth_justice_spend', unit: 'gbp' },
	'YJS_Caution-Sentence10-17_YO': { measure: 'cautioned_or_sentenced_rate', unit: 'rate_per_10k_10_17' },
	LAC_Convictions: { measure: 'lac_convicted_pct', unit: 'percent' }
};

export const INDICATOR_FLAGS = {
	englandFteInvalid: 'england_fte_invalid',
	zeroSpend: 'zero_spend_quirk',
	abolishedZero: 'abolished_la_zero',
	reorganisationYear: 'reorganisation_year_suspect',
	jointServiceFigure: 'joint_service_figure'
} as const;

/**
 * Measures LAIT publishes per youth justice service, not per authority. Its
 * `YJS_Caution-Sentence10-17_YO` rate for 2024-25 is the same for every
 * authority of a joint service (151 authority rows hold 105 distinct values;
 * West Mercia's four authorities all 14.4). Other measures differ between a
 * joint service's authorities; where they happen to be equal (0 %, 3 % of
 * looked-after children convicted) that is a coincidence, so they are not flagged.
 */
export const SERVICE_LEVEL_MEASURES: ReadonlySet<string> = new Set(['cautioned_or_sentenced_rate']);

/**
 * Flags the rows of a service-level measure where every authority of a
 * multi-authority footprint has the same value for the period: the figure is
 * the joint service's, shown once per authority. A footprint with an authority
 * missing or a different value is left alone (then the figures are not known
 * to be shared). Pure: returns new rows, in the same order.
 */
export function flagJointServiceFigures(rows: readonly LaIndicator[], footprints: readonly (readonly string[])[]): LaIndicator[] {
	const shared = new Set<LaIndicator>();
	const byKey = new Map<string, LaIndicator>();
	for (const r of rows) {
		if (r.geography_level === 'local_authority' && SERVICE_LEVEL_MEASURES.has(r.measure)) byKey.set(`${r.measure}|${r.period}|${r.la_name}`, r);
	}
	const periods = new Set([...byKey.values()].map((r) => `${r.measure}|${r.period}`));
	for (const laNames of footprints) {
		if (laNames.length < 2) continue;
		for (const mp of periods) {
			const members = laNames.map((name) => byKey.get(`${mp}|${name}`));
			const values = new Set(members.map((m) => m?.value ?? null));
			if (members.every((m) => m && m.value !== null) && values.size === 1) for (const m of members) shared.add(m!);
		}
	}
	return rows.map((r) =>
		shared.has(r) ? { ...r, flag: [r.flag, INDICATOR_FLAGS.jointServiceFigure].filter(Boolean).join(';') } : r
	);
}

const GEOGRAPHY: Readonly<Record<string, GeographyLevel>> = {
	'local authority': 'local_authority',
	region: 'region',
	england: 'england'
};

/** LA-row region labels that differ from the names of LAIT's own region rows. */
const REGION_NAMES: Readonly<Record<string, string>> = {
	'Inner London': 'London (Inner)',
	'Outer London': 'London (Outer)',
	'Yorkshire and The Humber': 'Yorkshire and the Humber'
};

/** Areas abolished by reorganisation: LAIT name → first calendar/financial start year they no longer existed. */
export const ABOLISHED_FROM: Readonly<Record<string, number>> = {
	'Bournemouth (Pre LG)': 2019,
	'Poole (Pre LG)': 2019,
	Northamptonshire: 2021,
	Cumbria: 2023
};
/** Calendar year in which an area was abolished part-way (April), for the first-time-entrant check. */
const ABOLISHED_IN_CALENDAR_YEAR: Readonly<Record<string, number>> = { Northamptonshire: 2021, Cumbria: 2023 };

/** "2023" → 2023; "2023-24" → 2023; otherwise NaN. */
export function startYear(period: string): number {
	const m = /^(\d{4})(?:[-/]\d{2,4})?$/.exec(period.trim());
	return m ? Number(m[1]) : Number.NaN;
}

/** Source numbers carry float noise ("40.630000000000003"); the shortest round-trip form is the stored value. */
export function parseLaitValue(raw: string): { value: number | null; suppressed: boolean } {
	const t = raw.trim();
	if (t === '-' || t === '') return { value: null, suppressed: true };
	const n = Number(t);
	if (!Number.isFinite(n)) throw new Error(`Not a number: "${raw}"`);
	return { value: n, suppressed: false };
}

/** One source row → one tidy row; throws on an unknown measure, unit, geography or period so changes fail loudly. */
export function tidyLaitRow(row: LaitRow): LaIndicator {
	const spec = LAIT_MEASURES[row.measure_code];
	if (!spec) throw new Error(`Unknown LAIT measure ${row.measure_code}`);
	if (row.unit !== spec.unit) throw new Error(`${row.measure_code}: unit "${row.unit}", expected "${spec.unit}"`);
	const level = GEOGRAPHY[row.geography_level.trim().toLowerCase()];
	if (!level) throw new Error(`Unknown geography level "${row.geography_level}"`);
	const year = startYear(row.period);
	if (Number.isNaN(year)) throw new Error(`Unreadable period "${row.period}"`);
	const laNumber = Number(row.dfe_la_number);
	if (!Number.isInteger(laNumber)) throw new Error(`Bad LA number "${row.dfe_la_number}"`);

	let { value, suppressed } = parseLaitValue(row.value_raw);
	let flag = '';
	const name = row.la_name.trim();
	if (row.measure_code === 'FirstYJS' && level === 'england') {
		value = null;
		suppressed = false;
		flag = INDICATOR_FLAGS.englandFteInvalid;
	} else if (row.measure_code === 'YouthJusticeFinance' && value === 0) {
		value = null;
		flag = INDICATOR_FLAGS.zeroSpend;
	} else if (value === 0 && name in ABOLISHED_FROM && year >= ABOLISHED_FROM[name]) {
		value = null;
		flag = INDICATOR_FLAGS.abolishedZero;
	} else if (row.measure_code === 'FirstYJS' && value !== null && ABOLISHED_IN_CALENDAR_YEAR[name] === year) {
		flag = INDICATOR_FLAGS.reorganisationYear;
	}

	const region = level === 'local_authority' ? (REGION_NAMES[row.region.trim()] ?? row.region.trim()) : level === 'region' ? name : '';
	return {
		la_name: name,
		dfe_la_number: laNumber,
		region,
		geography_level: level,
		measure: spec.measure,
		unit: spec.unit,
		period: row.period.trim(),
		year,
		value,
		suppressed,
		flag,
		source: laitSource(row.measure_code)
	};
}

const LEVEL_ORDER: Record<GeographyLevel, number> = { england: 0, region: 1, local_authority: 2 };

/** All rows, sorted by measure, period, then England, regions, LAs by number. Throws on a duplicate key. */
export function tidyLait(rows: ReadonlyArray<LaitRow>): LaIndicator[] {
	const out = rows.map(tidyLaitRow);
	const seen = new Set<string>();
	for (const r of out) {
		const key = `${r.dfe_la_number}|${r.measure}|${r.period}`;
		if (seen.has(key)) throw new Error(`Duplicate LAIT row ${key}`);
		seen.add(key);
	}
	return out.sort(
		(a, b) =>
			a.measure.localeCompare(b.measure) ||
			a.year - b.year ||
			LEVEL_ORDER[a.geography_level] - LEVEL_ORDER[b.geography_level] ||
			a.dfe_la_number - b.dfe_la_number
	);
}
