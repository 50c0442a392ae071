/**
 * Rows for the standards explorer's component tests, as the queries return
 * them. Figures are the reports' own: suffolk.txt:141 and 439-441,
 * thurrock.txt:141, 778-780, 788 and 875-876, hartlepool.txt:77, 975-985 and
 * 755/781, suffolk.txt:187 and 627; findings abridged to one or two per report.
 */
import type { StandardsRows } from '../../src/lib/views/standards/model';
import { wilsonPct } from '../../src/lib/stats/intervals';

/** Court cases inspected as the reports state them: suffolk.txt:400 (23), thurrock.txt:1202 (8). */
const COURT_CASES: Record<string, number> = { 'suffolk-2022': 23, 'thurrock-2022': 8 };

const kq = (inspection_id: string, standard_code: string, aspect: string, pct_yes: number | null, source: string, counts?: [number, number]) => {
	const n = counts ? counts[1] : (COURT_CASES[inspection_id] ?? null);
	const ci = pct_yes !== null && n ? wilsonPct(pct_yes, n) : null;
	return {
		inspection_id,
		standard_code,
		aspect,
		question: `Question on ${aspect}?`,
		pct_yes,
		n_yes: counts ? counts[0] : null,
		n_cases: n,
		derived: counts ? true : false,
		source,
		n_cases_basis: ci ? (counts ? 'printed_for_question' : 'domain_cases_inspected') : null,
		ci_low: ci ? ci.low : null,
		ci_high: ci ? ci.high : null
	};
};

export const STANDARDS_FIXTURE: StandardsRows = {
	inspections: [
		{ inspection_id: 'hartlepool-2020', service_id: 'hartlepool', service_name: 'Hartlepool Youth Offending Service', local_authority: 'Hartlepool', framework: 'original', fieldwork: '2020-10-26', published: null },
		{ inspection_id: 'suffolk-2022', service_id: 'suffolk', service_name: 'Suffolk Youth Justice Service', local_authority: 'Suffolk', framework: 'revised', fieldwork: '2022-06-27', published: '2023-01' },
		{ inspection_id: 'thurrock-2022', service_id: 'thurrock', service_name: 'Thurrock Youth Justice Service', local_authority: 'Thurrock', framework: 'revised', fieldwork: '2022-05', published: '2022-08' }
	],
	ratings: [
		{ inspection_id: 'hartlepool-2020', standard_code: '2.2', domain: '2', standard_name: 'Planning', rating: 'Good', points: 2, source: 'data/reports/hartlepool.txt:77' },
		{ inspection_id: 'suffolk-2022', standard_code: '2.2', domain: '2', standard_name: 'Planning', rating: 'Inadequate', points: 0, source: 'data/reports/suffolk.txt:141' },
		{ inspection_id: 'thurrock-2022', standard_code: '2.2', domain: '2', standard_name: 'Planning', rating: 'Good', points: 2, source: 'data/reports/thurrock.txt:141' },
		{ inspection_id: 'thurrock-2022', standard_code: '2.4', domain: '2', standard_name: 'Reviewing', rating: 'Outstanding', points: 3, source: 'data/reports/thurrock.txt:153' },
		{ inspection_id: 'suffolk-2022', standard_code: '4.1', domain: '4', standard_name: 'Resettlement policy and provision', rating: 'Good', points: 2, source: 'data/reports/suffolk.txt:187' }
	],
	keyQuestions: [
		kq('hartlepool-2020', '2.2', 'desistance', 100, 'data/reports/hartlepool.txt:975', [6, 6]),
		kq('hartlepool-2020', '2.2', 'safety_of_child', 66.7, 'data/reports/hartlepool.txt:980', [4, 6]),
		kq('hartlepool-2020', '2.2', 'safety_of_others', 66.7, 'data/reports/hartlepool.txt:985', [4, 6]),
		kq('suffolk-2022', '2.2', 'desistance', 57, 'data/reports/suffolk.txt:439'),
		kq('suffolk-2022', '2.2', 'safety_of_child', 39, 'data/reports/suffolk.txt:440'),
		kq('suffolk-2022', '2.2', 'safety_of_others', 35, 'data/reports/suffolk.txt:441'),
		kq('thurrock-2022', '2.2', 'desistance', 100, 'data/reports/thurrock.txt:778'),
		kq('thurrock-2022', '2.2', 'safety_of_child', 63, 'data/reports/thurrock.txt:779'),
		kq('thurrock-2022', '2.2', 'safety_of_others', 75, 'data/reports/thurrock.txt:780'),
		kq('thurrock-2022', '2.4', 'desistance', 100, 'data/reports/thurrock.txt:875'),
		kq('thurrock-2022', '2.4', 'safety_of_child', 88, 'data/reports/thurrock.txt:876')
	],
	findings: [
		{ inspection_id: 'hartlepool-2020', standard_code: '2', kind: 'strength', text: 'Case managers have good engagement skills and know their children and families well.', source: 'data/reports/hartlepool.txt:755' },
		{ inspection_id: 'hartlepool-2020', standard_code: '2', kind: 'improvement', text: 'Contingency planning to keep children safe was not always detailed or specific enough to be effective.', source: 'data/reports/hartlepool.txt:781' },
		{ inspection_id: 'hartlepool-2020', standard_code: '2.2', kind: 'narrative', text: 'Planning to support desistance was done well in every case inspected but was less strong for safety and wellbeing, and risk of harm to others.', source: 'data/reports/hartlepool.txt:987', line_end: 991 },
		{ inspection_id: 'suffolk-2022', standard_code: '2.2', kind: 'narrative', text: 'The lack of detail and quality of analysis in some assessments make it more difficult for case managers to plan effectively.', source: 'data/reports/suffolk.txt:443', line_end: 443 },
		{ inspection_id: 'suffolk-2022', standard_code: '4.1', kind: 'strength', text: "Planning to meet children's needs is underpinned by frequent contact with the custodial estate and with children, and existing practice is being consolidated with the development of a new resettlement policy.", source: 'data/reports/suffolk.txt:627' }
	],
	checks: [
		{
			inspection_id: 'thurrock-2022',
			subject: '2.2',
			status: 'discretion',
			expected: 'Requires improvement',
			actual: 'Good',
			detail: `Rated above the band of its lowest key question (63% safety_of_child); the report says: "¹⁹ Professional discretion applied to increase the rating from 'Requires improvement' to 'Good'."`,
			source: 'data/reports/thurrock.txt:788'
		},
		{ inspection_id: 'suffolk-2022', subject: '2.2', status: 'pass', expected: 'Inadequate', actual: 'Inadequate', detail: 'Rating matches.', source: 'data/reports/suffolk.txt:141' }
	]
};
