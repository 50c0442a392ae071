import { describe, expect, it } from 'vitest';
import { certaintyWords, isSmallSample, lowestKeyQuestionWords, SMALL_SAMPLE } from '../../../src/lib/charts/certainty';

const hartlepool = { pct: 66.7, nCases: 6, basis: 'printed_for_question' as const, ci: { low: 30, high: 90.3 } };
// West Sussex 2.3, other people's safety: 63% of the 17 court cases inspected (Wilson 39.7 to 81.5).
const westSussex = { pct: 63, nCases: 17, basis: 'domain_cases_inspected' as const, ci: { low: 39.7, high: 81.5 } };

describe('how sure a key-question % is, in words', () => {
	it('reads as the issue asks: "67% of 6 cases; could plausibly be 30% to 90%"', () => {
		expect(certaintyWords(hartlepool, '67%')).toBe('67% of 6 cases (a small sample); could plausibly be 30% to 90%');
		expect(certaintyWords(westSussex)).toBe('63% of up to 17 cases; could plausibly be 40% to 82%');
		expect(certaintyWords({ pct: 63, nCases: null, basis: null, ci: null })).toBe('63%; no sample printed, so how sure it is cannot be said');
	});

	it('flags fewer than 10 cases as small, and only a real sample', () => {
		expect(SMALL_SAMPLE).toBe(10);
		expect(isSmallSample(hartlepool)).toBe(true);
		expect(isSmallSample(westSussex)).toBe(false);
		expect(isSmallSample({ nCases: 9, basis: 'domain_cases_inspected' })).toBe(true);
		expect(isSmallSample({ nCases: 6, basis: null })).toBe(false);
	});

	it('says when the lowest key question is not clearly on one side of a band line', () => {
		expect(lowestKeyQuestionWords('Requires improvement', westSussex)).toBe(
			'The lowest key question, 63% of up to 17 cases, is not clearly below the 65% line and not clearly above the 50% line: it could plausibly be 40% to 82%.'
		);
	});

	it('says whether the sample rules out a rating that differs from the band', () => {
		expect(lowestKeyQuestionWords('Good', westSussex)).toMatch(/reaches the Good band, so the sample does not rule out the Good rating\.$/);
		const clear = { pct: 40, nCases: 200, basis: 'domain_cases_inspected' as const, ci: { low: 33.5, high: 46.9 } };
		expect(lowestKeyQuestionWords('Good', clear)).toBe(
			'The lowest key question, 40% of up to 200 cases, is clearly in the Inadequate band (it could plausibly be 34% to 47%). The Good rating lies outside that range.'
		);
	});

	it('stays silent where the figure is clearly in its band and the rating agrees', () => {
		expect(lowestKeyQuestionWords('Outstanding', { pct: 96, nCases: 27, basis: 'domain_cases_inspected', ci: { low: 81.3, high: 99.3 } })).toBeNull();
		expect(lowestKeyQuestionWords('Good', { pct: 70, nCases: null, basis: null, ci: null })).toBeNull();
	});
});
