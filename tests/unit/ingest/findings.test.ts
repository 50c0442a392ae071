import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFindings, statedRecommendationCount } from '../../../src/lib/ingest/findings';
import { reportText, stripBullet, type ReportText } from '../../../src/lib/ingest/text';
import type { FindingRecord } from '../../../src/lib/ingest/types';

const REPORTS = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'] as const;
type Name = (typeof REPORTS)[number];

function raw(name: Name): string {
	return readFileSync(`data/reports/${name}.txt`, 'utf8');
}
function load(name: Name, text = raw(name)): ReportText {
	return reportText(`data/reports/${name}.txt`, text);
}
const findings = Object.fromEntries(REPORTS.map((n) => [n, parseFindings(load(n))])) as Record<Name, FindingRecord[]>;

const recommendations = (n: Name) => findings[n].filter((f) => f.kind === 'recommendation');
const bullets = (n: Name, kind: 'strength' | 'improvement', code: string) =>
	findings[n].filter((f) => f.kind === kind && f.standard_code === code);
const at = (n: Name, line: number) => `data/reports/${n}.txt:${line}`;

// ------------------------------------------------------------------ recommendations

// The count each report states, read from the line cited ("we have made six recommendations").
const STATED: Record<Name, [number, number]> = {
	'east-sussex': [4, 136],
	hartlepool: [5, 100],
	suffolk: [9, 195],
	thurrock: [8, 300],
	'west-sussex': [6, 98]
};

describe('recommendations', () => {
	for (const name of REPORTS) {
		it(`${name}: as many recommendations as the report says it made, numbered 1..n`, () => {
			const [count, line] = STATED[name];
			expect(statedRecommendationCount(load(name))).toEqual({ count, source: at(name, line) });
			const recs = recommendations(name);
			expect(recs).toHaveLength(count);
			expect(recs.map((r) => r.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
			for (const r of recs) {
				expect(r.standard_code).toBeNull();
				expect(r.addressed_to).toBeTruthy();
			}
		});
	}

	// Expected texts were read with sed -n on the cited lines and joined by hand.
	const CASES: Array<[Name, number, string, string, number]> = [
		['east-sussex', 1, 'East Sussex Youth Justice Service', 'improve the quality of assessment and planning work to keep children safe and manage the risk of harm they present to others', 140],
		['east-sussex', 4, 'East Sussex Police', 'review the police YJS referral form so that it pays more explicit attention to diversity and trauma.', 146],
		['hartlepool', 3, 'Hartlepool Youth Justice Service Management Board', "develop an effective escalation and challenge process with children's social care services", 113],
		['hartlepool', 5, 'Hartlepool Youth Justice Service', 'use the existing process to get feedback from children and their families to develop services.', 120],
		['suffolk', 4, 'director for children and young people', "ensure concerns about children referred from the YJS to the children's social care multi-agency safeguarding hub (MASH) are progressed in line with child protection procedures, in all relevant cases.", 205],
		// "Suffolk police:" has no "should".
		['suffolk', 5, 'Suffolk police', 'implement an effective flagging system to identify children who are known to and open to the YJS and ensure communication with the YJS is embedded.', 209],
		// Markdown italics (*Equality Act 2010*) in the export are not printed text.
		['thurrock', 1, 'Youth Crime Governance Board', 'consider the nine characteristics protected by the Equality Act 2010 in its work to strengthen service provision', 304],
		['thurrock', 5, 'Thurrock Youth Offending Service', 'provide a child-friendly, appropriate environment for children to meet with case managers and YOS specialists.', 311],
		// Wrapped over a blank line (104-106).
		['west-sussex', 1, 'West Sussex Youth Justice Management Board', 'increase the proportion of school-aged YJS children who are accessing appropriate full-time education', 104],
		// Three lines and a blank (115-118).
		['west-sussex', 4, 'West Sussex Youth Justice Service', 'improve the quality of reviews of court disposals and ensure that timely action is taken in response to increasing concerns for the safety of children and other people', 115],
		// Last one: " Background " follows straight on (line 126).
		['west-sussex', 6, 'Probation Service', 'increase the probation officer resource to the YJS, to support effective transitions and risk management.', 124]
	];
	for (const [name, number, to, text, line] of CASES) {
		it(`${name}: recommendation ${number} to ${to}`, () => {
			const r = recommendations(name).find((x) => x.number === number);
			expect(r).toEqual({ standard_code: null, kind: 'recommendation', number, addressed_to: to, text, source: at(name, line) });
		});
	}
});

// ------------------------------------------------------------------ strengths and areas for improvement

// Bullets counted by hand: sed -n 'A,Bp' <file> | grep -cE '^\s*(- |•)' between each list heading and the next heading.
const COUNTS: Record<Name, Array<[string, number, number]>> = {
	// [code, strengths, improvements]; 1.3 prints no "Areas for improvement".
	'east-sussex': [['1.1', 12, 5], ['1.2', 13, 2], ['1.3', 8, 0], ['3.4', 7, 2], ['4.1', 6, 5]],
	// Hartlepool (2020) prints the lists once per domain, under "1. Organisational delivery" etc.
	hartlepool: [['1', 9, 5], ['2', 7, 2], ['3', 6, 1]],
	suffolk: [['1.1', 7, 5], ['1.2', 6, 8], ['1.3', 8, 6], ['3.4', 2, 3]],
	// Thurrock: per domain for 1-3, per standard for resettlement.
	thurrock: [['1', 13, 4], ['2', 7, 3], ['3', 7, 7], ['4.1', 8, 3]],
	'west-sussex': [['1.1', 7, 4], ['1.2', 10, 3], ['1.3', 7, 4], ['3.4', 8, 4], ['4.1', 9, 4]]
};

// Every code under which a report prints a Strengths/Areas list (grep -n "Strengths" and the heading above).
const CODES: Record<Name, string[]> = {
	'east-sussex': ['1.1', '1.2', '1.3', '1.4', '3.4', '4.1'],
	hartlepool: ['1', '2', '3'],
	suffolk: ['1.1', '1.2', '1.3', '1.4', '3.4', '4.1'],
	thurrock: ['1', '2', '3', '4.1'],
	'west-sussex': ['1.1', '1.2', '1.3', '1.4', '3.4', '4.1']
};

describe('strengths and areas for improvement', () => {
	for (const name of REPORTS) {
		it(`${name}: one record per bullet under each heading`, () => {
			for (const [code, strengths, improvements] of COUNTS[name]) {
				expect(bullets(name, 'strength', code), `${code} strengths`).toHaveLength(strengths);
				expect(bullets(name, 'improvement', code), `${code} improvements`).toHaveLength(improvements);
			}
		});
		it(`${name}: lists only under the headings that print them`, () => {
			const codes = new Set(findings[name].filter((f) => f.kind === 'strength' || f.kind === 'improvement').map((f) => f.standard_code));
			expect([...codes].sort()).toEqual(CODES[name]);
		});
	}

	type Case = [Name, 'strength' | 'improvement', string, 'first' | 'last' | number, string, number];
	const CASES: Case[] = [
		// East Sussex 1.1 strengths: the bullet at 185 runs over a page break (blank line, then "performance ...").
		['east-sussex', 'strength', '1.1', 'first', "The COG board has set the YJS's direction and strategy through meaningful engagement with the service and its partners and stakeholders. This has been articulated well in the YJS strategic plan (2023/2024).", 176],
		['east-sussex', 'strength', '1.1', 10, 'The strategic lead for specialist adolescent services is well respected by the COG board and produces regular reports to help members understand the operational performance and needs of the YJS. The operating model (Connected Practice) is understood and applied well across the partnership.', 185],
		['east-sussex', 'strength', '1.1', 'last', 'Business risks are understood well by leaders and there are appropriate controls in place to mitigate risk.', 190],
		['east-sussex', 'improvement', '1.1', 'last', 'Attendance from some board members, such as the police, health and the Police and Crime Commissioner, has been inconsistent.', 198],
		// Suffolk 1.1 improvements: the first bullet (265) is split by a page break at "new system" / "meant no data".
		['suffolk', 'improvement', '1.1', 'first', 'Needs analysis and performance information with a specific focus on the YJS cohort of children are limited. The previous case management system did not support effective data management, and the change to the new system meant no data was available for a period of time. The implementation of a new system is intended to help address previous data management issues.', 265],
		['suffolk', 'improvement', '3.4', 'last', "Decision-making consisted of discussions between the YJS and the police, but, in the main, the police officers' recommendations are accepted. Recommendations are inconsistent and not informed by a multi-agency decision-making panel.", 610],
		['suffolk', 'strength', '3.4', 'last', 'Children benefit from access to a wide range of interventions to support desistance.', 604],
		// Hartlepool: bullets separated by blank lines, first one wrapped over a blank (239-241);
		// the last is followed by prose ("Organisations that are well led ...").
		['hartlepool', 'strength', '1', 'first', 'There is excellent health provision that meets the physical, emotional and mental health needs of Hartlepool children.', 239],
		['hartlepool', 'strength', '1', 'last', 'Feedback from children and families is collected and collated at the end of the intervention.', 266],
		['hartlepool', 'improvement', '1', 'last', 'Feedback from children and their families is not always being used to develop services.', 287],
		['hartlepool', 'improvement', '3', 'first', 'Interventions did not always start in a timely manner.', 1478],
		// Thurrock: headings without colons; emphasis markers dropped.
		['thurrock', 'improvement', '1', 'first', 'The board would benefit from widening its definition of diversity to include the nine characteristics protected under the Equality Act 2010.', 433],
		['thurrock', 'strength', '4.1', 'last', "Understanding and meeting the needs of children who are overrepresented in the custodial cohort is high on the youth crime governance board's agenda.", 1133],
		['thurrock', 'improvement', '4.1', 'last', "There is scope to strengthen the guidance for protecting victims, especially those at a proposed release address, and to provide detailed advice about children's safety and wellbeing in relation to gang affiliation/exploitation.", 1139],
		// West Sussex: a line broken after a hyphen ("youth-" / "to-adult", 211-212).
		['west-sussex', 'improvement', '1.1', 'first', 'The names and responsibilities of board members should be shared with staff, to improve communication about strategic issues.', 206],
		['west-sussex', 'improvement', '1.1', 2, 'The Probation Service should attend the management board more consistently and focus on improving work to manage risk of harm and youth-to-adult transitions.', 209],
		// " 1.2. Staff" follows on the next line (221) with no gap.
		['west-sussex', 'improvement', '1.1', 'last', "The effectiveness of the board's activity to address its key challenges depends on wider service improvements to children's social care; it is critical that the board ensures that children receive the necessary services.", 218],
		// " Resettlement " (910) runs straight on after the last bullet.
		['west-sussex', 'improvement', '3.4', 'last', 'The amount of police resource seconded to the YJS needed to be reviewed, to ensure that it is sufficient to manage the volume of out-of-court disposals and other duties.', 907],
		// Followed by blank lines, the page footer (970) and "Annexe 1: Contextual facts".
		['west-sussex', 'improvement', '4.1', 'last', 'The voices of children and their parents should be sought and used to inform the evaluation of resettlement services.', 964],
		// No closing full stop as printed (317-319).
		['west-sussex', 'strength', '1.3', 'last', 'There is effective liaison with the courts; sentencers feel that interventions recommended are focused and properly reasoned, which is confirmed by a high concurrence rate with proposals in pre-sentence reports', 317]
	];
	for (const [name, kind, code, which, text, line] of CASES) {
		it(`${name}: ${which} ${kind} of ${code}`, () => {
			const list = bullets(name, kind, code);
			const index = which === 'first' ? 0 : which === 'last' ? list.length - 1 : which - 1;
			expect(list[index]).toEqual({ standard_code: code, kind, number: null, addressed_to: null, text, source: at(name, line) });
		});
	}
});

// ------------------------------------------------------------------ invariants over every record

const GLUED_HEADING =
	/(Strengths|Areas for improvement|Background|Resettlement|Involvement of children and their parents or carers|Diversity|Further information|Annexe \d.*|Domain (one|two|three|four).*|\d\.\d?\.? [A-Z][a-z ]+)\s*:?$/;

describe('every finding', () => {
	for (const name of REPORTS) {
		it(`${name}: clean text that starts on its cited line`, () => {
			const report = load(name);
			expect(findings[name].length).toBeGreaterThan(0);
			for (const f of findings[name]) {
				expect(f.text).not.toMatch(/inspection of youth (offending|justice) services/i);
				// A paragraph may end "... 10 out of 10. One child wrote:"; narrative has its own checks (narrative.test.ts).
				if (f.kind !== 'narrative') expect(f.text).not.toMatch(GLUED_HEADING);
				expect(f.text).not.toMatch(/^[-*•]|\*|\s{2}|^\s|\s$/);
				const line = report.lines[Number(f.source.split(':')[1]) - 1];
				expect(f.source.startsWith(`data/reports/${name}.txt:`)).toBe(true);
				if (f.kind === 'recommendation') {
					expect(line.text.startsWith(`${f.number}.`)).toBe(true);
				} else {
					const first = stripBullet(line.text).replace(/^[-*]\s+/, '').replace(/^\|\s*/, '').replace(/\*/g, '');
					expect(f.text.startsWith(first.slice(0, 30))).toBe(true);
				}
			}
		});
	}
});

// ------------------------------------------------------------------ other exports of the same text

describe('robust to export differences', () => {
	it('CRLF line ends, a BOM and non-breaking spaces give the same findings', () => {
		const text = '\ufeff' + raw('west-sussex').replace(/\n/g, '\r\n').replace(/ the /g, ' the\u00a0');
		expect(parseFindings(load('west-sussex', text))).toEqual(findings['west-sussex']);
	});

	it('drops a page footer and a bare page number in the middle of a bullet', () => {
		const lines = raw('west-sussex').split('\n');
		// After line 211 ("... risk of harm and youth-"), inside the Probation Service bullet.
		lines.splice(211, 0, '', 'Inspection of youth offending services West Sussex YJS 7 ', '', '7', '');
		// And a footer run onto the end of line 185 (first line of "The board vision ..." bullet).
		lines[184] = `${lines[184].trimEnd()} Inspection of youth offending services West Sussex YJS 6`;
		const shifted = parseFindings(load('west-sussex', lines.join('\n')));
		const texts = (fs: FindingRecord[]) => fs.map((f) => `${f.kind}|${f.standard_code}|${f.text}`);
		expect(texts(shifted)).toEqual(texts(findings['west-sussex']));
	});

	it('attributes an unnumbered "Assessment" heading to the domain chapter it sits in', () => {
		const text = [
			'Domain two: Court disposals',
			'Assessment',
			'Strengths:',
			'• Assessments were thorough.',
			'Domain three: Out-of-court disposals',
			'Assessment',
			'Areas for improvement:',
			'• Assessments were not always',
			'',
			'timely.'
		].join('\n');
		const fs = parseFindings(reportText('x.txt', text));
		expect(fs.map((f) => [f.standard_code, f.kind, f.text, f.source])).toEqual([
			['2.1', 'strength', 'Assessments were thorough.', 'x.txt:4'],
			['3.1', 'improvement', 'Assessments were not always timely.', 'x.txt:8']
		]);
	});

	it('finds nothing where there is nothing', () => {
		expect(parseFindings(reportText('empty.txt', ''))).toEqual([]);
		expect(statedRecommendationCount(reportText('empty.txt', ''))).toBeNull();
		// A list with no standard or domain heading above it is not attributed to anything.
		expect(parseFindings(reportText('x.txt', 'Strengths:\n• Good work.'))).toEqual([]);
	});
});

// ------------------------------------------------------------------ never throws

function wellFormed(fs: FindingRecord[], file: string, lineCount: number) {
	for (const f of fs) {
		expect(['strength', 'improvement', 'recommendation', 'narrative']).toContain(f.kind);
		if (f.kind === 'narrative') expect(f.line_end).toBeGreaterThanOrEqual(Number(f.source.split(':').pop()));
		expect(f.text.length).toBeGreaterThan(0);
		const m = /^(.*):(\d+)$/.exec(f.source);
		expect(m?.[1]).toBe(file);
		expect(Number(m?.[2])).toBeGreaterThanOrEqual(1);
		expect(Number(m?.[2])).toBeLessThanOrEqual(lineCount);
	}
}

describe('property: arbitrary or mangled text', () => {
	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
				const report = reportText('a.txt', s);
				wellFormed(parseFindings(report), 'a.txt', report.lines.length);
				statedRecommendationCount(report);
			}),
			{ numRuns: 300 }
		);
	});

	const FRAGMENTS = [
		'Recommendations', 'The Board should:', '1. do this', '2. do that', 'Strengths:', 'Areas for improvement',
		'• a bullet', '- a dash bullet', 'Domain two: court disposals', '2.1. Assessment', '3. Out-of-court disposals',
		'Inspection of youth offending services X YJS 3', '12', '', 'we have made six recommendations', 'But:', '¹ A footnote'
	];
	it('never throws on lines of real reports shuffled, dropped and mixed with heading fragments', () => {
		const pools = REPORTS.map((n) => raw(n).split('\n'));
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: pools.length - 1 }),
				fc.array(fc.oneof(fc.nat(), fc.constantFrom(...FRAGMENTS)), { maxLength: 120 }),
				fc.constantFrom('\n', '\r\n', '\r'),
				(pool, picks, eol) => {
					const lines = picks.map((p) => (typeof p === 'number' ? pools[pool][p % pools[pool].length] : p));
					const report = reportText('m.txt', lines.join(eol));
					wellFormed(parseFindings(report), 'm.txt', report.lines.length);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws when a real report is cut at any point', () => {
		const text = raw('west-sussex');
		fc.assert(
			fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), (a, b) => {
				const report = reportText('c.txt', text.slice(Math.min(a, b), Math.max(a, b)));
				wellFormed(parseFindings(report), 'c.txt', report.lines.length);
			}),
			{ numRuns: 100 }
		);
	});
});
