/**
 * Service profile shaping on the real tables (static/data through the
 * build-time database, the same SQL the page runs) and on hand-made rows.
 *
 * Expected values read from the report text:
 * - thurrock.txt:874-876: reviewing (2.4) prints only desistance 100% and the
 *   child's safety 88%, no "other people's safety" row; :985-987 planning
 *   (3.2) 100%, 33%, 67%; :450 spend £665,719; :342-343 first-time entrants
 *   150 vs 167 per 100,000.
 * - hartlepool.txt:980 "6 4": 4 of 6 cases 'Yes' on 2.2 keeping the child
 *   safe; 3.4 is "Joint working" and 4.1 is not rated (2020, original framework).
 * - west-sussex.txt:983 "867,635 Total population West Sussex"; :976-977
 *   74 vs 167 per 100,000; :989-990 age 22%/78% vs national 18%/82%; no
 *   budget table anywhere in the report.
 * - suffolk.txt:195 "nine recommendations", :203 "The director for children
 *   and young people should:" before recommendation 4; :285 vacancy rate
 *   "from 20 per cent to nine per cent" (prose); no age/ethnicity/gender table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import {
	PROFILE_CHECKS_SQL,
	PROFILE_DEMOGRAPHICS_SQL,
	PROFILE_FACTS_SQL,
	PROFILE_FINDINGS_SQL,
	PROFILE_KEY_QUESTIONS_SQL,
	PROFILE_RATINGS_SQL,
	REPORT_INSPECTIONS_SQL,
	type ProfileCheckRow,
	type ProfileDemographicRow,
	type ProfileFactRow,
	type ProfileFindingRow,
	type ProfileKeyQuestionRow,
	type ProfileRatingRow,
	type ReportInspectionRow
} from '../../../src/lib/db/queries/services';
import type { QueryEngine } from '../../../src/lib/db/types';
import { groupFacts, formatFactValue, measureLabel, DISPLAY_ORDER } from '../../../src/lib/charts/serviceProfile/facts';
import { shapeKeyQuestions } from '../../../src/lib/charts/serviceProfile/keyQuestions';
import { keyQuestionTableRows } from '../../../src/lib/charts/serviceProfile/keyQuestionColumns';
import {
	shapeChecks,
	shapeDemographics,
	shapeFindings,
	shapeRatings,
	shapeRecommendations
} from '../../../src/lib/charts/serviceProfile/sections';
import { inspectionDateLabel } from '../../../src/lib/charts/serviceProfile/list';
import { shapeServiceList } from '../../../src/lib/views/services/reports';

let db: QueryEngine;
beforeAll(async () => {
	db = await buildDatabase();
});
const q = <T>(sql: string, id: string) => db.query<T>(sql, [id]);

describe('ratings', () => {
	it('lists all 13 standards, keeping one the inspection did not rate as not rated', async () => {
		const ratings = shapeRatings(await q<ProfileRatingRow>(PROFILE_RATINGS_SQL, 'hartlepool-2020'));
		expect(ratings.map((r) => r.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1']);
		expect(ratings.find((r) => r.code === '4.1')).toMatchObject({ rating: null, points: null, source: null });
		expect(ratings.find((r) => r.code === '3.4')!.name).toBe('Joint working');
		expect(ratings.find((r) => r.code === '1.1')).toMatchObject({ rating: 'Requires improvement', source: 'data/reports/hartlepool.txt:60' });
	});
});

describe('key questions', () => {
	it("shows Thurrock's unprinted 2.4 question as not reported, never as 0", async () => {
		const rows = await q<ProfileKeyQuestionRow>(PROFILE_KEY_QUESTIONS_SQL, 'thurrock-2022');
		const ratings = await q<ProfileRatingRow>(PROFILE_RATINGS_SQL, 'thurrock-2022');
		const m = shapeKeyQuestions(rows, ratings);
		const reviewing = m.bars.filter((b) => b.standardCode === '2.4');
		expect(reviewing.map((b) => [b.aspect, b.pct])).toEqual([
			['desistance', 100],
			['safety_of_child', 88],
			['safety_of_others', null]
		]);
		expect(reviewing[2].band).toBeNull();
		expect(m.reported).toBe(20);
		expect(m.missing).toBe(1);
		expect(m.title).toBe("Lowest: 3.2 Planning, child's safety and wellbeing, 33% 'Yes'; 3 of 20 key questions below the 65% Good threshold");
		const planning = m.standards.find((s) => s.code === '3.2')!;
		expect(planning.rating).toBe('Requires improvement');
		expect(planning.bars.map((b) => b.pct)).toEqual([100, 33, 67]);
		expect(planning.bars[1]).toMatchObject({ band: 'Inadequate', source: 'data/reports/thurrock.txt:986' });
		const table = keyQuestionTableRows(m);
		expect(table.find((r) => r.standard === '2.4 Reviewing' && r.aspect === "Other people's safety")).toMatchObject({ pct_yes: null, source: null });
	});

	it("keeps Hartlepool's printed counts and its original-framework 3.4 questions", async () => {
		const rows = await q<ProfileKeyQuestionRow>(PROFILE_KEY_QUESTIONS_SQL, 'hartlepool-2020');
		const m = shapeKeyQuestions(rows, await q<ProfileRatingRow>(PROFILE_RATINGS_SQL, 'hartlepool-2020'));
		const planningChild = m.bars.find((b) => b.standardCode === '2.2' && b.aspect === 'safety_of_child')!;
		expect(planningChild).toMatchObject({ nYes: 4, nCases: 6, derived: true, band: 'Good' });
		expect(planningChild.pct).toBeCloseTo(66.7, 1);
		const joint = m.standards.find((s) => s.code === '3.4')!;
		expect(joint.name).toBe('Joint working');
		expect(joint.bars.every((b) => b.aspect === 'other')).toBe(true);
		expect(joint.bars).toHaveLength(2);
	});

	it('says so when a report prints no key questions', () => {
		const m = shapeKeyQuestions([], []);
		expect(m.reported).toBe(0);
		expect(m.title).toBe('Key questions: not reported in this inspection');
		// The case-based standards are still listed, each aspect not reported.
		expect(m.bars).toHaveLength(21);
		expect(m.bars.every((b) => b.pct === null)).toBe(true);
	});
});

describe('contextual facts', () => {
	it('groups every fact of the inspection, none lost', async () => {
		const rows = await q<ProfileFactRow>(PROFILE_FACTS_SQL, 'west-sussex-2022');
		const groups = groupFacts(rows, 'West Sussex');
		expect(groups.reduce((n, g) => n + g.facts.length, 0)).toBe(rows.length);
		// Every group but the optional ones, which show only with a figure: West Sussex has none for them.
		expect(groups.map((g) => g.id)).toEqual(DISPLAY_ORDER.filter((id) => id !== 'other' && id !== 'cautioned-sentenced'));
		const population = groups.find((g) => g.id === 'population')!.facts.find((f) => f.measure === 'population')!;
		expect(population).toMatchObject({ value: 867635, valueText: '867,635', area: 'West Sussex', source: 'data/reports/west-sussex.txt:983' });
		const fte = groups.find((g) => g.id === 'fte-reoffending')!.facts.filter((f) => f.measure === 'first_time_entrant_rate');
		expect(fte.map((f) => [f.area, f.valueText])).toEqual([
			['West Sussex', '74 per 100,000 aged 10-17'],
			['England and Wales', '167 per 100,000 aged 10-17']
		]);
		expect(groups.find((g) => g.id === 'budget')!.facts).toEqual([]);
	});

	it("marks prose figures with their sentence, and shows Thurrock's budget in pounds", async () => {
		const suffolk = groupFacts(await q<ProfileFactRow>(PROFILE_FACTS_SQL, 'suffolk-2022'), 'Suffolk');
		const vacancy = suffolk.find((g) => g.id === 'staffing')!.facts[0];
		expect(vacancy).toMatchObject({ measure: 'vacancy_rate_pct', value: 9, fromProse: true, source: 'data/reports/suffolk.txt:285' });
		expect(vacancy.sourceText).toContain('from 20 per cent to nine per cent');
		const cautioned = suffolk.find((g) => g.id === 'cautioned-sentenced')!.facts;
		expect(cautioned.map((f) => [f.label, f.area, f.valueText, f.source])).toEqual([
			['Aged 10-14', 'Suffolk', '31%', 'data/reports/suffolk.txt:396'],
			['Aged 10-14', 'national figure', '18%', 'data/reports/suffolk.txt:396'],
			['White', 'Suffolk', '55%', 'data/reports/suffolk.txt:386'],
			['Black and minority ethnic', 'Suffolk', '34%', 'data/reports/suffolk.txt:386']
		]);
		const thurrock = groupFacts(await q<ProfileFactRow>(PROFILE_FACTS_SQL, 'thurrock-2022'), 'Thurrock');
		expect(thurrock.find((g) => g.id === 'budget')!.facts.map((f) => f.valueText)).toEqual(['£665,719', '£668,881']);
	});

	it('formats values with their units and labels any measure id', () => {
		expect(formatFactValue(31.7, '%')).toBe('31.7%');
		expect(formatFactValue(0, 'count')).toBe('0');
		expect(formatFactValue(null, '%')).toBe('Not reported in this inspection');
		expect(formatFactValue(7.4, 'cases')).toBe('7.4 cases');
		expect(measureLabel('court_offence_violence_against_the_person_pct')).toBe('Court disposals: violence against the person');
		expect(measureLabel('caseload_youth_caution_youth_conditional_caution_triage')).toBe('Youth caution, youth conditional caution, triage');
		expect(measureLabel('something_new_pct')).toBe('Something new');
	});

	it('puts a measure it does not know under "Other figures" rather than dropping it', () => {
		const groups = groupFacts(
			[{ inspection_id: 'x', measure: 'mystery_measure', area: 'service', value: 3, unit: 'count', period: null, from_prose: false, approximate: false, source_text: '3 mysteries', source: 'data/reports/x.txt:1' }],
			'X'
		);
		expect(groups.at(-1)).toMatchObject({ id: 'other', facts: [{ measure: 'mystery_measure', label: 'Mystery measure' }] });
	});
});

describe('demographics', () => {
	it('gives caseload beside comparator as printed', async () => {
		const tables = shapeDemographics(await q<ProfileDemographicRow>(PROFILE_DEMOGRAPHICS_SQL, 'west-sussex-2022'));
		expect(tables.map((t) => t.dimension)).toEqual(['age', 'ethnicity', 'gender']);
		const age = tables[0];
		expect(age.categories.map((c) => [c.category, c.caseload, c.comparator])).toEqual([
			['10-14', 22, 18],
			['15-17', 78, 82]
		]);
		expect(age.comparatorLabel).toBe('National average');
		// West Sussex prints no "unknown" share for the youth population: not reported, not 0.
		const unknown = tables[1].categories.find((c) => c.category === 'unknown')!;
		expect(unknown).toMatchObject({ caseload: 6, comparator: null, comparatorSource: null });
	});

	it('is empty for Suffolk, which prints no demographic table', async () => {
		expect(shapeDemographics(await q<ProfileDemographicRow>(PROFILE_DEMOGRAPHICS_SQL, 'suffolk-2022'))).toEqual([]);
	});
});

describe('findings and checks', () => {
	it("numbers Suffolk's nine recommendations with who each is for", async () => {
		const recs = shapeRecommendations(await q<ProfileFindingRow>(PROFILE_FINDINGS_SQL, 'suffolk-2022'));
		expect(recs.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(recs[3].addressed_to).toBe('director for children and young people');
		expect(recs[0].text).toMatch(/^improve the analysis and quality of assessments/);
	});

	it('groups strengths and improvements by standard in framework order', async () => {
		const rows = await q<ProfileFindingRow>(PROFILE_FINDINGS_SQL, 'west-sussex-2022');
		const groups = shapeFindings(rows, shapeRatings(await q<ProfileRatingRow>(PROFILE_RATINGS_SQL, 'west-sussex-2022')));
		const codes = groups.map((g) => g.code);
		expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
		// Domain one's own prose ("Involvement of children", "Diversity") comes before its standards.
		expect(groups[0]).toMatchObject({ code: '1', title: 'Domain 1: Organisational delivery' });
		expect(groups[1]).toMatchObject({ code: '1.1', title: '1.1 Governance and leadership' });
		const kept = groups.reduce((n, g) => n + g.strengths.length + g.improvements.length + g.narrative.length, 0);
		expect(kept).toBe(rows.filter((r) => r.kind !== 'recommendation').length);
	});

	it('lists checks that differ first', async () => {
		const checks = shapeChecks(await q<ProfileCheckRow>(PROFILE_CHECKS_SQL, 'thurrock-2022'));
		expect(checks.discretion).toBe(2);
		expect(checks.flag).toBe(0);
		expect(checks.rows.slice(0, 2).map((c) => c.subject)).toEqual(['2.2', '3.2']);
	});
});

describe('services list', () => {
	it('sorts by name, score or date, one row per service', async () => {
		const rows = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
		expect(shapeServiceList(rows, 'name').map((r) => r.service_id)).toEqual(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex']);
		const byScore = shapeServiceList(rows, 'score');
		expect(byScore.map((r) => r.score)).toEqual([26, 26, 26, 25, 9]);
		expect(byScore.at(-1)!.service_id).toBe('suffolk');
		expect(shapeServiceList(rows, 'date').map((r) => r.service_id)[0]).toBe('east-sussex');
		expect(inspectionDateLabel({ published: '2023-01', fieldwork: '2022-06-27' })).toBe('published Jan 2023');
		expect(inspectionDateLabel({ published: null, fieldwork: '2022-03-14' })).toBe('fieldwork 14 Mar 2022');
	});
});
