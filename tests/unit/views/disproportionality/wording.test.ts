/**
 * The disproportionality view's English on its own, from hand-made services:
 * the finding of each chart, what a missing table or rate says, and the
 * notes that carry each report's own comparator.
 */
import { describe, expect, it } from 'vitest';
import type { CareMeasureRow, CareService, CategoryShares, DemographicsModel, RateRow, ServiceDemographics } from '../../../../src/lib/views/disproportionality/model';
import {
	NOT_REPORTED,
	careSummary,
	careTitle,
	formatPct,
	formatRate,
	mainSummary,
	mainTitle,
	rateCardTitle,
	rateEmptyReason,
	rateNote,
	rateTitle
} from '../../../../src/lib/views/disproportionality/wording';

const share = (pct: number) => ({ pct, source: 'data/reports/x.txt:1' });
const category = (c: string, label: string, caseload: number | null, comparator: number | null): CategoryShares => ({
	category: c,
	label,
	printedLabel: null,
	caseload: caseload === null ? null : share(caseload),
	comparator: comparator === null ? null : share(comparator),
	relativeRate: null,
	rateNote: null
});

function service(shortName: string, o: Partial<ServiceDemographics> = {}): ServiceDemographics {
	return {
		serviceId: shortName.toLowerCase(),
		serviceName: `${shortName} YJS`,
		shortName,
		inspectionId: `${shortName.toLowerCase()}-2022`,
		year: '2022',
		reported: true,
		caseloadLabel: `${shortName} YJS`,
		comparatorLabel: 'National average',
		comparatorKind: 'national_average',
		table: { heading: { text: 'Caseload information', source: 'data/reports/x.txt:1' }, footnotes: [] },
		categories: [],
		prose: [],
		...o
	};
}

const local = (shortName: string, categories: CategoryShares[]) =>
	service(shortName, { comparatorKind: 'local_population', comparatorLabel: `Youth population in ${shortName}`, categories });

describe('demographic chart wording', () => {
	it('leads with the largest over-representation against a local youth population, over a national average', () => {
		const a = local('A', [category('white', 'White', 60, 80), category('black_asian_minority_ethnic', 'Black, Asian and minority ethnic', 30, 20)]);
		const b = service('B', { categories: [category('male', 'Male', 90, 40)] });
		expect(mainTitle([a, b], 'ethnicity')).toBe(
			'A shows the largest over-representation: Black, Asian and minority ethnic children are 30% of its caseload against 20% of its local youth population'
		);
		expect(mainTitle([b], 'gender')).toBe('B is furthest above its comparator: boys are 90% of its caseload against 40% (National average)');
	});

	it('says when nothing is chosen, nothing is printed, or no group is above its comparator', () => {
		expect(mainTitle([], 'age')).toBe('No service chosen');
		expect(mainTitle([service('A', { reported: false })], 'age')).toBe("None of the chosen services' reports prints a table of children by age");
		expect(mainTitle([service('A', { categories: [category('male', 'Male', 40, 50)] })], 'gender')).toBe(
			"No group's share of the chosen caseloads is above its comparator for gender"
		);
	});

	it('sorts the services by comparator in the summary and names those without a table', () => {
		const silent = service('S', { reported: false, prose: [{ measure: 'caseload_girls_pct', label: 'Girls', value: 20, unit: '%', sentence: '…', source: 's', approximate: false }] });
		expect(mainSummary([local('A', []), service('B'), silent], 'gender')).toBe(
			`2 of the 3 chosen reports print a table of children by gender. Compared with the local youth population: A. Compared with a national average of children in the youth justice system: B. ${NOT_REPORTED}: S. A figure stated only in the report's text is quoted for S.`
		);
	});
});

describe('relative rate wording', () => {
	const row = (shortName: string, category: string, label: string, rate: number | null, rateNote: string | null = null): RateRow => ({
		serviceId: shortName.toLowerCase(),
		shortName,
		category,
		label,
		caseloadPct: 30,
		populationPct: 20,
		populationLabel: 'Youth population',
		rate,
		rateNote,
		caseloadSource: 's',
		populationSource: 's'
	});

	it('names the over-represented group and every service where it is, highest first', () => {
		const rows = [row('A', 'black_asian_minority_ethnic', 'Black', 1.5), row('B', 'black_asian_minority_ethnic', 'Black', 2.25), row('A', 'white', 'White', 0.8)];
		const { title, summary } = rateTitle(rows, 'ethnicity');
		expect(title).toBe(`Black children are over-represented against the local youth population in B (${formatRate(2.25)}) and A (${formatRate(1.5)})`);
		expect(summary).toBe('Black: A 1.50×, B 2.25×. White: A 0.80×.');
	});

	it('says why a rate is missing, and why there is no rate chart', () => {
		const { title, summary } = rateTitle([row('A', 'unknown', 'Unknown', null, 'No rate: the population share is printed as 0%')], 'ethnicity');
		expect(title).toBe('No relative rate can be computed for ethnicity');
		expect(summary).toBe('None of the chosen reports prints a local youth population share for this dimension.');
		expect(rateEmptyReason([service('A', { reported: false })], 'age')).toBe("None of the chosen services' reports prints a table of children by age.");
		expect(rateEmptyReason([service('A')], 'age')).toMatch(/^The chosen reports compare age only with a national average/);
		const model = { dimension: 'gender', rate: { rows: [], title: 'x' } } as unknown as DemographicsModel;
		expect(rateCardTitle(model)).toBe('No local relative rate for gender');
	});

	it("quotes each local population as printed and the caseload's unknown share in the note", () => {
		const model = { services: [local('A', [category('unknown', 'Unknown', 12, null)]), service('B')] } as unknown as DemographicsModel;
		const note = rateNote(model);
		expect(note).toContain('Populations as printed: A: "Youth population in A".');
		expect(note).toContain(`children whose ethnicity is unknown (A ${formatPct(12)})`);
	});
});

describe('care status wording', () => {
	const services: CareService[] = [
		{ serviceId: 'a', shortName: 'A', year: '2022', reportsAny: true },
		{ serviceId: 'b', shortName: 'B', year: '2022', reportsAny: false }
	];
	const cell = (serviceId: string, shortName: string, value: number | null) => ({ serviceId, shortName, value, sourceText: null, note: null, fromProse: false, approximate: false, source: null });
	const measures: CareMeasureRow[] = [
		{ measure: 'looked_after_resident_pct', label: 'Looked-after children resident in the area', cells: [cell('a', 'A', 18.4), cell('b', 'B', null)], reportedCount: 1 }
	];

	it('leads with the largest share of the first measure and names the services that print none', () => {
		expect(careTitle(services, measures)).toBe('A has the largest share of looked-after children resident in the area (18.4%); B prints no such figures');
		expect(careSummary(services, measures)).toBe(`Shares of the current caseload printed by A (1 measure). ${NOT_REPORTED}: B. The reports give no comparator for them.`);
		expect(careTitle([], [])).toBe('No service chosen');
		expect(careTitle(services, [])).toBe("None of the chosen services' reports prints the care status of its caseload");
	});
});
