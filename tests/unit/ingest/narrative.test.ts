import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANDARDS } from '../../../src/lib/framework';
import { parseNarrative } from '../../../src/lib/ingest/narrative';
import { parseReport } from '../../../src/lib/ingest/report';
import { reportText } from '../../../src/lib/ingest/text';
import type { FindingRecord } from '../../../src/lib/ingest/types';

const REPORTS = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'] as const;
type Name = (typeof REPORTS)[number];

const raw = (name: Name) => readFileSync(`data/reports/${name}.txt`, 'utf8');
const load = (name: Name, text = raw(name)) => reportText(`data/reports/${name}.txt`, text);
const narrative = Object.fromEntries(REPORTS.map((n) => [n, parseNarrative(load(n))])) as Record<Name, FindingRecord[]>;
const lineOf = (f: FindingRecord) => Number(f.source.split(':').pop());
const span = (f: FindingRecord) => [lineOf(f), f.line_end];
const under = (n: Name, code: string) => narrative[n].filter((f) => f.standard_code === code);

describe('Suffolk 2.2 Planning: the five paragraphs under its key-question table', () => {
	const paragraphs = under('suffolk', '2.2');

	it('one record per paragraph, with the lines it spans (suffolk.txt 443-452)', () => {
		expect(paragraphs.map(span)).toEqual([
			[443, 443],
			[445, 445],
			[448, 448],
			[450, 450],
			[452, 452]
		]);
	});

	it('the text as printed, whole', () => {
		expect(paragraphs[0]).toEqual({
			standard_code: '2.2',
			kind: 'narrative',
			number: null,
			addressed_to: null,
			text: 'The lack of detail and quality of analysis in some assessments make it more difficult for case managers to plan effectively. Planning was too generic and did not include the interventions and actions that would best help the child to understand their behaviour and make better-informed decisions. The role and involvement of partner agencies were not clear and, in some cases, missing.',
			source: 'data/reports/suffolk.txt:443',
			line_end: 443
		});
		expect(paragraphs[3].text).toMatch(/^Too few cases included contingency planning or considered the use of external controls\. .* tailored to the individual child\.$/);
	});

	it('neither the definition, the rating, the key-question table nor the footnote', () => {
		const all = paragraphs.map((p) => p.text).join('\n');
		expect(all).not.toMatch(/Planning is well-informed|Inadequate|Our rating|% 'Yes'|Does planning focus|driven by the lowest score/);
	});
});

describe('a paragraph split by a page break is read as one', () => {
	it('Hartlepool 1.1: across a footnote and the running footer (394-409)', () => {
		const p = under('hartlepool', '1.1').find((f) => lineOf(f) === 394)!;
		expect(span(p)).toEqual([394, 409]);
		expect(p.text).toBe(
			'The service manager for the YJS also manages the intensive response team, which provides parenting support for families at risk of breakdown. He provides direct line supervision for the probation officer, senior business officer and the nurse. He is supported by an assistant team manager and a senior youth justice officer. He is line managed by the assistant director for children and families.'
		);
	});

	it('West Sussex 2.3: across two wrapped footnotes at the page foot (626-641)', () => {
		const p = under('west-sussex', '2.3').find((f) => lineOf(f) === 626)!;
		expect(span(p)).toEqual([626, 641]);
		expect(p.text).toMatch(/such as 'Behind the Blade'\. Case managers also used restrictive interventions, such as bail conditions, where necessary, to address escalating concerns\.$/);
		expect(p.text).not.toMatch(/rating band|case formulation is a hypothesis|symptoms and problems/);
	});

	it('Thurrock 2.1: across a superscript footnote (751-755)', () => {
		const p = under('thurrock', '2.1').find((f) => lineOf(f) === 751)!;
		expect(span(p)).toEqual([751, 755]);
		expect(p.text).toContain('working with families, and with the families themselves');
		expect(p.text).toContain('There was an effective focus on the adverse experiences of children');
		expect(p.text).not.toContain('driven by the lowest score');
	});

	it('footnote markers glued to words are dropped (West Sussex "formulations.6", "per cent1")', () => {
		const texts = narrative['west-sussex'].map((f) => f.text).join('\n');
		expect(texts).toContain('development of comprehensive case formulations.');
		expect(texts).not.toContain('formulations.6');
		expect(texts).toContain('make up 18 per cent of children supervised by the YJS, compared with 8 per cent of the');
	});
});

describe('what is not narrative', () => {
	for (const name of REPORTS) {
		it(`${name}: no key-question line, table header, definition, rating or boilerplate`, () => {
			const parsed = parseReport(`data/reports/${name}.txt`, raw(name));
			const questionLines = new Set(parsed.key_questions.map((k) => Number(k.source.split(':').pop())));
			for (const f of narrative[name]) {
				for (let l = lineOf(f); l <= f.line_end!; l++) expect(questionLines.has(l), `${f.source} spans key question line ${l}`).toBe(false);
				expect(f.text).not.toMatch(/% 'Yes'|based on the following key questions|we take into account the answers|driven by the lowest score/i);
				expect(f.text).not.toMatch(/^(?:Does|Is|Are|Do) .*\?$/);
				expect(f.text).not.toMatch(/^(?:Assessment|Planning) is well[- ]informed|^Reviewing of progress is|^High-quality, well-focused/);
				expect(f.text).not.toMatch(/^(?:Outstanding|Good|Requires improvement|Inadequate)$/);
				expect(f.text).not.toMatch(/inspection of youth (?:offending|justice) services/i);
				expect(f.text).not.toMatch(/[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|\s{2}|^\s|\s$/);
			}
		});
	}

	it('nothing from the front matter or the annexes (Hartlepool introduction, Thurrock executive summary, annexe methodology)', () => {
		expect(narrative.hartlepool.every((f) => lineOf(f) > 122 && lineOf(f) < 2068)).toBe(true);
		expect(narrative.thurrock.every((f) => lineOf(f) > 413 && lineOf(f) < 1181)).toBe(true);
		expect(narrative['west-sussex'].every((f) => lineOf(f) < 972)).toBe(true);
	});

	it('bulleted strengths and areas for improvement stay bullets, not narrative', () => {
		const texts = narrative.suffolk.map((f) => f.text);
		expect(texts.some((t) => t.startsWith('The draft three-year youth justice plan sets out'))).toBe(false);
	});
});

// Counted from the records and read against the text (sed -n on each range): paragraphs per standard or domain.
const COUNTS: Record<Name, Record<string, number>> = {
	'east-sussex': { '1': 19, '2': 1, '2.1': 3, '2.2': 3, '2.3': 3, '2.4': 4, '3': 1, '3.1': 2, '3.2': 3, '3.3': 3, '4.1': 1 },
	hartlepool: { '1': 4, '1.1': 16, '1.2': 20, '1.3': 17, '1.4': 10, '2': 1, '2.1': 5, '2.2': 5, '2.3': 4, '2.4': 4, '3': 2, '3.1': 4, '3.2': 5, '3.3': 5, '3.4': 4 },
	suffolk: { '1': 21, '2': 1, '2.1': 4, '2.2': 5, '2.3': 5, '2.4': 4, '3': 1, '3.1': 3, '3.2': 7, '3.3': 5, '4.1': 1 },
	thurrock: { '1': 17, '1.1': 15, '1.2': 14, '1.3': 16, '1.4': 14, '2': 4, '2.1': 6, '2.2': 11, '2.3': 13, '2.4': 8, '3': 4, '3.1': 6, '3.2': 10, '3.3': 9, '3.4': 13, '4.1': 16 },
	'west-sussex': { '1': 16, '2.1': 2, '2.2': 2, '2.3': 4, '2.4': 4, '3.1': 3, '3.2': 3, '3.3': 4, '4.1': 1 }
};

describe('pinned counts', () => {
	for (const name of REPORTS) {
		it(`${name}: paragraphs per standard and domain`, () => {
			const counts: Record<string, number> = {};
			for (const f of narrative[name]) counts[f.standard_code!] = (counts[f.standard_code!] ?? 0) + 1;
			expect(counts).toEqual(COUNTS[name]);
		});
	}
});

describe('every case-based standard of every report says something', () => {
	const CASE_BASED = STANDARDS.filter((s) => s.caseBased).map((s) => s.code);
	for (const name of REPORTS) {
		it(`${name}: 2.1-2.4 and 3.1-3.3 each have bulleted findings or narrative`, () => {
			const parsed = parseReport(`data/reports/${name}.txt`, raw(name));
			const rated = parsed.ratings.map((r) => r.standard_code).filter((c) => CASE_BASED.includes(c));
			expect(rated).toHaveLength(CASE_BASED.length);
			for (const code of rated) {
				const own = parsed.findings.filter((f) => f.standard_code === code && f.kind !== 'recommendation');
				expect(own.length, `${name} ${code}`).toBeGreaterThan(0);
			}
		});
	}
});

describe('robust to export differences', () => {
	it('CRLF line ends and a BOM give the same paragraphs', () => {
		const text = '\ufeff' + raw('west-sussex').replace(/\n/g, '\r\n');
		expect(parseNarrative(load('west-sussex', text))).toEqual(narrative['west-sussex']);
	});

	it('a text with no chapters has no narrative, and never throws', () => {
		expect(parseNarrative(reportText('x.txt', 'Some words here that are prose.\n\n2.2. Planning\n\nMore words that are prose.'))).toEqual([]);
		expect(parseNarrative(reportText('x.txt', ''))).toEqual([]);
	});
});
