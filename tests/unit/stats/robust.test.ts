import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareInterval, compareWithPeers, medianAbsoluteDeviation, trendMovement } from '../../../src/lib/stats/robust';
import { byarRateInterval } from '../../../src/lib/stats/intervals';

describe('peer comparison by median absolute deviation', () => {
	it('computes the MAD: 1, 2, 3, 4, 100 → median 3, deviations 2, 1, 0, 1, 97 → MAD 1', () => {
		expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1);
		expect(medianAbsoluteDeviation([])).toBeNull();
	});

	it('one outlying peer does not stretch "similar" (a standard deviation would)', () => {
		const peers = [100, 104, 96, 102, 98, 101, 99, 400];
		const c = compareWithPeers(110, peers)!;
		expect(c.median).toBe(100.5);
		expect(c.spread).toBeCloseTo(1.4826 * 2, 6);
		expect(c.relation).toBe('higher');
		expect(compareWithPeers(102, peers)!.relation).toBe('similar');
		expect(compareWithPeers(90, peers)!.relation).toBe('lower');
	});

	it('says nothing with fewer than three peers', () => {
		expect(compareWithPeers(5, [4, 6])).toBeNull();
	});

	it('a value equal to the median is always similar', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 20 }), (peers) => {
				const c = compareWithPeers(0, peers)!;
				expect(compareWithPeers(c.median, peers)!.relation).toBe('similar');
			})
		);
	});
});

describe('a figure with its own interval against a reference', () => {
	it('a rate with a zero count is lower than a reference above its upper limit, similar below it', () => {
		const zero = byarRateInterval(0, 20_000); // 0 to 18.3 per 100,000
		expect(compareInterval(zero, 200)).toBe('lower');
		expect(compareInterval(zero, 10)).toBe('similar');
		expect(compareInterval({ low: 30, high: 90.3 }, 20)).toBe('higher');
	});
});

describe('trend movement against the series\u2019 own year-to-year variation', () => {
	const series = (values: (number | null)[], start = 2016) => values.map((value, i) => ({ year: start + i, value }));

	it('a steady series that falls sharply in its last two years is falling', () => {
		const m = trendMovement(series([300, 310, 295, 305, 300, 260, 220]));
		expect(m.call).toBe('falling');
		expect(m.recentChange).toBe(-80);
		expect(m.typicalChange).toBe(10);
		expect([m.fromYear, m.toYear]).toEqual([2020, 2022]);
	});

	it('the same fall in a noisy series is within its usual variation', () => {
		expect(trendMovement(series([300, 360, 280, 350, 300, 260, 220])).call).toBe('within_variation');
	});

	it('never calls a one-year change a trend', () => {
		expect(trendMovement(series([300, 310, 295, 305, 300, 300, 100])).call).toBe('within_variation');
		// A gap before the latest year leaves one year-on-year step at the end.
		expect(trendMovement(series([300, 310, 295, 305, null, 200, 100])).call).toBe('one_year');
		expect(trendMovement(series([300, 100])).call).toBe('one_year');
	});

	it('needs three earlier steps to know the usual variation', () => {
		expect(trendMovement(series([300, 310, 280, 200, 100])).call).toBe('too_few');
		expect(trendMovement(series([300, 310, 320, 280, 200, 100])).call).toBe('falling');
		expect(trendMovement(series([null, 5])).call).toBe('too_few');
	});
});
