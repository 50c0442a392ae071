/**
 * The sample and interval of every key question, from the real reports: the
 * printed counts where the report prints them (Hartlepool), else the cases the
 * report says were inspected in the question's domain.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/ingest/report';
import { keyQuestionSample } from '../../../src/lib/tables/keyQuestionSample';

const parsed = (name: string) =>
	parseReport(`data/reports/${name}.txt`, readFileSync(fileURLToPath(new URL(`../../../data/reports/${name}.txt`, import.meta.url)), 'utf8'));

describe('key-question samples and intervals', () => {
	it('Hartlepool 2.2, the child\u2019s safety: 4 of 6 printed for the question, 30.0 to 90.3', () => {
		const r = parsed('hartlepool');
		const k = r.key_questions.find((q) => q.level === 'key_question' && q.standard_code === '2.2' && q.aspect === 'safety_of_child')!;
		expect(keyQuestionSample(k, r.facts)).toEqual({
			n_cases: 6,
			n_cases_basis: 'printed_for_question',
			n_cases_source: 'data/reports/hartlepool.txt:980',
			ci_low: 30,
			ci_high: 90.3
		});
	});

	it('West Sussex 2.3, other people\u2019s safety, 63%: the 17 court disposals it examined (line 1162), approximate', () => {
		const r = parsed('west-sussex');
		const k = r.key_questions.find((q) => q.level === 'key_question' && q.standard_code === '2.3' && q.aspect === 'safety_of_others')!;
		expect(k.pct_yes).toBe(63);
		expect(keyQuestionSample(k, r.facts)).toEqual({
			n_cases: 17,
			n_cases_basis: 'domain_cases_inspected',
			n_cases_source: 'data/reports/west-sussex.txt:1162',
			ci_low: 39.7,
			ci_high: 81.5
		});
	});

	it('domain 3 questions rest on the out-of-court cases (Suffolk: 35)', () => {
		const r = parsed('suffolk');
		const samples = r.key_questions.filter((q) => q.standard_code.startsWith('3.') && q.pct_yes !== null).map((q) => keyQuestionSample(q, r.facts));
		expect(samples.length).toBeGreaterThan(0);
		for (const s of samples) expect([s.n_cases, s.n_cases_basis]).toEqual([35, 'domain_cases_inspected']);
	});

	it('no sample printed anywhere: no interval, never an invented one', () => {
		const r = parsed('west-sussex');
		const k = r.key_questions.find((q) => q.standard_code === '2.1')!;
		const withoutCases = r.facts.filter((f) => !f.measure.startsWith('cases_inspected'));
		expect(keyQuestionSample(k, withoutCases)).toEqual({ n_cases: null, n_cases_basis: null, n_cases_source: null, ci_low: null, ci_high: null });
	});

	it('every interval of every report contains its figure', () => {
		for (const name of ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex']) {
			const r = parsed(name);
			for (const k of r.key_questions) {
				const s = keyQuestionSample(k, r.facts);
				if (k.pct_yes === null) continue;
				expect(s.ci_low, `${name} ${k.standard_code} ${k.question}`).not.toBeNull();
				expect(s.ci_low!).toBeLessThanOrEqual(k.pct_yes);
				expect(s.ci_high!).toBeGreaterThanOrEqual(k.pct_yes);
			}
		}
	});
});
