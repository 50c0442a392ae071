import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDemographics } from '../../../src/lib/ingest/demographics';
import { reportText, type ReportText } from '../../../src/lib/ingest/text';
import type { DemographicRecord } from '../../../src/lib/ingest/types';

function load(name: string): ReportText {
	const file = `data/reports/${name}.txt`;
	return reportText(file, readFileSync(file, 'utf8'));
}

type Expected = [DemographicRecord['dimension'], string, DemographicRecord['population'], string, number, number];

function rec([dimension, category, population, population_label, pct, line]: Expected, name: string): DemographicRecord {
	return { dimension, category, population, population_label, pct, source: `data/reports/${name}.txt:${line}` };
}

const key = (r: DemographicRecord) => `${r.dimension}|${r.population}|${r.category}`;
const sorted = (rs: DemographicRecord[]) => [...rs].sort((a, b) => key(a).localeCompare(key(b)));

// Every figure below was read by eye from the report text (sed -n on the line cited).
const EXPECTED: Record<string, Expected[]> = {
	// thurrock.txt 352-362: tab-separated, "Race/ethnicity ⁹" header with superscript footnote.
	thurrock: [
		['age', '10-14', 'caseload', 'Thurrock YOS', 23, 353],
		['age', '15-17', 'caseload', 'Thurrock YOS', 77, 353],
		['age', '10-14', 'comparator', 'National average', 18, 354],
		['age', '15-17', 'comparator', 'National average', 82, 354],
		['ethnicity', 'white', 'caseload', 'Thurrock YOS', 62, 357],
		['ethnicity', 'black_asian_minority_ethnic', 'caseload', 'Thurrock YOS', 27, 357],
		['ethnicity', 'unknown', 'caseload', 'Thurrock YOS', 12, 357],
		['ethnicity', 'white', 'comparator', 'Youth population (school age children) in Thurrock', 81, 358],
		['ethnicity', 'black_asian_minority_ethnic', 'comparator', 'Youth population (school age children) in Thurrock', 19, 358],
		['ethnicity', 'unknown', 'comparator', 'Youth population (school age children) in Thurrock', 0, 358],
		['gender', 'male', 'caseload', 'Thurrock YOS', 87, 361],
		['gender', 'female', 'caseload', 'Thurrock YOS', 13, 361],
		['gender', 'male', 'comparator', 'National average', 86, 362],
		['gender', 'female', 'comparator', 'National average', 13, 362]
	],
	// west-sussex.txt 988-1004: header wraps ("Black, Asian and" / "minority ethnic Unknown"),
	// comparator label wraps ("Youth population (10–17" / "years) in West Sussex YJS"),
	// footnotes glued to values ("6%16", "23.3%17"), and "-" for the comparator's unknown.
	'west-sussex': [
		['age', '10-14', 'caseload', 'West Sussex YJS', 22, 989],
		['age', '15-17', 'caseload', 'West Sussex YJS', 78, 989],
		['age', '10-14', 'comparator', 'National average', 18, 990],
		['age', '15-17', 'comparator', 'National average', 82, 990],
		['ethnicity', 'white', 'caseload', 'West Sussex YJS', 76, 997],
		['ethnicity', 'black_asian_minority_ethnic', 'caseload', 'West Sussex YJS', 18, 997],
		['ethnicity', 'unknown', 'caseload', 'West Sussex YJS', 6, 997],
		['ethnicity', 'white', 'comparator', 'Youth population (10-17 years) in West Sussex YJS', 91.4, 999],
		['ethnicity', 'black_asian_minority_ethnic', 'comparator', 'Youth population (10-17 years) in West Sussex YJS', 8.6, 999],
		['gender', 'male', 'caseload', 'West Sussex YJS', 76.7, 1003],
		['gender', 'female', 'caseload', 'West Sussex YJS', 23.3, 1003],
		['gender', 'male', 'comparator', 'National average', 86, 1004],
		['gender', 'female', 'comparator', 'National average', 14, 1004]
	],
	// hartlepool.txt 183-207: "Demographics of children cautioned or sentenced", rows separated
	// by blank lines, ethnicity header spread over five lines.
	hartlepool: [
		['age', '10-14', 'caseload', 'Hartlepool YJS', 32, 185],
		['age', '15-17', 'caseload', 'Hartlepool YJS', 68, 185],
		['age', '10-14', 'comparator', 'National average', 23, 187],
		['age', '15-17', 'comparator', 'National average', 77, 187],
		['ethnicity', 'white', 'caseload', 'Hartlepool YJS', 97, 197],
		['ethnicity', 'black_asian_minority_ethnic', 'caseload', 'Hartlepool YJS', 3, 197],
		['ethnicity', 'unknown', 'caseload', 'Hartlepool YJS', 0, 197],
		['ethnicity', 'white', 'comparator', 'National average', 70, 199],
		['ethnicity', 'black_asian_minority_ethnic', 'comparator', 'National average', 26, 199],
		['ethnicity', 'unknown', 'comparator', 'National average', 4, 199],
		['gender', 'male', 'caseload', 'Hartlepool YJS', 86, 205],
		['gender', 'female', 'caseload', 'Hartlepool YJS', 14, 205],
		['gender', 'male', 'comparator', 'National average', 85, 207],
		['gender', 'female', 'comparator', 'National average', 15, 207]
	]
};

describe('parseDemographics on the real reports', () => {
	for (const [name, expected] of Object.entries(EXPECTED)) {
		describe(name, () => {
			const records = parseDemographics(load(name));

			it('reads every printed percentage, figure by figure, with its line', () => {
				expect(sorted(records)).toEqual(sorted(expected.map((e) => rec(e, name))));
			});

			it('has shares per population summing to 100 ± 1 (when no column is blank)', () => {
				const sums = new Map<string, number>();
				for (const r of records) {
					const k = `${r.dimension}|${r.population_label}|${r.population}`;
					sums.set(k, (sums.get(k) ?? 0) + r.pct);
				}
				expect(sums.size).toBe(6);
				for (const sum of sums.values()) expect(Math.abs(sum - 100)).toBeLessThanOrEqual(1);
			});

			it('cites lines that print the figure', () => {
				const report = load(name);
				for (const r of records) {
					const line = report.lines[Number(r.source.split(':')[1]) - 1];
					expect(line.text).toContain(`${r.pct}%`);
				}
			});
		});
	}

	it('does not turn footnote markers into data or labels', () => {
		const ws = parseDemographics(load('west-sussex'));
		// "6%16" and "23.3%17": 16 and 17 are footnotes.
		expect(ws.map((r) => r.pct)).not.toContain(16);
		expect(ws.map((r) => r.pct)).not.toContain(17);
		for (const name of Object.keys(EXPECTED)) {
			for (const r of parseDemographics(load(name))) {
				expect(r.population_label).not.toMatch(/[\u00b9\u00b2\u00b3\u2070-\u2079]|[A-Za-z]\d+$/);
			}
		}
	});

	it('records no figure for a column printed as "-" (West Sussex youth population, unknown)', () => {
		const ws = parseDemographics(load('west-sussex'));
		expect(ws.filter((r) => r.dimension === 'ethnicity' && r.population === 'comparator' && r.category === 'unknown')).toEqual([]);
	});

	it('returns nothing, not zeros, for reports without the tables', () => {
		expect(parseDemographics(load('east-sussex'))).toEqual([]);
		expect(parseDemographics(load('suffolk'))).toEqual([]);
	});
});

const thurrockRaw = readFileSync('data/reports/thurrock.txt', 'utf8');

describe('parseDemographics on re-exported and mangled text', () => {
	it('reads the same figures from CRLF, BOM, NBSP and space-aligned exports', () => {
		const base = parseDemographics(load('thurrock'));
		const variants = [
			'\ufeff' + thurrockRaw.replace(/\n/g, '\r\n'),
			thurrockRaw.replace(/\t/g, '   '),
			thurrockRaw.replace(/\t/g, '\u00a0\u00a0'),
			thurrockRaw.replace(/%/g, ' %')
		];
		for (const raw of variants) {
			const got = parseDemographics(reportText('data/reports/thurrock.txt', raw));
			expect(got.map(({ source: _s, ...r }) => r)).toEqual(base.map(({ source: _s, ...r }) => r));
		}
	});

	it('reads West Sussex the same when its glued footnotes come loose ("6% 16") and lines end in CRLF', () => {
		const raw = readFileSync('data/reports/west-sussex.txt', 'utf8');
		const loosened = raw.replace('6%16', '6% 16').replace('23.3%17', '23.3% 17').replace(/\n/g, '\r\n');
		const got = parseDemographics(reportText('data/reports/west-sussex.txt', loosened));
		expect(sorted(got)).toEqual(sorted(EXPECTED['west-sussex'].map((e) => rec(e, 'west-sussex'))));
	});

	it('reads a row whose label and values sit on separate lines, and keeps printed age bands', () => {
		const raw = [
			'Caseload information',
			'Age 10–13 years 14–17 years',
			'Sometown',
			'YJS',
			'40% 60%',
			'National average2 25% 75%',
			'',
			'Gender Male Female Unknown',
			'Sometown YJS 80% 15% 5%',
			'National average 85% 15% -'
		].join('\n');
		const got = parseDemographics(reportText('x.txt', raw));
		expect(got).toEqual([
			{ dimension: 'age', category: '10-13', population: 'caseload', population_label: 'Sometown YJS', pct: 40, source: 'x.txt:5' },
			{ dimension: 'age', category: '14-17', population: 'caseload', population_label: 'Sometown YJS', pct: 60, source: 'x.txt:5' },
			{ dimension: 'age', category: '10-13', population: 'comparator', population_label: 'National average', pct: 25, source: 'x.txt:6' },
			{ dimension: 'age', category: '14-17', population: 'comparator', population_label: 'National average', pct: 75, source: 'x.txt:6' },
			{ dimension: 'gender', category: 'male', population: 'caseload', population_label: 'Sometown YJS', pct: 80, source: 'x.txt:9' },
			{ dimension: 'gender', category: 'female', population: 'caseload', population_label: 'Sometown YJS', pct: 15, source: 'x.txt:9' },
			{ dimension: 'gender', category: 'unknown', population: 'caseload', population_label: 'Sometown YJS', pct: 5, source: 'x.txt:9' },
			{ dimension: 'gender', category: 'male', population: 'comparator', population_label: 'National average', pct: 85, source: 'x.txt:10' },
			{ dimension: 'gender', category: 'female', population: 'comparator', population_label: 'National average', pct: 15, source: 'x.txt:10' }
		]);
	});

	it('drops a row whose values do not line up with its header rather than guessing', () => {
		const raw = ['Gender Male Female', 'Sometown YJS 80% 15% 5%', 'National average 85% 15%'].join('\n');
		const got = parseDemographics(reportText('x.txt', raw));
		expect(got.map((r) => `${r.population}:${r.category}:${r.pct}`)).toEqual(['comparator:male:85', 'comparator:female:15']);
	});

	it('reads no share above 100% (a case fast-check found: a one-column row printing 101%)', () => {
		const raw = ['Age 15–17 years Youth population (10–17', 'Hartlepool2 - 101%'].join('\n');
		expect(parseDemographics(reportText('f.txt', raw))).toEqual([]);
	});

	it('ignores prose that merely mentions gender or ethnicity', () => {
		const raw = 'Gender was not addressed specifically.\nEthnicity data showed 34% were from minority groups.\nAge 15 children made up 40% of cases.';
		expect(parseDemographics(reportText('x.txt', raw))).toEqual([]);
	});
});

describe('parseDemographics properties', () => {
	const fragments = [
		'Age', 'Race/ethnicity ⁹', 'Gender', 'Male', 'Female', 'White', 'Black, Asian and', 'minority ethnic', 'Unknown',
		'10–14 years', '15–17 years', 'National average', 'Thurrock YOS', 'Hartlepool2', '23%', '6%16', '-', '\t', '  ', '',
		'Youth population (10–17', 'years) in X', '101%', '0%', 'Additional caseload data', '⁵ Office for National Statistics.'
	];
	const line = fc.oneof(
		fc.string(),
		fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((parts) => parts.join(' '))
	);

	it('never throws on arbitrary text, and every figure it returns is printed on its source line', () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (ls, eol) => {
				const report = reportText('f.txt', ls.join(eol));
				const records = parseDemographics(report);
				for (const r of records) {
					expect(r.pct).toBeGreaterThanOrEqual(0);
					expect(r.pct).toBeLessThanOrEqual(100);
					expect(r.population_label.length).toBeGreaterThan(0);
					const no = Number(r.source.replace('f.txt:', ''));
					expect(report.lines[no - 1].text.replace(/\s+%/g, '%')).toContain(`${r.pct}%`);
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('never throws when real table lines are dropped, duplicated or shuffled', () => {
		const lines = thurrockRaw.split('\n').slice(340, 372);
		fc.assert(
			fc.property(fc.shuffledSubarray(lines), fc.array(fc.nat(lines.length - 1), { maxLength: 5 }), (sub, dups) => {
				const raw = [...sub, ...dups.map((d) => lines[d])].join('\n');
				const report = reportText('t.txt', raw);
				for (const r of parseDemographics(report)) {
					const no = Number(r.source.replace('t.txt:', ''));
					expect(report.lines[no - 1].text).toContain(`${r.pct}%`);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
