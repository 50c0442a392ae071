/**
 * Key-question and sub-question figures, checked against values read by hand
 * from the report texts (`grep -n` / `sed -n` on data/reports/*.txt). Each
 * expected row is [standard, aspect, figure, line the figure is printed on].
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratingForKeyQuestionPct, type Rating } from '../../../src/lib/framework';
import { aspectOfQuestion, parseKeyQuestions } from '../../../src/lib/ingest/keyQuestions';
import { parseRatingsPage } from '../../../src/lib/ingest/ratings';
import { reportText, type ReportText } from '../../../src/lib/ingest/text';
import type { KeyQuestionRecord } from '../../../src/lib/ingest/types';

const REPORTS = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'] as const;
type ReportName = (typeof REPORTS)[number];

function rawText(name: ReportName): string {
	return readFileSync(fileURLToPath(new URL(`../../../data/reports/${name}.txt`, import.meta.url)), 'utf8');
}
function load(name: ReportName, raw = rawText(name)): ReportText {
	return reportText(`data/reports/${name}.txt`, raw);
}
const parsed = Object.fromEntries(REPORTS.map((n) => [n, parseKeyQuestions(load(n))])) as Record<ReportName, KeyQuestionRecord[]>;

const keyQs = (name: ReportName) => parsed[name].filter((r) => r.level === 'key_question');
const subQs = (name: ReportName) => parsed[name].filter((r) => r.level === 'sub_question');
const lineOf = (r: KeyQuestionRecord) => Number(r.source.split(':').pop());

type PctRow = [code: string, aspect: string, pct: number, line: number];
/** Key questions printed as % 'Yes': standard, aspect, %, line. */
function expectPctRows(name: ReportName, rows: PctRow[]) {
	const actual = keyQs(name).map((r) => [r.standard_code, r.aspect, r.pct_yes, lineOf(r)]);
	expect(actual).toEqual(rows);
	for (const r of keyQs(name)) {
		expect(r.derived).toBe(false);
		expect(r.n_yes).toBeNull();
		expect(r.n_cases).toBeNull();
		expect(r.source).toBe(`data/reports/${name}.txt:${lineOf(r)}`);
	}
}

describe('East Sussex key questions (stem printed once, rows in lower case)', () => {
	it('reads every key-question % for all seven case-based standards', () => {
		expectPctRows('east-sussex', [
			['2.1', 'desistance', 62, 324], ['2.1', 'safety_of_child', 77, 325], ['2.1', 'safety_of_others', 69, 326],
			['2.2', 'desistance', 92, 347], ['2.2', 'safety_of_child', 46, 348], ['2.2', 'safety_of_others', 46, 349],
			['2.3', 'desistance', 100, 370], ['2.3', 'safety_of_child', 100, 371], ['2.3', 'safety_of_others', 85, 372],
			['2.4', 'desistance', 85, 393], ['2.4', 'safety_of_child', 92, 394], ['2.4', 'safety_of_others', 85, 395],
			['3.1', 'desistance', 90, 422], ['3.1', 'safety_of_child', 60, 423], ['3.1', 'safety_of_others', 70, 424],
			['3.2', 'desistance', 95, 443], ['3.2', 'safety_of_child', 80, 444], ['3.2', 'safety_of_others', 55, 445],
			['3.3', 'desistance', 90, 466], ['3.3', 'safety_of_child', 80, 467], ['3.3', 'safety_of_others', 95, 468]
		]);
	});
	it('joins the stem to each row', () => {
		const q = keyQs('east-sussex').map((r) => r.question);
		expect(q[0]).toBe("Does assessment sufficiently analyse how to support the child's desistance?");
		expect(q[17]).toBe('Does planning focus on keeping other people safe?');
		expect(q[20]).toBe('Does service delivery effectively support the safety of other people?');
	});
	it('prints no sub-question figures', () => {
		expect(subQs('east-sussex')).toHaveLength(0);
	});
});

describe('Suffolk key questions (full question per row, tab before the %)', () => {
	it('reads every key-question % for all seven case-based standards', () => {
		expectPctRows('suffolk', [
			['2.1', 'desistance', 78, 413], ['2.1', 'safety_of_child', 52, 414], ['2.1', 'safety_of_others', 57, 415],
			['2.2', 'desistance', 57, 439], ['2.2', 'safety_of_child', 39, 440], ['2.2', 'safety_of_others', 35, 441],
			['2.3', 'desistance', 74, 467], ['2.3', 'safety_of_child', 48, 468], ['2.3', 'safety_of_others', 39, 469],
			['2.4', 'desistance', 70, 492], ['2.4', 'safety_of_child', 43, 493], ['2.4', 'safety_of_others', 43, 494],
			['3.1', 'desistance', 57, 521], ['3.1', 'safety_of_child', 29, 522], ['3.1', 'safety_of_others', 43, 523],
			['3.2', 'desistance', 74, 544], ['3.2', 'safety_of_child', 60, 545], ['3.2', 'safety_of_others', 60, 546],
			['3.3', 'desistance', 77, 575], ['3.3', 'safety_of_child', 60, 576], ['3.3', 'safety_of_others', 69, 577]
		]);
		expect(keyQs('suffolk')[15].question).toBe("Does planning focus on supporting the child's desistance?");
	});
	it('prints no sub-question figures', () => {
		expect(subQs('suffolk')).toHaveLength(0);
	});
});

describe('Thurrock key questions', () => {
	it('reads every key-question %, including figures with a footnote marker after them', () => {
		// Line 779 is `63% ¹⁹` and line 986 is `33% ²⁴`: the marker must not join the number.
		// 2.4 prints only two rows (no "keeping other people safe" row in the text).
		expectPctRows('thurrock', [
			['2.1', 'desistance', 100, 741], ['2.1', 'safety_of_child', 100, 742], ['2.1', 'safety_of_others', 88, 743],
			['2.2', 'desistance', 100, 778], ['2.2', 'safety_of_child', 63, 779], ['2.2', 'safety_of_others', 75, 780],
			['2.3', 'desistance', 100, 826], ['2.3', 'safety_of_child', 100, 827], ['2.3', 'safety_of_others', 100, 828],
			['2.4', 'desistance', 100, 875], ['2.4', 'safety_of_child', 88, 876],
			['3.1', 'desistance', 100, 950], ['3.1', 'safety_of_child', 100, 951], ['3.1', 'safety_of_others', 83, 952],
			['3.2', 'desistance', 100, 985], ['3.2', 'safety_of_child', 33, 986], ['3.2', 'safety_of_others', 67, 987],
			['3.3', 'desistance', 83, 1032], ['3.3', 'safety_of_child', 50, 1033], ['3.3', 'safety_of_others', 67, 1034]
		]);
	});
	it('does not take the prose sub-headings that repeat a key question as figures', () => {
		// e.g. line 745 repeats "Does assessment sufficiently analyse how to support the child's desistance?"
		expect(keyQs('thurrock').filter((r) => r.standard_code === '2.1')).toHaveLength(3);
	});
});

describe('West Sussex key questions (wrapped questions, % after spaces or on a later line)', () => {
	it('reads every key-question % for all seven case-based standards', () => {
		expectPctRows('west-sussex', [
			['2.1', 'desistance', 94, 500], ['2.1', 'safety_of_child', 88, 503], ['2.1', 'safety_of_others', 76, 506],
			['2.2', 'desistance', 94, 549], ['2.2', 'safety_of_child', 75, 551], ['2.2', 'safety_of_others', 69, 552],
			['2.3', 'desistance', 75, 599], ['2.3', 'safety_of_child', 69, 602], ['2.3', 'safety_of_others', 63, 605],
			['2.4', 'desistance', 81, 654], ['2.4', 'safety_of_child', 75, 655], ['2.4', 'safety_of_others', 56, 656],
			['3.1', 'desistance', 96, 705], ['3.1', 'safety_of_child', 89, 707], ['3.1', 'safety_of_others', 89, 709],
			['3.2', 'desistance', 100, 759], ['3.2', 'safety_of_child', 96, 760], ['3.2', 'safety_of_others', 96, 761],
			['3.3', 'desistance', 93, 807], ['3.3', 'safety_of_child', 89, 808], ['3.3', 'safety_of_others', 89, 810]
		]);
	});
	it('joins wrapped question lines and folds curly quotes', () => {
		const q = keyQs('west-sussex');
		expect(q[0].question).toBe("Does assessment sufficiently analyse how to support the child's desistance?");
		expect(q[8].question).toBe('Does the implementation and delivery of services effectively support the safety of other people?');
	});
});

describe('Hartlepool key questions (original framework: counts, not percentages)', () => {
	type CountRow = [code: string, aspect: string, nCases: number, nYes: number, pct: number, line: number];
	const expected: CountRow[] = [
		['2.1', 'desistance', 6, 6, 100, 809], ['2.1', 'safety_of_child', 6, 6, 100, 814], ['2.1', 'safety_of_others', 6, 6, 100, 819],
		['2.2', 'desistance', 6, 6, 100, 975], ['2.2', 'safety_of_child', 6, 4, 66.7, 980], ['2.2', 'safety_of_others', 6, 4, 66.7, 985],
		['2.3', 'desistance', 5, 5, 100, 1154], ['2.3', 'safety_of_child', 5, 3, 60, 1159], ['2.3', 'safety_of_others', 5, 3, 60, 1164],
		['2.4', 'desistance', 6, 4, 66.7, 1316], ['2.4', 'safety_of_child', 6, 4, 66.7, 1321], ['2.4', 'safety_of_others', 6, 4, 66.7, 1326],
		['3.1', 'desistance', 4, 4, 100, 1504], ['3.1', 'safety_of_child', 4, 4, 100, 1509], ['3.1', 'safety_of_others', 4, 4, 100, 1514],
		['3.2', 'desistance', 4, 4, 100, 1650], ['3.2', 'safety_of_child', 4, 4, 100, 1655], ['3.2', 'safety_of_others', 3, 3, 100, 1660],
		['3.3', 'desistance', 4, 3, 75, 1823], ['3.3', 'safety_of_child', 4, 4, 100, 1828], ['3.3', 'safety_of_others', 3, 3, 100, 1833],
		// 3.4 Joint working has key questions in the original framework; neither is about an aspect.
		['3.4', 'other', 4, 4, 100, 1969], ['3.4', 'other', 1, 1, 100, 1974]
	];
	it('keeps the printed counts (relevant cases, number Yes) and derives the %', () => {
		const actual = keyQs('hartlepool').map((r) => [r.standard_code, r.aspect, r.n_cases, r.n_yes, r.pct_yes, lineOf(r)]);
		expect(actual).toEqual(expected);
		for (const r of keyQs('hartlepool')) expect(r.derived).toBe(true);
	});
	it('strips footnote markers glued after the question mark (`safe?9`, `disposal?24`)', () => {
		const q = keyQs('hartlepool');
		expect(q[4].question).toBe("Does planning focus sufficiently on keeping the child safe?");
		expect(q[22].question).toBe('Does the YOT work effectively with the police in implementing the out-of-court disposal?');
		expect(q[21].question).toBe(
			"Are the YOT's recommendations sufficiently well informed, analytical and personalised to the child, supporting joint decision-making?"
		);
	});
});

describe('sub-question figures', () => {
	const find = (name: ReportName, line: number) => subQs(name).find((r) => lineOf(r) === line);
	const perStandard = (name: ReportName) =>
		Object.fromEntries(['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4'].map((c) => [c, subQs(name).filter((r) => r.standard_code === c).length]));

	it('Thurrock Annexe 2: every printed row, under the standard it sits in', () => {
		// Counted by hand from lines 1248-1414 (a) ... rows under each key question).
		expect(perStandard('thurrock')).toEqual({ '2.1': 15, '2.2': 16, '2.3': 13, '2.4': 13, '3.1': 13, '3.2': 15, '3.3': 10, '3.4': 0 });
		expect(find('thurrock', 1257)).toMatchObject({
			standard_code: '2.1', aspect: 'desistance', pct_yes: 25, derived: false, n_yes: null, n_cases: null,
			question: 'Does assessment give sufficient attention to the needs and wishes of victims, and opportunities for restorative justice?'
		});
		expect(find('thurrock', 1384)).toMatchObject({ standard_code: '3.2', aspect: 'safety_of_child', pct_yes: 17 });
		// The annexe repeats the label `d)`; both rows are kept.
		expect(find('thurrock', 1327)).toMatchObject({
			standard_code: '2.4', aspect: 'desistance', pct_yes: 100,
			question: 'Does reviewing consider motivation and engagement levels and any relevant barriers?'
		});
		// Rows between `--\t------` table-rule lines.
		expect(find('thurrock', 1364)).toMatchObject({ standard_code: '3.1', aspect: 'safety_of_others', pct_yes: 83 });
		expect(find('thurrock', 1413)).toMatchObject({ standard_code: '3.3', aspect: 'safety_of_others', pct_yes: 67 });
	});

	it('West Sussex Annexe 3: every printed row, including % on a line of its own', () => {
		expect(perStandard('west-sussex')).toEqual({ '2.1': 15, '2.2': 16, '2.3': 13, '2.4': 13, '3.1': 13, '3.2': 15, '3.3': 10, '3.4': 0 });
		expect(find('west-sussex', 1280)).toMatchObject({
			standard_code: '2.1', aspect: 'desistance', pct_yes: 94,
			question:
				"Is enough attention given to understanding the child's levels of maturity, ability and motivation to change, and their likelihood of engaging with the court disposal?"
		});
		// After a page break the row starts with a space: ` d) Does planning ...`.
		expect(find('west-sussex', 1372)).toMatchObject({ standard_code: '2.2', aspect: 'safety_of_child', pct_yes: 69 });
		expect(find('west-sussex', 1505)).toMatchObject({ standard_code: '2.4', aspect: 'safety_of_others', pct_yes: 25 });
		// The interview counts after "Case manager interviews" are not sub-questions.
		expect(subQs('west-sussex').every((r) => lineOf(r) < 1680)).toBe(true);
	});

	it('Hartlepool prints sub-question counts inline, under each key question', () => {
		expect(perStandard('hartlepool')).toEqual({ '2.1': 13, '2.2': 15, '2.3': 12, '2.4': 11, '3.1': 11, '3.2': 14, '3.3': 9, '3.4': 8 });
		expect(find('hartlepool', 875)).toMatchObject({
			standard_code: '2.1', aspect: 'desistance', n_cases: 6, n_yes: 4, pct_yes: 66.7, derived: true
		});
		expect(find('hartlepool', 1226)).toMatchObject({
			standard_code: '2.3', aspect: 'desistance', n_cases: 3, n_yes: 2, pct_yes: 66.7,
			question: 'In cases where it is required, are enforcement actions taken when appropriate?'
		});
		// Counts printed mid-question at a page break (line 1703), the rest of the question after the footnotes.
		expect(find('hartlepool', 1703)).toMatchObject({
			standard_code: '3.2', aspect: 'desistance', n_cases: 4, n_yes: 3, pct_yes: 75,
			question:
				'Does planning take sufficient account of opportunities for community integration, including access to mainstream services following completion of out-of-court disposal work?'
		});
		expect(find('hartlepool', 1718)?.question).toBe('Where applicable, does planning give sufficient attention to the needs and wishes of the victim/s?');
		expect(find('hartlepool', 2052)).toMatchObject({ standard_code: '3.4', aspect: 'other', n_cases: 1, n_yes: 1, pct_yes: 100 });
		expect(find('hartlepool', 1925)).toMatchObject({ standard_code: '3.3', aspect: 'safety_of_others', n_cases: 3, n_yes: 2 });
	});
});

describe('every record', () => {
	it('cites a line that prints its figure', () => {
		for (const name of REPORTS) {
			const lines = rawText(name).split(/\r\n|\r|\n/);
			for (const r of parsed[name]) {
				const printed = lines[lineOf(r) - 1];
				if (r.derived) expect(printed).toMatch(new RegExp(`(^|\\s)${r.n_cases}\\s+${r.n_yes}\\s*$`));
				else expect(printed).toMatch(new RegExp(`(^|[^\\d])${r.pct_yes}\\s?%`));
			}
		}
	});
	it('has the counts per report we counted in the text', () => {
		const counts = Object.fromEntries(REPORTS.map((n) => [n, [keyQs(n).length, subQs(n).length]]));
		expect(counts).toEqual({
			'east-sussex': [21, 0],
			hartlepool: [23, 93],
			suffolk: [21, 0],
			thurrock: [20, 95],
			'west-sussex': [21, 95]
		});
	});
});

describe('ratings versus the lowest key question', () => {
	/** Standards whose rating differs from the band of their lowest key question. */
	function discretion(name: ReportName) {
		const ratings = parseRatingsPage(load(name)).ratings;
		const out: Array<{ code: string; rated: Rating; band: Rating | null; lowest: number }> = [];
		for (const code of [...new Set(keyQs(name).map((r) => r.standard_code))]) {
			const lowest = Math.min(...keyQs(name).filter((r) => r.standard_code === code).map((r) => r.pct_yes!));
			const rated = ratings.find((r) => r.standard_code === code)!.rating;
			const band = ratingForKeyQuestionPct(lowest);
			if (band !== rated) out.push({ code, rated, band, lowest });
		}
		return out;
	}
	it('matches the rating everywhere except where inspectors applied discretion', () => {
		expect(discretion('hartlepool')).toEqual([]);
		expect(discretion('suffolk')).toEqual([]);
		expect(discretion('west-sussex')).toEqual([]);
		// East Sussex 2.1 is rated Good with a lowest key question of 62%; the text gives no reason.
		expect(discretion('east-sussex')).toEqual([{ code: '2.1', rated: 'Good', band: 'Requires improvement', lowest: 62 }]);
		expect(discretion('thurrock')).toEqual([
			{ code: '2.2', rated: 'Good', band: 'Requires improvement', lowest: 63 },
			{ code: '3.2', rated: 'Requires improvement', band: 'Inadequate', lowest: 33 }
		]);
	});
	it('Thurrock says so in footnotes 19 and 24', () => {
		const lines = load('thurrock').lines;
		expect(lines[788 - 1].text).toMatch(/Professional discretion applied to increase the rating from 'Requires improvement' to 'Good'/);
		expect(lines[1009 - 1].text).toMatch(/professional discretion.*increased the rating from 'Inadequate' to 'Requires Improvement'/);
	});
});

describe('aspectOfQuestion', () => {
	it('classifies the three aspects and nothing else', () => {
		expect(aspectOfQuestion('Does assessment sufficiently analyse how to support the child\'s desistance?')).toBe('desistance');
		expect(aspectOfQuestion('Does planning focus sufficiently on keeping the child safe?')).toBe('safety_of_child');
		expect(aspectOfQuestion('Does service delivery effectively support the safety of the child?')).toBe('safety_of_child');
		expect(aspectOfQuestion('Does assessment sufficiently analyse how to keep other people safe?')).toBe('safety_of_others');
		expect(aspectOfQuestion('Does the YOT work effectively with the police in implementing the out-of-court disposal?')).toBe('other');
	});
});

describe('robustness', () => {
	const figures = (records: KeyQuestionRecord[]) =>
		records.map((r) => [r.standard_code, r.level, r.aspect, r.question, r.pct_yes, r.n_yes, r.n_cases, r.source]);

	it('reads the same figures from CRLF, BOM and tabs-as-spaces exports', () => {
		for (const name of REPORTS) {
			const raw = rawText(name);
			expect(figures(parseKeyQuestions(load(name, '\ufeff' + raw.replace(/\n/g, '\r\n'))))).toEqual(figures(parsed[name]));
			expect(figures(parseKeyQuestions(load(name, raw.replace(/\t/g, '    '))))).toEqual(figures(parsed[name]));
			expect(figures(parseKeyQuestions(load(name, raw.replace(/\t/g, ' '))))).toEqual(figures(parsed[name]));
		}
	});

	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 2000 }), (s) => {
				expect(Array.isArray(parseKeyQuestions(reportText('x.txt', s)))).toBe(true);
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.array(fc.constantFrom('2.1. Assessment', 'Our rating for assessment is based on the following key questions:', "% 'Yes'", 'Of the 6 cases inspected:', 'Relevant', 'Annexe 2: Inspection data', 'a) Does x?', 'Does x?', '94%', '6 4', '9 9', '7 The rating', '', '?', '101%', 'Domain two'), { maxLength: 200 }), (ls) => {
				for (const r of parseKeyQuestions(reportText('x.txt', ls.join('\n')))) {
					if (r.pct_yes !== null) expect(r.pct_yes).toBeGreaterThanOrEqual(0);
					if (r.pct_yes !== null) expect(r.pct_yes).toBeLessThanOrEqual(100);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws on mangled real report text (shuffled, truncated, tabs swapped, CRLF)', () => {
		const raws = Object.fromEntries(REPORTS.map((n) => [n, rawText(n)])) as Record<ReportName, string>;
		fc.assert(
			fc.property(
				fc.constantFrom(...REPORTS),
				fc.record({ seed: fc.integer(), cut: fc.double({ min: 0, max: 1, noNaN: true }), shuffle: fc.boolean(), tabs: fc.boolean(), crlf: fc.boolean(), dropEvery: fc.integer({ min: 0, max: 7 }) }),
				(name, m) => {
					let lines = raws[name].split('\n');
					if (m.shuffle) {
						// Seeded Fisher-Yates: the failing case replays exactly.
						let s = m.seed >>> 0;
						const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
						for (let i = lines.length - 1; i > 0; i--) {
							const j = Math.floor(rand() * (i + 1));
							[lines[i], lines[j]] = [lines[j], lines[i]];
						}
					}
					if (m.dropEvery > 1) lines = lines.filter((_, i) => i % m.dropEvery !== 0);
					let text = lines.join(m.crlf ? '\r\n' : '\n');
					text = text.slice(0, Math.floor(text.length * m.cut));
					if (m.tabs) text = text.replace(/\t/g, ' ');
					const report = load(name, text);
					const records = parseKeyQuestions(report);
					for (const r of records) {
						expect(lineOf(r)).toBeGreaterThanOrEqual(1);
						expect(lineOf(r)).toBeLessThanOrEqual(report.lines.length);
						if (r.pct_yes !== null) expect(r.pct_yes >= 0 && r.pct_yes <= 100).toBe(true);
					}
				}
			),
			{ numRuns: 150 }
		);
	});
});
