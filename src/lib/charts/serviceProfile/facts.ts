/**
 * A report's contextual facts, grouped the way the reports print them and
 * labelled in plain words. Pure: the profile page and its tests use it.
 *
 * Measure ids come from the facts parser (`ingest/facts/measures.ts` and
 * `prose.ts`); some are generated from the printed label (`caseload_<label>`,
 * `court_offence_<offence>_pct`), so grouping goes by pattern and a measure we
 * have no label for is still shown, under a label made from its id.
 */
import type { ProfileFactRow } from '../../db/queries/services';
import { parseCitation } from '../../components/sourceLink';
import { capitalise } from '../words';

export interface FactGroupSpec {
	id: string;
	title: string;
	test: (measure: string, unit: string | null) => boolean;
	/** Shown only when the report has such figures (an empty group would read "not reported" where another section has them). */
	optional?: boolean;
}

/** In matching order: the first group whose test passes takes the fact (see DISPLAY_ORDER for the page). */
export const FACT_GROUPS: readonly FactGroupSpec[] = [
	{
		id: 'population',
		title: 'Population',
		test: (m) => /^(population|youth_population|population_aged_|children_in_school|low_income_families|children_in_deprived)/.test(m)
	},
	{
		id: 'fte-reoffending',
		title: 'First-time entrants and reoffending',
		test: (m) => /^(first_time_entrant|reoffending)/.test(m)
	},
	{
		id: 'offences',
		title: 'Offences',
		test: (m) => /^(court|oocd)_offence_/.test(m)
	},
	{
		id: 'education-child-protection',
		title: 'Education and child protection',
		test: (m) => /^(looked_after_|child_protection_plan|child_in_need_plan|full_time_school|pru_alternative|neet_)/.test(m)
	},
	{
		id: 'characteristics',
		title: 'Caseload characteristics',
		test: (m) =>
			/^(mental_health|substance_misuse|learning_disability|send_|speech_language|emotional_wellbeing|caseload_girls)/.test(m) ||
			// Any other "Percentage of current caseload ..." row (generated `caseload_<label>_pct`), except disposal shares.
			(/^caseload_.+_pct$/.test(m) && !/oocd/.test(m))
	},
	{
		// Suffolk states these in prose; reports with a demographics table give them there instead.
		id: 'cautioned-sentenced',
		title: 'Children cautioned or sentenced',
		test: (m) => /^cautioned_sentenced_/.test(m),
		optional: true
	},
	{
		id: 'caseload',
		title: 'Caseload',
		test: (m) => /^(caseload_|annual_caseload_)/.test(m)
	},
	{
		id: 'staffing',
		title: 'Staffing',
		test: (m) =>
			/^(staff_|qualified_case_managers|vacancy_rate|case_manager_vacancy|average_caseload_per_case_manager|sickness_days)/.test(m)
	},
	{
		id: 'budget',
		title: 'Budget',
		test: (m, unit) => /^(spend_|budget_)/.test(m) || unit === 'GBP'
	},
	{
		id: 'cases-inspected',
		title: 'Cases inspected',
		test: (m) => /^(cases_inspected_|case_manager_interviews)/.test(m)
	}
];

/** The order the groups appear on the page, as the reports print them. */
export const DISPLAY_ORDER = [
	'population',
	'fte-reoffending',
	'caseload',
	'education-child-protection',
	'characteristics',
	'cautioned-sentenced',
	'offences',
	'staffing',
	'budget',
	'cases-inspected',
	'other'
] as const;

const OTHER_GROUP: FactGroupSpec = { id: 'other', title: 'Other figures', test: () => true, optional: true };

/** Plain-language labels for the measures we know; order here is display order within a group. */
export const MEASURE_LABELS: Readonly<Record<string, string>> = {
	population: 'Total population',
	youth_population: 'Youth population (10-17)',
	population_aged_0_19: 'Children and young people aged 0-19',
	children_in_school: 'Children in school',
	low_income_families_pct: 'Children in low-income families',
	children_in_deprived_household_pct: 'Children living in a deprived household',
	first_time_entrant_rate: 'First-time entrant rate',
	reoffending_rate: 'Reoffending rate',
	caseload_total: 'Total current caseload',
	caseload_court_disposals: 'Court disposals',
	caseload_out_of_court_disposals: 'Out-of-court disposals',
	caseload_community_sentences: 'Community sentences',
	caseload_custody: 'In custody',
	caseload_licence: 'On licence',
	caseload_youth_caution: 'Youth caution',
	caseload_youth_conditional_caution: 'Youth conditional caution',
	caseload_community_resolution_other_oocd: 'Community resolution or other out-of-court disposal',
	caseload_youth_caution_youth_conditional_caution_triage: 'Youth caution, youth conditional caution, triage',
	caseload_oocd_pct: 'Out-of-court disposals, share of caseload',
	annual_caseload_oocd_pct: 'Out-of-court disposals, share of annual caseload',
	looked_after_resident_pct: 'Looked-after children resident in the area',
	looked_after_placed_outside_pct: 'Looked-after children placed outside the area',
	child_protection_plan_pct: 'With a child protection plan',
	child_in_need_plan_pct: 'With a child in need plan',
	full_time_school_16_and_under_pct: 'Aged 16 and under in full-time school',
	pru_alternative_or_part_time_16_and_under_pct: 'Aged 16 and under in a pupil referral unit, alternative education or part-time school',
	neet_17_plus_pct: 'Aged 17+ not in education, training or employment',
	caseload_girls_pct: 'Girls',
	caseload_minority_ethnic_pct: 'Children from a minority ethnic background',
	school_minority_ethnic_pct: 'Minority ethnic children in the school population',
	mental_health_pct: 'Mental health issues',
	substance_misuse_pct: 'Substance misuse issues',
	learning_disability_difficulty_or_ehcp_pct: 'Learning disability, learning difficulty or EHC plan',
	send_pct: 'Special educational needs or disability',
	speech_language_needs_pct: 'Speech and language needs',
	emotional_wellbeing_needs_pct: 'Emotional wellbeing needs',
	cautioned_sentenced_aged_10_14_pct: 'Aged 10-14',
	cautioned_sentenced_white_pct: 'White',
	cautioned_sentenced_minority_ethnic_pct: 'Black and minority ethnic',
	staff_headcount_fte: 'Total staff headcount',
	qualified_case_managers_fte: 'Qualified case managers',
	qualified_case_managers_pct: 'Case managers who are qualified',
	vacancy_rate_pct: 'Vacancy rate (all posts)',
	case_manager_vacancy_rate_pct: 'Vacancy rate (case managers)',
	average_caseload_per_case_manager: 'Average caseload per case manager',
	sickness_days_per_staff: 'Average working days lost to sickness',
	staff_attrition_pct: 'Staff attrition (12 months)',
	spend_previous_financial_year: 'Total spend, previous financial year',
	budget_current_financial_year: 'Projected budget, current financial year',
	cases_inspected_court: 'Court disposals inspected',
	cases_inspected_out_of_court: 'Out-of-court disposals inspected',
	cases_inspected_resettlement: 'Custodial (resettlement) cases inspected',
	case_manager_interviews: 'Interviews with case managers'
};

const ORDER = Object.keys(MEASURE_LABELS);

/** A label for any measure id: the known label, else one made from the id. */
export function measureLabel(measure: string): string {
	if (MEASURE_LABELS[measure]) return MEASURE_LABELS[measure];
	const offence = /^(court|oocd)_offence_(.+?)(?:_pct)?$/.exec(measure);
	if (offence) return `${offence[1] === 'court' ? 'Court disposals' : 'Out-of-court disposals'}: ${offence[2].replace(/_/g, ' ')}`;
	const caseload = /^caseload_(.+?)(_pct)?$/.exec(measure);
	if (caseload) return capitalise(caseload[1].replace(/_/g, ' '));
	return capitalise(measure.replace(/_pct$/, '').replace(/_/g, ' '));
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The value with its unit, as a reader expects it: `31.7%`, `£665,719`, `74 per 100,000 aged 10-17`. */
export function formatFactValue(value: number | null, unit: string | null): string {
	if (value === null || !Number.isFinite(value)) return 'Not reported in this inspection';
	const n = NUMBER.format(value);
	switch (unit) {
		case '%':
			return `${n}%`;
		case 'GBP':
			return `£${n}`;
		case 'count':
		case null:
		case '':
			return n;
		default:
			return `${n} ${unit}`;
	}
}

export interface ShownFact {
	measure: string;
	label: string;
	/** `service` rows show the service's name; comparators as printed. */
	area: string;
	isComparator: boolean;
	value: number | null;
	valueText: string;
	period: string | null;
	fromProse: boolean;
	approximate: boolean;
	sourceText: string | null;
	note: string | null;
	source: string;
}

export interface FactGroup {
	id: string;
	title: string;
	facts: ShownFact[];
}

function lineOf(source: string): number {
	return parseCitation(source)?.line ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Every fact in a group, in a stable order: known measures in label order,
 * then generated ones by report line; the service's figure before its comparators.
 * Every group is returned, empty ones too, so the page can say what is not reported;
 * an optional group only when it has a figure.
 */
export function groupFacts(rows: readonly ProfileFactRow[], serviceName: string): FactGroup[] {
	const groups = [...FACT_GROUPS, OTHER_GROUP].map((g) => ({ spec: g, facts: [] as ShownFact[] }));
	for (const r of rows) {
		const group = groups.find((g) => g.spec.test(r.measure, r.unit))!;
		const isComparator = r.area !== 'service';
		group.facts.push({
			measure: r.measure,
			label: measureLabel(r.measure),
			area: isComparator ? r.area : serviceName,
			isComparator,
			value: r.value,
			valueText: formatFactValue(r.value, r.unit),
			period: r.period || null,
			fromProse: r.from_prose === true,
			approximate: r.approximate === true,
			sourceText: r.source_text || null,
			note: r.note || null,
			source: r.source
		});
	}
	const rank = (m: string) => {
		const i = ORDER.indexOf(m);
		return i === -1 ? ORDER.length : i;
	};
	for (const g of groups) {
		g.facts.sort(
			(a, b) =>
				rank(a.measure) - rank(b.measure) ||
				(rank(a.measure) === ORDER.length ? lineOf(a.source) - lineOf(b.source) : 0) ||
				a.measure.localeCompare(b.measure) ||
				Number(a.isComparator) - Number(b.isComparator) ||
				lineOf(a.source) - lineOf(b.source)
		);
	}
	groups.sort((a, b) => DISPLAY_ORDER.indexOf(a.spec.id as never) - DISPLAY_ORDER.indexOf(b.spec.id as never));
	return groups
		.filter((g) => !g.spec.optional || g.facts.length > 0)
		.map((g) => ({ id: g.spec.id, title: g.spec.title, facts: g.facts }));
}
