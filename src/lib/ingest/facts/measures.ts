/**
 * Contextual-facts table labels -> measure ids. Regexes run over the folded
 * label (quotes and footnote markers removed, wrapped lines
 * joined; matched case-insensitively), so they tolerate the wording differences between reports
 * (`Average caseload case managers (FTE equivalent)` in one, `Average caseload
 * per case manager (FTE)` in another). A label none of them matches is not a
 * figure we know how to define, and is left out.
 */
import { slug } from './markers';

export type PeriodSource =
	/** The row's own footnote, else (for a comparator row) its service row's footnote. */
	| 'row-or-sibling'
	/** The row's own footnote, else the footnote on the table's heading. */
	| 'row-or-heading';

export interface MeasureMatch {
	measure: string;
	unit: string;
	/** The place printed in the label (`West Sussex`, `England and Wales`), if the label names one. */
	place: string | null;
	/** A year printed in the label itself, e.g. `(2019)`. */
	labelPeriod: string | null;
	periodSource: PeriodSource;
	/** Only valid right after a `Total current caseload, of which:` row. */
	needsCaseloadTotal: boolean;
}

interface MeasureRule {
	re: RegExp;
	measure: string | ((m: RegExpExecArray) => string);
	unit: string;
	placeGroup?: number;
	yearGroup?: number;
	periodSource?: PeriodSource;
	needsCaseloadTotal?: boolean;
}

const OPT_AREA = '(?:yjs|yos|yot|youth justice service|youth offending service)';
const PLACE = '(?:in |for |of )?(.+?)';
const LABEL_YEAR = '(?: \\((\\d{4})\\))?';

const RULES: MeasureRule[] = [
	// Population information
	{
		re: /^first[- ]time entrants? rate per 100,?000(?: population| children)?(?: aged 10-17)? (?:in|for) (.+)$/,
		measure: 'first_time_entrant_rate',
		unit: 'per 100,000 aged 10-17',
		placeGroup: 1,
		periodSource: 'row-or-sibling'
	},
	{
		re: /^(?:proven |binary )?reoffending rate (?:in|for) (.+)$/,
		measure: 'reoffending_rate',
		unit: '%',
		placeGroup: 1,
		periodSource: 'row-or-sibling'
	},
	{
		re: new RegExp(`^total youth population \\(10-17(?: years)?\\) ${PLACE}${LABEL_YEAR}$`),
		measure: 'youth_population',
		unit: 'count',
		placeGroup: 1,
		yearGroup: 2
	},
	{
		re: new RegExp(`^total population ${PLACE}${LABEL_YEAR}$`),
		measure: 'population',
		unit: 'count',
		placeGroup: 1,
		yearGroup: 2
	},

	// Caseload composition by disposal type
	{ re: /^total current caseload(?:,? of which)?$/, measure: 'caseload_total', unit: 'count' },
	{ re: /^court disposals$/, measure: 'caseload_court_disposals', unit: 'count', needsCaseloadTotal: true },
	{ re: /^out-of-court disposals$/, measure: 'caseload_out_of_court_disposals', unit: 'count', needsCaseloadTotal: true },
	{ re: /^total current caseload:? (?:on |in |with )?community sentences?$/, measure: 'caseload_community_sentences', unit: 'count' },
	{ re: /^total current caseload:? (?:in |on )?custody$/, measure: 'caseload_custody', unit: 'count' },
	{ re: /^total current caseload:? (?:on |in )?licen[cs]e$/, measure: 'caseload_licence', unit: 'count' },
	{ re: /^total current caseload:? (?:on |with )?(?:a )?youth cautions?$/, measure: 'caseload_youth_caution', unit: 'count' },
	{
		re: /^total current caseload:? (?:on |with )?(?:a )?youth conditional cautions?$/,
		measure: 'caseload_youth_conditional_caution',
		unit: 'count'
	},
	{
		re: /^total current caseload:? (?:on |with )?(?:a )?community resolutions?,? (?:or|and) other out-of-court disposals?$/,
		measure: 'caseload_community_resolution_other_oocd',
		unit: 'count'
	},
	// Any other disposal group a report prints, e.g. Hartlepool's combined
	// `youth caution, youth conditional caution, triage` (not summed, not split).
	{ re: /^total current caseload:? (.+)$/, measure: (m) => `caseload_${slug(m[1])}`, unit: 'count' },

	// Education and child protection status of caseload
	{
		re: new RegExp(`^percentage of (?:the )?current caseload looked after children resident in the ${OPT_AREA} area$`),
		measure: 'looked_after_resident_pct',
		unit: '%'
	},
	{
		re: new RegExp(`^percentage of (?:the )?current caseload looked after children placed outside (?:of )?the ${OPT_AREA} area$`),
		measure: 'looked_after_placed_outside_pct',
		unit: '%'
	},
	{ re: /^percentage of (?:the )?current caseload (?:with|on|subject to) (?:a )?child protection plans?$/, measure: 'child_protection_plan_pct', unit: '%' },
	{ re: /^percentage of (?:the )?current caseload (?:with|on|subject to) (?:a )?child in need plans?$/, measure: 'child_in_need_plan_pct', unit: '%' },
	{
		re: /^percentage of (?:the )?current caseload aged 16 and under in full-time (?:school|education)$/,
		measure: 'full_time_school_16_and_under_pct',
		unit: '%'
	},
	{
		re: /^percentage of (?:children|(?:the )?current caseload) aged 16 and under in a pupil referral unit,? alternative education,? or attending school part-time$/,
		measure: 'pru_alternative_or_part_time_16_and_under_pct',
		unit: '%'
	},
	{
		re: /^percentage of (?:the )?current caseload aged 17\+? (?:and over )?not in education,? training,? or employment(?: \(neet\))?$/,
		measure: 'neet_17_plus_pct',
		unit: '%'
	},

	// Caseload characteristics
	{ re: /^percentage of (?:the )?current caseload with mental health (?:issues|needs)$/, measure: 'mental_health_pct', unit: '%' },
	{ re: /^percentage of (?:the )?current caseload with substance misuse (?:issues|needs)$/, measure: 'substance_misuse_pct', unit: '%' },
	{
		re: /^percentage of (?:the )?current caseload with a learning disability,? learning difficulty,? or an education,? health and care plan$/,
		measure: 'learning_disability_difficulty_or_ehcp_pct',
		unit: '%'
	},
	{
		re: /^percentage of (?:the )?current caseload with special educational needs (?:and|or|and\/or) (?:a )?disability$/,
		measure: 'send_pct',
		unit: '%'
	},
	// Any other `Percentage of current caseload ...` row a report prints.
	{ re: /^percentage of (?:the )?current caseload (.+)$/, measure: (m) => `caseload_${slug(m[1])}_pct`, unit: '%' },

	// Key staffing data
	{
		re: /^total staff headcount \(?(?:full-time equivalent,? \(?fte\)?|fte)\)?$/,
		measure: 'staff_headcount_fte',
		unit: 'FTE'
	},
	{ re: /^total headcount (?:of )?qualified case managers \(fte\)$/, measure: 'qualified_case_managers_fte', unit: 'FTE' },
	{
		re: /^vacancy rate \(total unfilled posts as (?:a )?percentage of total staff headcount\)$/,
		measure: 'vacancy_rate_pct',
		unit: '%'
	},
	{ re: /^vacancy rate (?:for )?case managers only\b.*$/, measure: 'case_manager_vacancy_rate_pct', unit: '%' },
	{
		re: /^average caseload (?:per )?case managers? \(fte(?: equivalent)?\)$/,
		measure: 'average_caseload_per_case_manager',
		unit: 'cases'
	},
	{
		re: /^average (?:annual )?working days (?:lost to )?sickness(?: absence)? \(all staff\)$/,
		measure: 'sickness_days_per_staff',
		unit: 'days'
	},
	{
		re: /^staff attrition \(percentage of all staff leaving in (?:a |the )?12-month period\)$/,
		measure: 'staff_attrition_pct',
		unit: '%'
	},

	// Key data (budget)
	{ re: /^total spend (?:in|for) (?:the )?previous financial year$/, measure: 'spend_previous_financial_year', unit: 'GBP' },
	{
		re: /^total projected budget (?:current )?(?:for|in) (?:the )?(?:current )?financial year$/,
		measure: 'budget_current_financial_year',
		unit: 'GBP'
	}
];

// Labels differ in capitalisation between reports; places keep theirs.
const COMPILED = RULES.map((rule) => ({ ...rule, re: new RegExp(rule.re.source, 'i') }));

/** Classify a folded label (see `foldLabel`); null when it is not a contextual fact we define. */
export function matchMeasure(folded: string): MeasureMatch | null {
	for (const rule of COMPILED) {
		const m = rule.re.exec(folded);
		if (!m) continue;
		const measure = typeof rule.measure === 'string' ? rule.measure : rule.measure(m);
		if (!/^[a-z][a-z0-9_]*$/.test(measure)) return null;
		return {
			measure,
			unit: rule.unit,
			place: rule.placeGroup ? (m[rule.placeGroup] ?? null) : null,
			labelPeriod: rule.yearGroup ? (m[rule.yearGroup] ?? null) : null,
			periodSource: rule.periodSource ?? 'row-or-heading',
			needsCaseloadTotal: rule.needsCaseloadTotal ?? false
		};
	}
	return null;
}

/** Comparator places: anything national, regional or an average. The rest is the service's own area. */
const COMPARATOR = /\b(england|wales|national(?:ly)?|uk|united kingdom|statistical neighbours?|region(?:al)?|average)\b/i;

export function isComparator(place: string): boolean {
	return COMPARATOR.test(place);
}

/** Headings of the contextual-facts tables; a marker on one dates the rows below it. */
export const TABLE_HEADING =
	/^(population information|caseload information|demographics of children|additional caseload data|education and child protection status|caseload characteristics|key staffing data|key data|offence types)\b/i;
