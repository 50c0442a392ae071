import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMeta, type ReportMeta } from '../../../src/lib/ingest/meta';
import { reportText, type ReportText } from '../../../src/lib/ingest/text';

function raw(name: string): string {
	return readFileSync(`data/reports/${name}.txt`, 'utf8');
}
function load(name: string): ReportText {
	return reportText(`data/reports/${name}.txt`, raw(name));
}

interface Expected {
	fieldwork: [string, number] | null;
	published: [string, number] | null;
	/** kind -> [n, line, derived?] */
	cases: Record<string, [number, number, boolean?]>;
	interviews: [number, number] | null;
}

// Read by eye from the report texts; line numbers are where the figure is printed.
const EXPECTED: Record<string, Expected> = {
	// 150: "beginning on 10 June 2024"; 13: "HM Inspectorate of Probation, September 2024";
	// 311: "13 community sentences"; 409: "We inspected 20 cases ... out-of-court disposal";
	// 513: "we inspected four cases ... custodial sentence"; 150: "37 interviews with case managers/managers".
	'east-sussex': {
		fieldwork: ['2024-06-10', 150],
		published: ['2024-09', 13],
		cases: { court: [13, 311], out_of_court: [20, 409], resettlement: [4, 513] },
		interviews: [37, 150]
	},
	// 16-17: "took place between 26 / October and 29 October 2020"; no publication date, no
	// resettlement sample; 2115 "We examined six court disposals"; 2136 "We examined four
	// out-of-court disposals"; 2099 "we conducted 10 interviews with case managers".
	hartlepool: {
		fieldwork: ['2020-10-26', 16],
		published: null,
		cases: { court: [6, 2115], out_of_court: [4, 2136] },
		interviews: [10, 2099]
	},
	// 223: "beginning on 27 June 2022 and 11 July 2022"; 13: "..., January 2023";
	// 400: "22 community sentences and one custodial sentence" (no total printed);
	// 508: 35 out-of-court; 622: "three cases ... custodial sentence"; 223: 53 interviews.
	suffolk: {
		fieldwork: ['2022-06-27', 223],
		published: ['2023-01', 13],
		cases: { court: [23, 400, true], out_of_court: [35, 508], resettlement: [3, 622] },
		interviews: [53, 223]
	},
	// 95: "Fieldwork started: May 2022" (no day anywhere); 13: "..., August 2022";
	// 1202 "We examined eight court disposals"; 1213 "We examined six out-of-court disposals";
	// 1122 "we inspected one case ... custodial sentence"; 1196 "13 interviews with case managers".
	thurrock: {
		fieldwork: ['2022-05', 95],
		published: ['2022-08', 13],
		cases: { court: [8, 1202], out_of_court: [6, 1213], resettlement: [1, 1122] },
		interviews: [13, 1196]
	},
	// 129-130: "beginning on 14 / March 2022"; no publication date; 1162: 17 court; 1182: 27
	// out-of-court; 917: "inspected two cases ... custodial sentence"; 133: "40 / interviews".
	'west-sussex': {
		fieldwork: ['2022-03-14', 129],
		published: null,
		cases: { court: [17, 1162], out_of_court: [27, 1182], resettlement: [2, 917] },
		interviews: [40, 133]
	}
};

function check(name: string, meta: ReportMeta, e: Expected) {
	const src = (line: number) => `data/reports/${name}.txt:${line}`;
	expect([meta.fieldwork, meta.fieldwork_source]).toEqual(e.fieldwork ? [e.fieldwork[0], src(e.fieldwork[1])] : [null, null]);
	expect([meta.published, meta.published_source]).toEqual(e.published ? [e.published[0], src(e.published[1])] : [null, null]);
	const cases = Object.fromEntries(meta.cases_inspected.map((c) => [c.kind, [c.n, c.source, c.derived ?? false]]));
	const expectedCases = Object.fromEntries(Object.entries(e.cases).map(([k, [n, line, d]]) => [k, [n, src(line), d ?? false]]));
	expect(cases).toEqual(expectedCases);
	expect(meta.case_manager_interviews && [meta.case_manager_interviews.n, meta.case_manager_interviews.source]).toEqual(
		e.interviews ? [e.interviews[0], src(e.interviews[1])] : null
	);
}

describe('parseMeta on the real reports', () => {
	for (const [name, e] of Object.entries(EXPECTED)) {
		it(`${name}: fieldwork, publication, cases inspected and interviews`, () => {
			check(name, parseMeta(load(name)), e);
		});
	}

	it('keeps the sentence each case count was read from', () => {
		const meta = parseMeta(load('hartlepool'));
		expect(meta.cases_inspected.map((c) => c.source_text)).toEqual([
			'We examined six court disposals.',
			'We examined four out-of-court disposals.'
		]);
		const suffolk = parseMeta(load('suffolk')).cases_inspected.find((c) => c.kind === 'court');
		expect(suffolk?.source_text).toBe('We took a detailed look at 22 community sentences and one custodial sentence managed by the YJS.');
	});

	it('does not read "Published scoring rules" (Hartlepool line 13) as a publication date', () => {
		expect(load('hartlepool').lines[12].text).toMatch(/Published$/);
		expect(parseMeta(load('hartlepool')).published).toBeNull();
	});

	it('reads the same from a CRLF, BOM, NBSP export', () => {
		for (const name of Object.keys(EXPECTED)) {
			const mangled = '\ufeff' + raw(name).replace(/ /g, (s, i: number) => (i % 7 === 0 ? '\u00a0' : s)).replace(/\n/g, '\r\n');
			check(name, parseMeta(reportText(`data/reports/${name}.txt`, mangled)), EXPECTED[name]);
		}
	});
});

describe('parseMeta fallbacks and wording variants', () => {
	it('falls back to the annexe summary when the methodology sentence is missing (Hartlepool)', () => {
		const text = raw('hartlepool').replace('We examined six court disposals.', 'We looked at some court cases.');
		const meta = parseMeta(reportText('data/reports/hartlepool.txt', text));
		// 2153-2154: "a detailed examination of a sample of six court / disposals and four out-of-court disposals"
		const court = meta.cases_inspected.find((c) => c.kind === 'court');
		expect([court?.n, court?.source]).toEqual([6, 'data/reports/hartlepool.txt:2153']);
	});

	it('uses the month-only statement when no start day is given, and a copyright year as a last resort', () => {
		const text = ['Ratings', 'Somewhere YJS', 'Fieldwork started June 2022', '', '© Crown copyright 2022'].join('\n');
		const meta = parseMeta(reportText('x.txt', text));
		expect([meta.fieldwork, meta.fieldwork_source, meta.published, meta.published_source]).toEqual(['2022-06', 'x.txt:3', '2022', 'x.txt:5']);
	});

	it('prefers an explicit publication date to the cover month', () => {
		const text = ['HM Inspectorate of Probation, August 2022', '', 'Published 3 August 2022'].join('\n');
		expect(parseMeta(reportText('x.txt', text)).published).toBe('2022-08-03');
	});

	it('reads counts written as words and skips what it cannot read', () => {
		const text = [
			'We examined twelve court disposals. We examined umpteen out-of-court disposals.',
			'',
			'We inspected a total of 19 cases.'
		].join('\n');
		const meta = parseMeta(reportText('x.txt', text));
		expect(meta.cases_inspected.map((c) => [c.kind, c.n])).toEqual([
			['court', 12],
			['total', 19]
		]);
	});

	it('does not join a date across paragraphs or accept impossible days', () => {
		const text = ['Our fieldwork began on 31', '', 'February 2022 was busy.', 'Fieldwork beginning on 31 February 2022.'].join('\n');
		const meta = parseMeta(reportText('x.txt', text));
		expect(meta.fieldwork).toBeNull();
	});

	it('returns nulls and no cases for text that is not a report', () => {
		expect(parseMeta(reportText('x.txt', ''))).toEqual({
			fieldwork: null,
			fieldwork_source: null,
			published: null,
			published_source: null,
			cases_inspected: [],
			case_manager_interviews: null
		});
	});
});

describe('parseMeta properties', () => {
	const fragments = [
		'fieldwork', 'Fieldwork started', 'beginning on', 'took place between', '14', '31', 'March', 'June 2022', '2022',
		'Published', 'Published by:', '© Crown copyright', 'We examined', 'six', 'twelve', 'court disposals', 'out-of-court disposals',
		'We inspected', 'cases managed by the YJS that had received a custodial sentence', 'conducted', 'interviews with case managers',
		'.', '', '\t', 'Inspection of youth offending services West Sussex YJS 5'
	];
	const line = fc.oneof(fc.string(), fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((p) => p.join(' ')));

	it('never throws on arbitrary or mangled text, and returns well-formed values', () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (ls, eol) => {
				const report = reportText('f.txt', ls.join(eol));
				const meta = parseMeta(report);
				if (meta.fieldwork !== null) {
					expect(meta.fieldwork).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
					expect(meta.fieldwork_source).toMatch(/^f\.txt:\d+$/);
				}
				if (meta.published !== null) expect(meta.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
				for (const c of meta.cases_inspected) {
					expect(Number.isInteger(c.n) && c.n >= 0).toBe(true);
					const no = Number(c.source.replace('f.txt:', ''));
					expect(no).toBeGreaterThanOrEqual(1);
					expect(no).toBeLessThanOrEqual(report.lines.length);
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('never throws when real report lines are dropped or shuffled', () => {
		const lines = raw('west-sussex').split('\n').slice(120, 140).concat(raw('hartlepool').split('\n').slice(2095, 2160));
		fc.assert(
			fc.property(fc.shuffledSubarray(lines), (sub) => {
				const meta = parseMeta(reportText('r.txt', sub.join('\n')));
				expect(Array.isArray(meta.cases_inspected)).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});
