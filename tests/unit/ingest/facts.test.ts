/**
 * Contextual facts, figure by figure, against values read from the report
 * texts by hand (`sed -n` over each report's contextual-facts section).
 * Line numbers are the 1-based lines the figures are printed on.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../src/lib/ingest/facts';
import { parseOffenceFacts } from '../../../src/lib/ingest/facts/offences';
import { parseProseFacts } from '../../../src/lib/ingest/facts/prose';
import { parseTableFacts } from '../../../src/lib/ingest/facts/table';
import { reportText, type ReportText } from '../../../src/lib/ingest/text';
import type { FactRecord } from '../../../src/lib/ingest/types';

const REPORTS = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'] as const;
type Name = (typeof REPORTS)[number];

const raw = (name: Name) => readFileSync(`data/reports/${name}.txt`, 'utf8');
const load = (name: Name, text = raw(name)): ReportText => reportText(`data/reports/${name}.txt`, text);
const factsOf = (name: Name) => parseFacts(load(name));

/** [measure, area, value, unit, period, line] */
type Expected = [string, string, number, string, string | null, number];

function checkFigures(name: Name, facts: FactRecord[], expected: Expected[], fromProse: boolean): void {
	for (const [measure, area, value, unit, period, line] of expected) {
		const found = facts.filter((f) => f.measure === measure && f.area === area);
		expect(found, `${name}: ${measure} / ${area}`).toHaveLength(1);
		expect(found[0], `${name}: ${measure} / ${area}`).toMatchObject({
			value,
			unit,
			period,
			source: `data/reports/${name}.txt:${line}`,
			from_prose: fromProse
		});
	}
}

const keys = (facts: FactRecord[]) => facts.map((f) => `${f.measure}|${f.area}`).sort();
const keysOf = (...lists: Expected[][]) => lists.flat().map(([m, a]) => `${m}|${a}`).sort();

// ---------------------------------------------------------------- West Sussex
const WS_FTE = 'January to December 2020'; // footnote 12, line 1018
const WS_REOFFENDING = 'April 2019 to March 2020'; // footnote 13, line 1019
const WS_POPULATION = 'mid-2020'; // footnote 11 on the "Population information" heading, line 1017
const WEST_SUSSEX_TABLES: Expected[] = [
	['first_time_entrant_rate', 'service', 74, 'per 100,000 aged 10-17', WS_FTE, 976],
	['first_time_entrant_rate', 'England and Wales', 167, 'per 100,000 aged 10-17', WS_FTE, 977],
	['reoffending_rate', 'service', 31.7, '%', WS_REOFFENDING, 979],
	['reoffending_rate', 'England and Wales', 34.2, '%', WS_REOFFENDING, 980],
	['population', 'service', 867635, 'count', WS_POPULATION, 983],
	['youth_population', 'service', 79864, 'count', WS_POPULATION, 984],
	// footnote 18: "reflecting the caseload at the time of the inspection announcement" (no period)
	['caseload_total', 'service', 136, 'count', null, 1008],
	['caseload_court_disposals', 'service', 51, 'count', null, 1009],
	['caseload_out_of_court_disposals', 'service', 85, 'count', null, 1010],
	['caseload_community_sentences', 'service', 49, 'count', null, 1027],
	['caseload_custody', 'service', 2, 'count', null, 1029],
	['caseload_licence', 'service', 0, 'count', null, 1031],
	['caseload_youth_caution', 'service', 12, 'count', null, 1035],
	['caseload_youth_conditional_caution', 'service', 7, 'count', null, 1037],
	['caseload_community_resolution_other_oocd', 'service', 66, 'count', null, 1039],
	['looked_after_resident_pct', 'service', 18.4, '%', null, 1044],
	['looked_after_placed_outside_pct', 'service', 0.7, '%', null, 1047],
	['child_protection_plan_pct', 'service', 12.7, '%', null, 1050],
	['child_in_need_plan_pct', 'service', 15.7, '%', null, 1052],
	['full_time_school_16_and_under_pct', 'service', 42.9, '%', null, 1054],
	['pru_alternative_or_part_time_16_and_under_pct', 'service', 39.5, '%', null, 1056],
	['neet_17_plus_pct', 'service', 31.1, '%', null, 1059],
	['court_offence_violence_against_the_person_pct', 'service', 74, '%', null, 1066],
	['court_offence_sexual_offence_contact_pct', 'service', 5, '%', null, 1067],
	['court_offence_robbery_pct', 'service', 11, '%', null, 1069],
	['court_offence_summary_motoring_offences_pct', 'service', 5, '%', null, 1071],
	['court_offence_other_indictable_offences_pct', 'service', 5, '%', null, 1073],
	['oocd_offence_violence_against_the_person_pct', 'service', 56, '%', null, 1084],
	['oocd_offence_criminal_damage_pct', 'service', 26, '%', null, 1085],
	['oocd_offence_drug_offences_pct', 'service', 4, '%', null, 1086],
	['oocd_offence_other_summary_offences_pct', 'service', 15, '%', null, 1087],
	['mental_health_pct', 'service', 83.2, '%', null, 1091],
	['substance_misuse_pct', 'service', 77.6, '%', null, 1093],
	['learning_disability_difficulty_or_ehcp_pct', 'service', 55.2, '%', null, 1095],
	['staff_headcount_fte', 'service', 45, 'FTE', null, 1099],
	['qualified_case_managers_fte', 'service', 15.4, 'FTE', null, 1101],
	['vacancy_rate_pct', 'service', 2.2, '%', null, 1103],
	['average_caseload_per_case_manager', 'service', 7.4, 'cases', null, 1105],
	['sickness_days_per_staff', 'service', 6.3, 'days', null, 1107],
	['staff_attrition_pct', 'service', 4.4, '%', null, 1109]
];
const WEST_SUSSEX_PROSE: Expected[] = [
	// "out-of-court \n disposals, which currently form 63 per cent of the YJS caseload" (lines 160-161)
	['caseload_oocd_pct', 'service', 63, '%', null, 161],
	// "•  75 per cent of case managers are qualified."
	['qualified_case_managers_pct', 'service', 75, '%', null, 233]
];

// ----------------------------------------------------------------- Hartlepool
const HARTLEPOOL_CASELOAD = '19 October 2020'; // footnote 4: "reflecting caseload on 19 October 2020", line 229
const HARTLEPOOL_TABLES: Expected[] = [
	['population', 'service', 93663, 'count', '2019', 177],
	['youth_population', 'service', 8902, 'count', '2019', 179],
	['caseload_community_sentences', 'service', 5, 'count', HARTLEPOOL_CASELOAD, 212],
	['caseload_custody', 'service', 1, 'count', HARTLEPOOL_CASELOAD, 214],
	['caseload_licence', 'service', 1, 'count', HARTLEPOOL_CASELOAD, 216],
	// `15` alone on line 218, its label on 219-220: one combined group, not split
	['caseload_youth_caution_youth_conditional_caution_triage', 'service', 15, 'count', HARTLEPOOL_CASELOAD, 218],
	['staff_headcount_fte', 'service', 30, 'FTE', null, 442],
	['average_caseload_per_case_manager', 'service', 3, 'cases', null, 444]
];
const HARTLEPOOL_PROSE: Expected[] = [
	// "with 28 \n per cent of its children living in a deprived household"
	['children_in_deprived_household_pct', 'service', 28, '%', null, 145]
];

// ------------------------------------------------------------------- Thurrock
const TH_FTE = 'January to December 2020'; // footnote 6, line 366
const TH_REOFFENDING = 'July 2019 to Jun 2020'; // footnote 7, line 368, as printed
const TH_POPULATION = 'mid-2020'; // footnote 5 on the heading, line 364
const THURROCK_TABLES: Expected[] = [
	['first_time_entrant_rate', 'service', 150, 'per 100,000 aged 10-17', TH_FTE, 342],
	['first_time_entrant_rate', 'England and Wales', 167, 'per 100,000 aged 10-17', TH_FTE, 343],
	['reoffending_rate', 'service', 36.4, '%', TH_REOFFENDING, 344],
	['reoffending_rate', 'England and Wales', 33.6, '%', TH_REOFFENDING, 345],
	['population', 'service', 175531, 'count', TH_POPULATION, 347],
	['youth_population', 'service', 18747, 'count', TH_POPULATION, 348],
	['caseload_total', 'service', 84, 'count', null, 376],
	['caseload_court_disposals', 'service', 33, 'count', null, 377],
	['caseload_out_of_court_disposals', 'service', 51, 'count', null, 378],
	['caseload_community_sentences', 'service', 29, 'count', null, 382],
	['caseload_custody', 'service', 2, 'count', null, 383], // printed `02`
	['caseload_licence', 'service', 2, 'count', null, 384], // printed `02`
	['caseload_youth_caution', 'service', 3, 'count', null, 388], // printed `03`
	['caseload_youth_conditional_caution', 'service', 12, 'count', null, 389],
	['caseload_community_resolution_other_oocd', 'service', 36, 'count', null, 390],
	['looked_after_resident_pct', 'service', 17, '%', null, 394],
	['looked_after_placed_outside_pct', 'service', 3, '%', null, 395],
	['child_protection_plan_pct', 'service', 3, '%', null, 396],
	['child_in_need_plan_pct', 'service', 35, '%', null, 397],
	['full_time_school_16_and_under_pct', 'service', 65, '%', null, 398],
	['pru_alternative_or_part_time_16_and_under_pct', 'service', 16, '%', null, 399],
	['neet_17_plus_pct', 'service', 41, '%', null, 400],
	['court_offence_violence_against_the_person_pct', 'service', 78, '%', null, 405],
	['court_offence_drug_offences_pct', 'service', 11, '%', null, 406],
	['court_offence_other_summary_offences_pct', 'service', 11, '%', null, 407],
	['spend_previous_financial_year', 'service', 665719, 'GBP', null, 450],
	['budget_current_financial_year', 'service', 668881, 'GBP', null, 451],
	['staff_headcount_fte', 'service', 12, 'FTE', null, 503],
	['qualified_case_managers_fte', 'service', 4, 'FTE', null, 504],
	['vacancy_rate_pct', 'service', 8, '%', null, 505],
	['case_manager_vacancy_rate_pct', 'service', 0, '%', null, 506],
	['average_caseload_per_case_manager', 'service', 6, 'cases', null, 507],
	['sickness_days_per_staff', 'service', 2.5, 'days', null, 508],
	['staff_attrition_pct', 'service', 16, '%', null, 509],
	['mental_health_pct', 'service', 36, '%', null, 573],
	['substance_misuse_pct', 'service', 57, '%', null, 574],
	['send_pct', 'service', 27, '%', null, 575]
];
const THURROCK_PROSE: Expected[] = [
	// "out-of-court disposals make up about 60 per cent of the YOS's annual caseload"
	['annual_caseload_oocd_pct', 'service', 60, '%', null, 336],
	// "... lower than the UK's 2021 national average rate of 4.6."
	['sickness_days_per_staff', 'UK national average', 4.6, 'days', '2021', 517],
	// "On average, 30 per cent of the children who work with the YOS have speech and language recognition needs."
	['speech_language_needs_pct', 'service', 30, '%', null, 696]
];

// ---------------------------------------------------------------- East Sussex
const EAST_SUSSEX_PROSE: Expected[] = [
	['population_aged_0_19', 'service', 112000, 'count', null, 152], // "almost 112,000"
	['children_in_school', 'service', 68000, 'count', null, 152], // "over 68,000"
	['low_income_families_pct', 'service', 18.6, '%', null, 152],
	['low_income_families_pct', 'statistical neighbours', 16.2, '%', null, 152],
	['caseload_girls_pct', 'service', 21, '%', null, 152],
	// "... 11.5 per cent of children are from a minority ethnic background": the caseload list the girls' share opens.
	['caseload_minority_ethnic_pct', 'service', 11.5, '%', null, 152],
	// "... make up 15.4 per cent of the school population compared with 36 per cent in England (January 2023)"
	['school_minority_ethnic_pct', 'service', 15.4, '%', 'January 2023', 152],
	['school_minority_ethnic_pct', 'England', 36, '%', 'January 2023', 152],
	['substance_misuse_pct', 'service', 67, '%', null, 152],
	['emotional_wellbeing_needs_pct', 'service', 37, '%', null, 152],
	['reoffending_rate', 'service', 32.4, '%', null, 156]
];

// -------------------------------------------------------------------- Suffolk
const SUFFOLK_PROSE: Expected[] = [
	// "Staffing vacancy rates have reduced from 20 per cent to nine per cent."
	['vacancy_rate_pct', 'service', 9, '%', null, 285],
	// "The organisational data showed that girls make up 20 per cent of the caseload."
	['caseload_girls_pct', 'service', 20, '%', null, 392],
	// "Of the children who are cautioned or sentenced 55 per cent identify as white. Black and minority ethnic
	// children make up 34 per cent, and 11 per cent of offences are recorded as unknown."
	['cautioned_sentenced_white_pct', 'service', 55, '%', null, 386],
	['cautioned_sentenced_minority_ethnic_pct', 'service', 34, '%', null, 386],
	// "Children who are cautioned or sentenced in Suffolk tend to be younger ... 31 per cent of children were
	// aged 10 to 14, while the national figure is 18 per cent."
	['cautioned_sentenced_aged_10_14_pct', 'service', 31, '%', null, 396],
	['cautioned_sentenced_aged_10_14_pct', 'national figure', 18, '%', null, 396]
];

describe('parseFacts: West Sussex (space-separated annexe table)', () => {
	const facts = factsOf('west-sussex');
	it('reads every table figure with its period and line', () =>
		checkFigures('west-sussex', facts, WEST_SUSSEX_TABLES, false));
	it('reads the prose figures the tables do not give', () => checkFigures('west-sussex', facts, WEST_SUSSEX_PROSE, true));
	it('reads nothing else', () => expect(keys(facts)).toEqual(keysOf(WEST_SUSSEX_TABLES, WEST_SUSSEX_PROSE)));
	it('takes the footnote marker off, not into, the figure', () => {
		const fte = facts.find((f) => f.measure === 'first_time_entrant_rate' && f.area === 'service')!;
		expect(fte.value).toBe(74); // `74 First-time entrant rate per 100,000 in West Sussex12`
		expect(fte.source_text).toBe('74 First-time entrant rate per 100,000 in West Sussex12');
	});
	it('joins a wrapped label and cites the line the figure is on', () => {
		const vacancy = facts.find((f) => f.measure === 'vacancy_rate_pct')!;
		expect(vacancy.source_text).toBe('Vacancy rate (total unfilled posts as percentage of total staff headcount) 2.2%');
		const cr = facts.find((f) => f.measure === 'caseload_community_resolution_other_oocd')!;
		expect(cr.source_text).toBe('66 Total current caseload: community resolution or other out-of-court disposal');
	});
	it('lets the table win over prose that restates a table figure differently', () => {
		// line 257: "Staff sickness averages 6.3 days per person, staff attrition (5 per cent)"; the table says 4.4%.
		expect(facts.filter((f) => f.measure === 'staff_attrition_pct').map((f) => f.value)).toEqual([4.4]);
		expect(facts.filter((f) => f.measure === 'sickness_days_per_staff')).toHaveLength(1);
		expect(facts.filter((f) => f.from_prose && f.measure === 'sickness_days_per_staff')).toHaveLength(0);
	});
	it('does not read the gender figure for the court caseload (line 462) as the caseload share', () => {
		expect(facts.find((f) => f.measure === 'caseload_girls_pct')).toBeUndefined();
	});
	it('has no budget, no case-manager vacancy rate and no SEND row (not printed)', () => {
		for (const m of ['spend_previous_financial_year', 'budget_current_financial_year', 'case_manager_vacancy_rate_pct', 'send_pct'])
			expect(facts.find((f) => f.measure === m), m).toBeUndefined();
	});
});

describe('parseFacts: Hartlepool (older layout, figure alone above its label)', () => {
	const facts = factsOf('hartlepool');
	it('reads every table figure with its period and line', () => checkFigures('hartlepool', facts, HARTLEPOOL_TABLES, false));
	it('reads the prose figure', () => checkFigures('hartlepool', facts, HARTLEPOOL_PROSE, true));
	it('reads nothing else', () => expect(keys(facts)).toEqual(keysOf(HARTLEPOOL_TABLES, HARTLEPOOL_PROSE)));
	it('has no first-time entrant, reoffending, caseload total or education figures (not printed)', () => {
		for (const m of [
			'first_time_entrant_rate',
			'reoffending_rate',
			'caseload_total',
			'caseload_youth_caution',
			'looked_after_resident_pct',
			'vacancy_rate_pct',
			'qualified_case_managers_fte',
			'sickness_days_per_staff'
		])
			expect(facts.find((f) => f.measure === m), m).toBeUndefined();
	});
});

describe('parseFacts: Thurrock (tab-separated, superscript markers)', () => {
	const facts = factsOf('thurrock');
	it('reads every table figure with its period and line', () => checkFigures('thurrock', facts, THURROCK_TABLES, false));
	it('reads the prose figures', () => checkFigures('thurrock', facts, THURROCK_PROSE, true));
	it('reads nothing else', () => expect(keys(facts)).toEqual(keysOf(THURROCK_TABLES, THURROCK_PROSE)));
	it('marks the qualified figure ("about 60 per cent") approximate and the others not', () => {
		expect(facts.find((f) => f.measure === 'annual_caseload_oocd_pct')!.approximate).toBe(true);
		expect(facts.filter((f) => f.approximate)).toHaveLength(1);
	});
	it('reads no out-of-court offence table (only a court one is printed)', () => {
		expect(facts.filter((f) => f.measure.startsWith('oocd_offence_'))).toHaveLength(0);
	});
	it('does not read the inconsistent ethnicity prose (line 686: "seven per cent ... (18 of 24)")', () => {
		expect(facts.filter((f) => f.source === 'data/reports/thurrock.txt:686')).toHaveLength(0);
	});
});

describe('parseFacts: prose-only reports', () => {
	it('East Sussex: background figures, with their sentence', () => {
		const facts = factsOf('east-sussex');
		checkFigures('east-sussex', facts, EAST_SUSSEX_PROSE, true);
		expect(keys(facts)).toEqual(keysOf(EAST_SUSSEX_PROSE));
		const girls = facts.find((f) => f.measure === 'caseload_girls_pct')!;
		expect(girls.source_text).toMatch(/^Girls make up 21 per cent of the current caseload in the YJS, .* 37 per cent have emotional wellbeing needs\.$/);
		const reoffending = facts.find((f) => f.measure === 'reoffending_rate')!;
		expect(reoffending.source_text).toContain('the binary reoffending rate for the most recent cohort has fallen to 32.4 per cent');
		const approx = facts.filter((f) => f.approximate).map((f) => f.measure).sort();
		expect(approx).toEqual(['children_in_school', 'population_aged_0_19']);
	});
	it('East Sussex: no local reoffending ranges (19, 26) and no deprivation decile (10)', () => {
		const values = factsOf('east-sussex').map((f) => f.value);
		for (const v of [19, 26, 10]) expect(values, String(v)).not.toContain(v);
	});
	it('Suffolk: vacancy rate written as a word, girls share, age and ethnicity of children cautioned or sentenced', () => {
		const facts = factsOf('suffolk');
		checkFigures('suffolk', facts, SUFFOLK_PROSE, true);
		expect(keys(facts)).toEqual(keysOf(SUFFOLK_PROSE));
		// Read over two sentences: the first names the group, and both are quoted.
		const ethnic = facts.find((f) => f.measure === 'cautioned_sentenced_minority_ethnic_pct')!;
		expect(ethnic.source_text).toMatch(/^Of the children who are cautioned or sentenced 55 per cent identify as white\. Black .* recorded as unknown\.$/);
		// "11 per cent of offences are recorded as unknown" counts offences, not children: quoted, not read.
		expect(facts.map((f) => f.value)).not.toContain(11);
	});
	it('reads a two-sentence figure only when both sentences are in one paragraph', () => {
		const text = raw('suffolk').replace(
			'cautioned or sentenced 55 per cent identify as white. Black',
			'cautioned or sentenced 55 per cent identify as white.\n\nBlack'
		);
		const facts = parseProseFacts(load('suffolk', text));
		expect(facts.filter((f) => /_(white|minority_ethnic)_pct$/.test(f.measure) && f.measure.startsWith('cautioned'))).toEqual([]);
		expect(facts.filter((f) => f.measure === 'cautioned_sentenced_aged_10_14_pct')).toHaveLength(2);
	});
});

describe('parseFacts: every figure is on the line it cites', () => {
	const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
	for (const name of REPORTS) {
		it(name, () => {
			const report = load(name);
			for (const f of parseFacts(report)) {
				const [file, lineNo] = f.source.split(':');
				expect(file).toBe(report.file);
				const line = report.lines[Number(lineNo) - 1].text;
				const forms = [String(f.value), f.value.toLocaleString('en-GB'), `0${f.value}`, WORDS[f.value] ?? '\u0000'];
				expect(
					forms.some((form) => line.includes(form)),
					`${f.measure} ${f.value} on ${f.source}: ${line}`
				).toBe(true);
				expect(f.measure).toMatch(/^[a-z][a-z0-9_]*$/);
			}
		});
	}
});

describe('parseFacts: other exports of the same text', () => {
	const stable = (facts: FactRecord[]) => facts.map(({ measure, area, value, unit, period, source, from_prose }) => ({ measure, area, value, unit, period, source, from_prose }));

	it('West Sussex with tabs, CRLF, a BOM and non-breaking spaces reads the same', () => {
		const text = raw('west-sussex');
		const other = '\ufeff' + text
			.split('\n')
			.map((l) => l.replace(/^(£?[\d,.]+%?) /, '$1\t').replace(/ (£?[\d,.]+%?)\s*$/, '\t$1').replace(/ /g, (s, i) => (i % 7 === 0 ? '\u00a0' : s)))
			.join('\r\n');
		expect(stable(parseFacts(load('west-sussex', other)))).toEqual(stable(factsOf('west-sussex')));
	});

	it('Thurrock with runs of spaces instead of tabs reads the same', () => {
		const other = raw('thurrock').replace(/\t/g, '    ');
		expect(stable(parseFacts(load('thurrock', other)))).toEqual(stable(factsOf('thurrock')));
	});

	it('reads a label-then-figure layout with wrapped labels and a page footer mid-table', () => {
		const text = [
			'Key staffing data7',
			'',
			'Total staff headcount (full-time equivalent (FTE))',
			'45',
			'Vacancy rate (total unfilled posts as percentage of total staff',
			'headcount)',
			'Inspection of youth offending services: Somewhere YJS 9',
			'2.2%',
			'Average caseload per case manager (FTE)',
			'',
			'7.4',
			'7 Data supplied by YJS and reflecting staffing at the time of the inspection announcement.'
		].join('\n');
		const facts = parseFacts(reportText('x.txt', text));
		expect(facts.map((f) => [f.measure, f.value, f.source])).toEqual([
			['staff_headcount_fte', 45, 'x.txt:4'],
			['vacancy_rate_pct', 2.2, 'x.txt:8'],
			['average_caseload_per_case_manager', 7.4, 'x.txt:11']
		]);
	});

	it('takes a comparator period from the service row footnote, not the heading footnote', () => {
		const text = [
			'Population information1',
			'74 First-time entrant rate per 100,000 in Somewhere2',
			'167 First-time entrant rate per 100,000 in England and Wales',
			'1 Office for National Statistics. (June 2021). UK population estimates, mid-2020.',
			'2 Youth Justice Board. (2021). First-time entrants, January to December 2020.'
		].join('\n');
		const facts = parseFacts(reportText('x.txt', text));
		expect(facts.map((f) => [f.area, f.value, f.period])).toEqual([
			['service', 74, 'January to December 2020'],
			['England and Wales', 167, 'January to December 2020']
		]);
	});

	it('reads no "Court disposals" row that does not follow a caseload total', () => {
		const facts = parseFacts(reportText('x.txt', '2 Court disposals\n3 Out-of-court disposals'));
		expect(facts).toEqual([]);
	});
});

describe('parsers never throw', () => {
	const parsers: [string, (r: ReportText) => FactRecord[]][] = [
		['parseTableFacts', parseTableFacts],
		['parseOffenceFacts', parseOffenceFacts],
		['parseProseFacts', parseProseFacts],
		['parseFacts', parseFacts]
	];

	function wellFormed(report: ReportText, facts: FactRecord[]): void {
		for (const f of facts) {
			expect(Number.isFinite(f.value)).toBe(true);
			const line = Number(f.source.slice(report.file.length + 1));
			expect(f.source.startsWith(`${report.file}:`)).toBe(true);
			expect(line >= 1 && line <= report.lines.length).toBe(true);
		}
	}

	it('on arbitrary strings', () => {
		const fragment = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 80 }),
			fc.constantFrom(
				'74 First-time entrant rate per 100,000 in X12',
				'Total current caseload, of which:',
				'Offence types19 %',
				'Violence against the person 74%',
				'15',
				'\t',
				'¹²',
				'£',
				'Girls make up 21 per cent of the current caseload.',
				'Inspection of youth offending services X 4',
				'(',
				'per cent'
			)
		);
		const separator = fc.constantFrom('\n', '\r\n', ' ', '\t', '\n\n', '  ');
		const doc = fc
			.array(fc.tuple(fragment, separator), { maxLength: 40 })
			.map((parts) => parts.map(([text, sep]) => text + sep).join(''));
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), doc), (text) => {
				const report = reportText('x.txt', text);
				for (const [, parse] of parsers) wellFormed(report, parse(report));
			}),
			{ numRuns: 300 }
		);
	});

	it('on mangled real report text', () => {
		const texts = REPORTS.map((name) => raw(name));
		const mangle = fc.record({
			report: fc.integer({ min: 0, max: texts.length - 1 }),
			edits: fc.array(
				fc.record({
					kind: fc.constantFrom('delete', 'duplicate', 'splice', 'swapSpaces', 'truncate', 'insert'),
					at: fc.nat(),
					len: fc.integer({ min: 1, max: 40 }),
					junk: fc.string({ unit: 'binary', maxLength: 12 })
				}),
				{ maxLength: 12 }
			)
		});
		fc.assert(
			fc.property(mangle, ({ report, edits }) => {
				let lines = texts[report].split('\n');
				for (const e of edits) {
					const at = e.at % Math.max(1, lines.length);
					if (e.kind === 'delete') lines.splice(at, e.len);
					else if (e.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + e.len));
					else if (e.kind === 'splice' && lines[at] !== undefined) lines[at] = lines[at].slice(0, e.len) + e.junk + lines[at].slice(e.len);
					else if (e.kind === 'swapSpaces') lines = lines.map((l, i) => (i >= at && i < at + e.len ? l.replace(/ /g, '\t') : l));
					else if (e.kind === 'truncate') lines = lines.slice(0, at + 1);
					else if (e.kind === 'insert') lines.splice(at, 0, e.junk, '', String(e.len));
				}
				const mangled = reportText('m.txt', lines.join('\n'));
				for (const [, parse] of parsers) wellFormed(mangled, parse(mangled));
			}),
			{ numRuns: 150 }
		);
	});
});
