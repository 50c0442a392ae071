/**
 * Service profile sections on hand-made rows copied from the reports:
 * - Thurrock reviewing (2.4), thurrock.txt:875-876: desistance 100%, child's
 *   safety 88%, other people's safety not printed; its rating "Outstanding".
 * - Hartlepool 2020 was rated before 4.1 existed (hartlepool.txt:53-100 has
 *   no resettlement rating).
 * - West Sussex population, west-sussex.txt:983 "867,635 Total population
 *   West Sussex" (mid-2020); caseload out-of-court share from prose,
 *   west-sussex.txt:161.
 * - Suffolk recommendation 4, suffolk.txt:203-205, to "The director for
 *   children and young people".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import KeyQuestionsChart from '../../src/lib/charts/serviceProfile/KeyQuestionsChart.svelte';
import { shapeKeyQuestions } from '../../src/lib/charts/serviceProfile/keyQuestions';
import { groupFacts } from '../../src/lib/charts/serviceProfile/facts';
import {
	demographicsSource,
	shapeChecks,
	shapeDemographics,
	shapeRatings,
	shapeRecommendations,
	shapeFindings
} from '../../src/lib/charts/serviceProfile/sections';
import RatingsSection from '../../src/lib/components/profile/RatingsSection.svelte';
import FactsSection from '../../src/lib/components/profile/FactsSection.svelte';
import DemographicsSection from '../../src/lib/components/profile/DemographicsSection.svelte';
import FindingsSection from '../../src/lib/components/profile/FindingsSection.svelte';
import ChecksSection from '../../src/lib/components/profile/ChecksSection.svelte';
import { wilsonPct } from '../../src/lib/stats/intervals';
import type { ProfileFactRow, ProfileFindingRow, ProfileKeyQuestionRow, ProfileRatingRow } from '../../src/lib/db/queries/services';

afterEach(cleanup);

const kq = (standard_code: string, aspect: string, pct_yes: number, line: number): ProfileKeyQuestionRow => ({
	inspection_id: 'thurrock-2022',
	standard_code,
	aspect,
	question: `Q ${standard_code} ${aspect}`,
	pct_yes,
	n_yes: null,
	// thurrock.txt:1202 "We examined eight court disposals." (domain 2); the interval as the build computes it.
	n_cases: 8,
	derived: false,
	source: `data/reports/thurrock.txt:${line}`,
	n_cases_basis: 'domain_cases_inspected',
	ci_low: wilsonPct(pct_yes, 8).low,
	ci_high: wilsonPct(pct_yes, 8).high
});
const rating = (standard_code: string, r: string, points: number, line: number, name = 'Reviewing'): ProfileRatingRow => ({
	inspection_id: 'x',
	standard_code,
	domain: standard_code[0],
	standard_name: name,
	rating: r,
	points,
	in_score: standard_code !== '4.1',
	source: `data/reports/x.txt:${line}`
});

describe('KeyQuestionsChart', () => {
	const model = shapeKeyQuestions(
		[kq('2.4', 'desistance', 100, 875), kq('2.4', 'safety_of_child', 88, 876)],
		[rating('2.4', 'Outstanding', 3, 73)]
	);

	it('draws a dot with its % and band letter for each printed key question', () => {
		const { container } = render(KeyQuestionsChart, { model, titleId: 't', summaryId: 's' });
		const desistance = container.querySelector('.row[data-key="2.4:desistance"]')!;
		expect(desistance.getAttribute('data-pct')).toBe('100');
		expect(desistance.querySelector('circle')).not.toBeNull();
		expect(desistance.querySelector('.value')?.textContent?.trim()).toBe('100% O');
		expect(container.querySelector('.row[data-key="2.4:safety_of_child"] .value')?.textContent?.trim()).toBe('88% O');
		expect(container.textContent).toContain('2.4 Reviewing (rated Outstanding)');
	});

	it('writes "Not reported in this inspection" for a key question the report does not print, with no dot', () => {
		const { container } = render(KeyQuestionsChart, { model, titleId: 't', summaryId: 's' });
		const others = container.querySelector('.row[data-key="2.4:safety_of_others"]')!;
		expect(others.getAttribute('data-pct')).toBe('missing');
		expect(others.querySelector('circle')).toBeNull();
		expect(others.querySelector('[data-missing]')?.textContent).toBe('Not reported in this inspection');
		// A standard with no key questions at all is listed with every aspect not reported.
		const planning = container.querySelectorAll('.row[data-standard="2.2"] [data-missing]');
		expect(planning).toHaveLength(3);
		expect(container.textContent).toContain('2.2 Planning (not rated in this inspection)');
	});

	it('shows the question, % and source on focus', async () => {
		const { container } = render(KeyQuestionsChart, { model, titleId: 't', summaryId: 's' });
		const dot = container.querySelector<SVGCircleElement>('.row[data-key="2.4:safety_of_child"] circle')!;
		dot.focus();
		await fireEvent.focus(dot);
		const tip = await screen.findByTestId('chart-tooltip');
		expect(tip.textContent).toContain('88% of up to 8 cases (a small sample); could plausibly be 53% to 98%');
		expect(dot.getAttribute('aria-label')).toContain('88% of up to 8 cases (a small sample); could plausibly be 53% to 98% answered Yes');
		const bar = container.querySelector('.row[data-key="2.4:safety_of_child"] rect.interval')!;
		expect([bar.getAttribute('data-ci-low'), bar.getAttribute('data-ci-high')]).toEqual(['53.4', '97.9']);
		expect(bar.classList.contains('small')).toBe(true);
		// The sample is said once per standard, beside its heading.
		expect(container.textContent).toContain('2.4 Reviewing (rated Outstanding) ‡ · up to 8 cases, small sample');
		expect(tip.textContent).toContain('Source: thurrock.txt:876');
	});
});

describe('RatingsSection', () => {
	it('lists 4.1 as not rated for an inspection before resettlement was rated', () => {
		const ratings = shapeRatings([rating('1.1', 'Requires improvement', 1, 60, 'Governance and leadership'), rating('3.4', 'Outstanding', 3, 90, 'Joint working')]);
		const { container } = render(RatingsSection, { ratings, serviceName: 'Hartlepool' });
		expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ratings: 2 of 13 standards rated');
		const resettlement = container.querySelector('tr[data-standard="4.1"]')!;
		expect(resettlement.getAttribute('data-rating')).toBe('not rated');
		expect(resettlement.textContent).toContain('Not rated in this inspection');
		const joint = container.querySelector('tr[data-standard="3.4"]')!;
		expect(joint.textContent).toContain('3.4 Joint working');
		expect(joint.querySelector('a')?.getAttribute('href')).toBe('/sources/x#L90');
	});
});

const fact = (over: Partial<ProfileFactRow>): ProfileFactRow => ({
	inspection_id: 'west-sussex-2022',
	measure: 'population',
	area: 'service',
	value: 867635,
	unit: 'count',
	period: 'mid-2020',
	from_prose: false,
	approximate: false,
	source_text: '867,635 Total population West Sussex',
	note: null,
	source: 'data/reports/west-sussex.txt:983',
	...over
});

describe('FactsSection', () => {
	const groups = groupFacts(
		[
			fact({}),
			fact({
				measure: 'caseload_oocd_pct',
				value: 63,
				unit: '%',
				period: null,
				from_prose: true,
				source_text: 'Pan-Sussex protocols set out the arrangements for deciding on out-of-court disposals, which currently form 63 per cent of the YJS caseload',
				source: 'data/reports/west-sussex.txt:161'
			})
		],
		'West Sussex'
	);

	it('shows each figure with unit, period and a link to its line', () => {
		render(FactsSection, { groups });
		const row = within(screen.getByTestId('facts-population')).getByText('Total population').closest('tr')!;
		expect(row.textContent).toContain('867,635');
		expect(row.textContent).toContain('mid-2020');
		expect(row.querySelector('a')?.getAttribute('href')).toBe('/sources/west-sussex#L983');
	});

	it('marks a figure read from prose and shows its sentence', () => {
		render(FactsSection, { groups });
		const row = screen.getByTestId('facts-caseload').querySelector('tr[data-measure="caseload_oocd_pct"]')!;
		expect(row.getAttribute('data-from-prose')).toBe('true');
		expect(row.textContent).toContain('from prose');
		expect(row.querySelector('blockquote')?.textContent).toContain('currently form 63 per cent');
		expect(row.textContent).toContain('63%');
		expect(row.textContent).toContain('not stated');
	});

	it('says "Not reported in this inspection" for a group with no figure', () => {
		render(FactsSection, { groups });
		expect(screen.getByTestId('facts-missing-budget').textContent).toBe('Not reported in this inspection.');
		expect(screen.getByTestId('facts-missing-staffing').textContent).toBe('Not reported in this inspection.');
		expect(screen.queryByTestId('facts-missing-population')).toBeNull();
	});
});

describe('DemographicsSection', () => {
	it('says not reported when the report prints no demographic table (Suffolk)', () => {
		render(DemographicsSection, { tables: shapeDemographics([]), source: demographicsSource('suffolk-2022') });
		expect(screen.getByTestId('demographics-missing').textContent).toMatch(/^Not reported in this inspection/);
		expect(screen.queryByRole('link', { name: 'contextual facts' })).toBeNull();
		expect(screen.queryByRole('table')).toBeNull();
	});

	it('points to the shares a report states in its text (Suffolk)', () => {
		render(DemographicsSection, { tables: shapeDemographics([]), source: demographicsSource('suffolk-2022'), proseFigures: true });
		expect(screen.getByRole('link', { name: 'contextual facts' }).getAttribute('href')).toBe('#facts');
	});

	it("names what the shares count from the report's heading: children cautioned or sentenced (Hartlepool), the caseload (West Sussex)", () => {
		const row = { inspection_id: 'h', dimension: 'gender', category: 'male', population: 'caseload' as const, population_label: 'Hartlepool YJS', pct: 86, source: 'data/reports/hartlepool.txt:205' };
		const { unmount } = render(DemographicsSection, { tables: shapeDemographics([row]), source: demographicsSource('hartlepool-2020') });
		expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Demographics of the children cautioned or sentenced');
		expect(screen.getByRole('columnheader', { name: 'Children cautioned or sentenced (Hartlepool YJS)' })).toBeTruthy();
		expect(screen.getByTestId('demographics-heading').textContent).toContain('"Demographics of children cautioned or sentenced"');
		expect(screen.getByText(/Youth justice annual statistics: 2018 to 2019/)).toBeTruthy();
		expect(screen.queryByText(/^Caseload/)).toBeNull();
		unmount();
		render(DemographicsSection, { tables: shapeDemographics([{ ...row, population_label: 'West Sussex YJS' }]), source: demographicsSource('west-sussex-2022') });
		expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Demographics of the caseload');
		expect(screen.getByRole('columnheader', { name: 'Caseload (West Sussex YJS)' })).toBeTruthy();
	});

	it('shows caseload beside comparator, with a missing comparator share in words', () => {
		const tables = shapeDemographics([
			{ inspection_id: 'w', dimension: 'ethnicity', category: 'unknown', population: 'caseload', population_label: 'West Sussex YJS', pct: 6, source: 'data/reports/west-sussex.txt:997' },
			{ inspection_id: 'w', dimension: 'ethnicity', category: 'white', population: 'comparator', population_label: 'Youth population', pct: 91.4, source: 'data/reports/west-sussex.txt:999' }
		]);
		render(DemographicsSection, { tables, source: demographicsSource('west-sussex-2022') });
		const unknown = screen.getByTestId('demographics-ethnicity').querySelector('tr[data-category="unknown"]')!;
		expect(unknown.textContent).toContain('6%');
		expect(unknown.textContent).toContain('Not reported');
		expect(unknown.textContent).not.toContain('0%');
	});
});

describe('FindingsSection and ChecksSection', () => {
	const finding = (over: Partial<ProfileFindingRow>): ProfileFindingRow => ({
		inspection_id: 'suffolk-2022',
		standard_code: null,
		kind: 'recommendation',
		number: 4,
		addressed_to: 'director for children and young people',
		text: 'ensure concerns about children referred from the YJS to the MASH are progressed',
		source: 'data/reports/suffolk.txt:205',
		...over
	});

	it('numbers recommendations as printed and names who each is for', () => {
		const recommendations = shapeRecommendations([finding({}), finding({ number: 1, addressed_to: 'Suffolk youth justice service', text: 'improve the analysis', source: 'data/reports/suffolk.txt:199' })]);
		render(FindingsSection, { recommendations, groups: shapeFindings([]) });
		const items = [...screen.getByTestId('recommendations').querySelectorAll('li')];
		expect(items.map((li) => li.getAttribute('value'))).toEqual(['1', '4']);
		expect(items[1].textContent).toContain('director for children and young people should');
		expect(items[1].querySelector('a')?.getAttribute('href')).toBe('/sources/suffolk#L205');
		expect(screen.getByText('This report has no strengths, areas for improvement or prose under any standard or domain.')).toBeTruthy();
	});

	it("shows a standard written in prose with each paragraph's lines, never as empty", () => {
		const rows = [
			finding({ kind: 'narrative', standard_code: '2.2', number: null, addressed_to: null, text: 'The lack of detail and quality of analysis in some assessments make it more difficult for case managers to plan effectively.', source: 'data/reports/suffolk.txt:443', line_end: 443 }),
			finding({ kind: 'narrative', standard_code: '2.1', number: null, addressed_to: null, text: 'Assessments were informed by inputs from a variety of sources.', source: 'data/reports/hartlepool.txt:938', line_end: 941 })
		];
		render(FindingsSection, { recommendations: [], groups: shapeFindings(rows) });
		const planning = screen.getByTestId('findings-2.2');
		expect(planning.querySelector('summary')?.textContent).toContain('0 strengths, 0 areas for improvement, 1 paragraph of prose');
		expect(planning.textContent).toContain('No bulleted strengths or areas for improvement under this heading: inspectors wrote in prose.');
		expect(planning.querySelector('[data-kind="narrative"] p')?.textContent).toContain('The lack of detail');
		expect(planning.querySelector('[data-kind="narrative"] a')?.getAttribute('href')).toBe('/sources/suffolk#L443');
		expect(screen.getByTestId('findings-2.1').querySelector('[data-kind="narrative"] a')?.textContent).toBe('hartlepool.txt:938\u2013941');
	});

	it('shows each check with its result and source', () => {
		const checks = shapeChecks([
			{ inspection_id: 't', check_id: 'score_recomputed', subject: 'score', status: 'pass', expected: '26/36', actual: '26/36', detail: 'Sum', source: 'data/reports/thurrock.txt:97' },
			{ inspection_id: 't', check_id: 'standard_vs_key_questions', subject: '3.2', status: 'discretion', expected: 'Inadequate', actual: 'Requires improvement', detail: 'Rated above', source: 'data/reports/thurrock.txt:83' }
		]);
		render(ChecksSection, { checks });
		expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Validation checks: 1 pass, 1 discretion');
		const rows = [...screen.getByTestId('checks-table').querySelectorAll('tbody tr')];
		expect(rows[0].getAttribute('data-status')).toBe('discretion');
		expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('/sources/thurrock#L97');
	});
});
