/**
 * The disproportionality view's English: labels of dimensions, groups and
 * measures, number formats, and the titles, summaries and notes of its three
 * charts, from the model's figures. Pure; tested on its own.
 */
import { measureByParam, POLARITY_WORDS } from '../../measures/catalogue';
import type { CARE_MEASURES } from '../../db/queries/disproportionality';
import type { Dimension } from '../../state/views/disproportionality';
import { listWords } from '../../charts/words';
import { populationNoun } from '../../charts/disproportionality/reportTables';
import type { CareMeasureRow, CareService, CategoryShares, DemographicsModel, RateRow, ServiceDemographics } from './model';

export const DIMENSION_LABELS: Record<Dimension, string> = {
	ethnicity: 'Ethnicity',
	gender: 'Gender',
	age: 'Age'
};

const CATEGORY_LABELS: Record<string, string> = {
	white: 'White',
	black_asian_minority_ethnic: 'Black, Asian and minority ethnic',
	unknown: 'Unknown',
	male: 'Male',
	female: 'Female',
	'10-14': 'Aged 10–14',
	'15-17': 'Aged 15–17'
};

export function categoryLabel(category: string): string {
	return CATEGORY_LABELS[category] ?? category;
}

export const NOT_REPORTED = 'Not reported in this inspection';

const PCT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
export const formatPct = (v: number): string => `${PCT.format(v)}%`;
const RATE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatRate = (v: number): string => `${RATE.format(v)}×`;

/** Shares printed in a sentence instead of a table, by the dimension they belong to. */
export const PROSE_LABELS: Partial<Record<Dimension, Record<string, string>>> = {
	age: { cautioned_sentenced_aged_10_14_pct: 'Children aged 10–14 among those cautioned or sentenced' },
	gender: { caseload_girls_pct: 'Girls in the caseload' },
	ethnicity: {
		caseload_minority_ethnic_pct: 'Children from a minority ethnic background in the caseload',
		school_minority_ethnic_pct: 'Children from a minority ethnic background in the school population',
		cautioned_sentenced_white_pct: 'White children among those cautioned or sentenced',
		cautioned_sentenced_minority_ethnic_pct: 'Black and minority ethnic children among those cautioned or sentenced'
	}
};

export function rateTitle(rows: readonly RateRow[], dimension: Dimension): { title: string; summary: string } {
	const rated = rows.filter((r) => r.rate !== null && r.category !== 'unknown');
	if (!rated.length) {
		return {
			title: `No relative rate can be computed for ${DIMENSION_LABELS[dimension].toLowerCase()}`,
			summary: 'None of the chosen reports prints a local youth population share for this dimension.'
		};
	}
	const top = rated.reduce((a, b) => (b.rate! > a.rate! ? b : a));
	const over = rated.filter((r) => r.category === top.category && r.rate! > 1).sort((a, b) => b.rate! - a.rate!);
	const title =
		top.rate! > 1
			? `${top.label} children are over-represented against the local youth population in ${listWords(
					over.map((r) => `${r.shortName} (${formatRate(r.rate!)})`)
				)}`
			: 'No group is over-represented against the local youth population in the chosen services';
	// Grouped by group (e.g. all services' Black, Asian and minority ethnic rates together), short.
	const groups = [...new Set(rows.map((r) => r.category))];
	const summary = groups
		.map((g) => {
			const list = rows.filter((r) => r.category === g);
			const rated = list.filter((r) => r.rate !== null).map((r) => `${r.shortName} ${formatRate(r.rate!)}`);
			const unrated = list.filter((r) => r.rate === null).map((r) => `${r.shortName}: ${r.rateNote!.replace(/^No rate: /, '')}`);
			const text = [rated.join(', '), unrated.length ? `no rate (${unrated.join('; ')})` : ''].filter(Boolean).join('; ');
			return `${list[0].label}: ${text}.`;
		})
		.join(' ');
	return { title, summary };
}

/** How a group is named in a sentence. */
const GROUP_NOUNS: Record<string, string> = {
	white: 'White children',
	black_asian_minority_ethnic: 'Black, Asian and minority ethnic children',
	unknown: 'children of unknown ethnicity',
	male: 'boys',
	female: 'girls',
	'10-14': 'children aged 10–14',
	'15-17': 'children aged 15–17'
};

export function groupNoun(category: string): string {
	return GROUP_NOUNS[category] ?? `children in group ${category}`;
}


function comparatorPhrase(s: ServiceDemographics): string {
	if (s.comparatorKind === 'local_population') return 'of its local youth population';
	return `(${s.comparatorLabel ?? 'comparator'})`;
}

/**
 * The finding: the largest over-representation (caseload share above the
 * comparator). Local youth population comparators are preferred when any
 * chosen service prints one, since a local caseload against a national
 * average says little about disproportionality in that area.
 */
export function mainTitle(services: readonly ServiceDemographics[], dimension: Dimension): string {
	const reported = services.filter((s) => s.reported);
	const noun = DIMENSION_LABELS[dimension].toLowerCase();
	if (!services.length) return 'No service chosen';
	if (!reported.length) return `None of the chosen services' reports prints a table of children by ${noun}`;
	const local = reported.filter((s) => s.comparatorKind === 'local_population');
	const pool = local.length ? local : reported;
	let best: { s: ServiceDemographics; c: CategoryShares; gap: number } | null = null;
	for (const s of pool) {
		for (const c of s.categories) {
			if (!c.caseload || !c.comparator || c.category === 'unknown') continue;
			const gap = c.caseload.pct - c.comparator.pct;
			if (gap > 0 && (!best || gap > best.gap)) best = { s, c, gap };
		}
	}
	if (!best) return `No group's share of the chosen caseloads is above its comparator for ${noun}`;
	const { s, c } = best;
	const lead = s.comparatorKind === 'local_population' ? 'shows the largest over-representation' : 'is furthest above its comparator';
	return `${s.shortName} ${lead}: ${groupNoun(c.category)} are ${formatPct(
		c.caseload!.pct
	)} of its ${populationNoun(s)} against ${formatPct(c.comparator!.pct)} ${comparatorPhrase(s)}`;
}

/** Short visible summary; each mark's aria-label and the table carry every figure. */
export function mainSummary(services: readonly ServiceDemographics[], dimension: Dimension): string {
	const noun = DIMENSION_LABELS[dimension].toLowerCase();
	const reported = services.filter((s) => s.reported);
	const silent = services.filter((s) => !s.reported);
	const names = (list: readonly ServiceDemographics[]) => listWords(list.map((s) => s.shortName));
	const parts = [`${reported.length} of the ${services.length} chosen reports ${reported.length === 1 ? 'prints' : 'print'} a table of children by ${noun}.`];
	const local = reported.filter((s) => s.comparatorKind === 'local_population');
	const national = reported.filter((s) => s.comparatorKind === 'national_average');
	const other = reported.filter((s) => s.comparatorKind !== 'local_population' && s.comparatorKind !== 'national_average');
	if (local.length) parts.push(`Compared with the local youth population: ${names(local)}.`);
	if (national.length) parts.push(`Compared with a national average of children in the youth justice system: ${names(national)}.`);
	if (other.length) parts.push(`Other comparator: ${names(other)}.`);
	if (silent.length) parts.push(`${NOT_REPORTED}: ${names(silent)}.`);
	const prose = silent.filter((s) => s.prose.length);
	if (prose.length) parts.push(`A figure stated only in the report's text is quoted for ${names(prose)}.`);
	return parts.join(' ');
}

export const CARE_LABELS: Record<(typeof CARE_MEASURES)[number], string> = {
	looked_after_resident_pct: 'Looked-after children resident in the area',
	looked_after_placed_outside_pct: 'Looked-after children placed outside the area',
	child_protection_plan_pct: 'With a child protection plan',
	child_in_need_plan_pct: 'With a child in need plan',
	send_pct: 'With special educational needs or disability (SEND)',
	learning_disability_difficulty_or_ehcp_pct: 'With a learning disability, learning difficulty or EHC plan'
};


/** Why there is no local relative rate for any chosen service. */
export function rateEmptyReason(services: readonly ServiceDemographics[], dimension: Dimension): string {
	return !services.some((s) => s.reported)
		? `None of the chosen services' reports prints a table of children by ${dimension}.`
		: `The chosen reports compare ${dimension} only with a national average, not with the local youth population, so no local relative rate is computed.`;
}

/** The care chart's finding: the largest share of the first measure printed, and who prints none. */
export function careTitle(services: readonly CareService[], measures: readonly CareMeasureRow[]): string {
	const silent = services.filter((s) => !s.reportsAny).map((s) => s.shortName);
	if (!services.length) return 'No service chosen';
	if (!measures.length) return "None of the chosen services' reports prints the care status of its caseload";
	const first = measures[0];
	const best = first.cells.filter((c) => c.value !== null).reduce((a, b) => (b.value! > a.value! ? b : a));
	const lead = `${best.shortName} has the largest share ${first.label.replace(/^With /, 'with ').replace(/^Looked-after/, 'of looked-after')} (${formatPct(best.value!)})`;
	return silent.length ? `${lead}; ${listWords(silent)} ${silent.length === 1 ? 'prints' : 'print'} no such figures` : lead;
}

export function careSummary(services: readonly CareService[], measures: readonly CareMeasureRow[]): string {
	const silent = services.filter((s) => !s.reportsAny).map((s) => s.shortName);
	const countFor = (id: string) => measures.filter((m) => m.cells.some((c) => c.serviceId === id && c.value !== null)).length;
	const reporting = services.filter((s) => s.reportsAny).map((s) => `${s.shortName} (${countFor(s.serviceId)} ${countFor(s.serviceId) === 1 ? 'measure' : 'measures'})`);
	return [
		reporting.length ? `Shares of the current caseload printed by ${listWords(reporting)}.` : '',
		silent.length ? `${NOT_REPORTED}: ${listWords(silent)}.` : '',
		'The reports give no comparator for them.'
	]
		.filter(Boolean)
		.join(' ');
}

const SHARE = measureByParam('demographic-share')!;

/** The demographic chart's note: each report's own table, comparator and footnotes. */
export function demographicNote(m: DemographicsModel): string {
	const parts = m.services.map((s) => {
		if (!s.reported) return `${s.shortName} ${s.year}: no demographic table (${s.prose.length === 0 ? 'nothing shown' : s.prose.length === 1 ? 'a figure stated in prose is quoted' : 'figures stated in prose are quoted'}).`;
		const heading = s.table.heading ? `table "${s.table.heading.text}"` : 'table heading not recorded';
		const notes = s.table.footnotes.map((f) => `${f.appliesTo}: ${f.text}`).join('; ');
		return `${s.shortName} ${s.year}: ${heading}, comparator "${s.comparatorLabel ?? 'none printed'}"${notes ? ` (${notes})` : ''}.`;
	});
	return `Each report's own comparator and period: ${parts.join(' ')} A national average describes children in the youth justice system nationally, not the local child population. Which way is better: ${POLARITY_WORDS[SHARE.polarity]} (a share is context, not a result).`;
}

/** The relative-rate chart's note: how the rate is computed, the populations as printed, and the unknown group. */
export function rateNote(m: DemographicsModel): string {
	const local = m.services.filter((s) => s.comparatorKind === 'local_population');
	const unknown = local
		.map((s) => {
			const u = s.categories.find((c) => c.category === 'unknown')?.caseload;
			return u ? `${s.shortName} ${formatPct(u.pct)}` : null;
		})
		.filter((x): x is string => x !== null);
	const labels = local.map((s) => `${s.shortName}: "${s.comparatorLabel}"`);
	return [
		'Relative rate = the group’s share of the caseload ÷ its share of the local youth population, computed by this dashboard from the printed shares (1.0 = the same share).',
		labels.length ? `Populations as printed: ${labels.join('; ')}.` : '',
		unknown.length
			? `Caseload shares include children whose ethnicity is unknown (${unknown.join(', ')}); the population shares have no such group, so the other groups' rates are computed on the shares as printed.`
			: ''
	]
		.filter(Boolean)
		.join(' ');
}

/** The relative-rate card's title: the chart's finding, or that there is no local rate. */
export function rateCardTitle(m: DemographicsModel): string {
	return m.rate.rows.length ? m.rate.title : `No local relative rate for ${DIMENSION_LABELS[m.dimension].toLowerCase()}`;
}

export const CARE_NOTE =
	"Shares of each service's current caseload as its report prints them (caseload at the time of the inspection, as supplied by the service). The reports print no comparator for these figures.";

export const CARE_EMPTY = 'Not reported in this inspection: none of the chosen reports prints these shares.';
