/**
 * HMIP's youth justice inspection framework from spring 2025, as far as it is
 * known here (../shared/data/framework-2025.md): rated areas, rating words,
 * and, on purpose, no score (ratings use the same four words as the
 * 2018–2024 standards, `RATINGS` in framework.ts, but add up to nothing). Nothing beyond those facts is modelled: the rule
 * for the overall rating was not found, so none is computed.
 */

const FRAMEWORK_PAGE = 'https://hmiprobation.justiceinspectorates.gov.uk/news/new-youth-inspection-programme-framework';
const DERBY_FOREWORD = 'https://hmiprobation.justiceinspectorates.gov.uk/document/an-inspection-of-youth-justice-work-with-children-and-victims-in-derby-city-2025';
const SOUTH_TEES = 'https://hmiprobation.justiceinspectorates.gov.uk/document/an-inspection-of-youth-justice-services-in-south-tees-2025';

/** Which kind of inspection a 2025-framework report is. */
export type Product2025 = 'children_and_victims' | 'full';

export type Area2025Code = 'children:assessing' | 'children:planning' | 'children:delivering' | 'victims' | 'organisational';
export interface Area2025 {
	code: Area2025Code;
	broadArea: 'Work with children' | 'Work with victims' | 'Organisational delivery';
	name: string;
	/** Only full inspections rate organisational delivery. */
	products: readonly Product2025[];
	source: string;
}

/**
 * The rated areas. The codes are this project's: HMIP's own codes were not
 * found (hmip_other_inspections.csv assigns them from each page's wording).
 */
export const AREAS_2025: readonly Area2025[] = [
	{ code: 'children:assessing', broadArea: 'Work with children', name: 'Assessing', products: ['children_and_victims', 'full'], source: DERBY_FOREWORD },
	{ code: 'children:planning', broadArea: 'Work with children', name: 'Planning', products: ['children_and_victims', 'full'], source: DERBY_FOREWORD },
	{ code: 'children:delivering', broadArea: 'Work with children', name: 'Delivering', products: ['children_and_victims', 'full'], source: DERBY_FOREWORD },
	{ code: 'victims', broadArea: 'Work with victims', name: 'Work with victims', products: ['children_and_victims', 'full'], source: FRAMEWORK_PAGE },
	{ code: 'organisational', broadArea: 'Organisational delivery', name: 'Organisational delivery', products: ['full'], source: SOUTH_TEES }
];

export function area2025ByCode(code: string): Area2025 | undefined {
	return AREAS_2025.find((a) => a.code === code);
}
