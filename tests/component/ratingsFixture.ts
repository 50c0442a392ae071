/**
 * Rating rows as the ratings-grid query returns them, typed in by hand from
 * the reports' ratings pages (not from the parser):
 * - hartlepool.txt: "Hartlepool Youth Offending Service Score 26/36" line 53, "Overall rating Good" line 55,
 *   standards on lines 60-97 (one line each; 3.4 is "Joint working"); the 2020
 *   inspection has no 4.1 resettlement rating.
 * - suffolk.txt: "Suffolk Youth Justice Service" line 94, "Score 9/36" line 97, overall "Requires improvement" line 101,
 *   each rating on the line after its standard (lines 109-187), 4.1 "Good" line 187.
 */
import type { RatingCellRow } from '../../src/lib/db/queries/overview';
import type { ReportInspectionRow } from '../../src/lib/db/queries/scoreDistribution';

type Printed = [code: string, name: string, rating: string, line: number];

const HARTLEPOOL: Printed[] = [
	['1.1', 'Governance and leadership', 'Requires improvement', 60],
	['1.2', 'Staff', 'Good', 63],
	['1.3', 'Partnerships and services', 'Good', 66],
	['1.4', 'Information and facilities', 'Good', 69],
	['2.1', 'Assessment', 'Outstanding', 74],
	['2.2', 'Planning', 'Good', 77],
	['2.3', 'Implementation and delivery', 'Requires improvement', 80],
	['2.4', 'Reviewing', 'Good', 83],
	['3.1', 'Assessment', 'Outstanding', 88],
	['3.2', 'Planning', 'Outstanding', 91],
	['3.3', 'Implementation and delivery', 'Good', 94],
	['3.4', 'Joint working', 'Outstanding', 97]
];

const SUFFOLK: Printed[] = [
	['1.1', 'Governance and leadership', 'Requires improvement', 109],
	['1.2', 'Staff', 'Requires improvement', 115],
	['1.3', 'Partnerships and services', 'Good', 121],
	['1.4', 'Information and facilities', 'Requires improvement', 127],
	['2.1', 'Assessment', 'Requires improvement', 135],
	['2.2', 'Planning', 'Inadequate', 141],
	['2.3', 'Implementation and delivery', 'Inadequate', 147],
	['2.4', 'Reviewing', 'Inadequate', 153],
	['3.1', 'Assessment', 'Inadequate', 161],
	['3.2', 'Planning', 'Requires improvement', 167],
	['3.3', 'Implementation and delivery', 'Requires improvement', 173],
	['3.4', 'Out-of-court disposal policy and provision', 'Requires improvement', 179],
	['4.1', 'Resettlement policy and provision', 'Good', 187]
];

const POINTS: Record<string, number> = { Outstanding: 3, Good: 2, 'Requires improvement': 1, Inadequate: 0 };

function rows(
	service: { id: string; name: string; authority: string; score: number; overall: string },
	printed: Printed[]
): RatingCellRow[] {
	return printed.map(([code, name, rating, line]) => ({
		inspection_id: `${service.id}-insp`,
		service_id: service.id,
		service_name: service.name,
		local_authority: service.authority,
		score: service.score,
		score_max: 36,
		overall_rating: service.overall,
		standard_code: code,
		standard_name: name,
		rating,
		points: POINTS[rating],
		in_score: code !== '4.1',
		source: `data/reports/${service.id}.txt:${line}`
	}));
}

export const HARTLEPOOL_ROWS = rows(
	{ id: 'hartlepool', name: 'Hartlepool Youth Offending Service', authority: 'Hartlepool', score: 26, overall: 'Good' },
	HARTLEPOOL
);
export const SUFFOLK_ROWS = rows(
	{ id: 'suffolk', name: 'Suffolk Youth Justice Service', authority: 'Suffolk', score: 9, overall: 'Requires improvement' },
	SUFFOLK
);

/** Suffolk's inspection as the score-distribution query returns it (suffolk.txt: score line 97, overall rating line 101). */
export const SUFFOLK_INSPECTION: ReportInspectionRow = {
	inspection_id: 'suffolk-2022',
	service_id: 'suffolk',
	service_name: 'Suffolk Youth Justice Service',
	local_authority: 'Suffolk',
	published: '2023-01',
	fieldwork: '2022-06-27',
	framework: 'revised',
	score: 9,
	score_max: 36,
	overall_rating: 'Requires improvement',
	overall_rating_source: 'data/reports/suffolk.txt:101',
	source: 'data/reports/suffolk.txt:97'
};
