/**
 * Interval arithmetic pinned to known values, and properties that any correct
 * interval has whatever the sample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byarRateInterval, wilsonInterval, wilsonPct } from '../../../src/lib/stats/intervals';

describe('Wilson score interval', () => {
	it('Hartlepool 2.2, the child\u2019s safety, 4 of 6 cases: 30.0% to 90.3%', () => {
		expect(wilsonPct((100 * 4) / 6, 6)).toEqual({ low: 30, high: 90.3 });
		const { low, high } = wilsonInterval(4, 6);
		expect(low).toBeCloseTo(0.29999, 4);
		expect(high).toBeCloseTo(0.90324, 4);
	});

	it('0 of n starts at exactly 0 and still has room above (no events is not proof of none)', () => {
		expect(wilsonInterval(0, 6).low).toBe(0);
		expect(wilsonPct(0, 6)).toEqual({ low: 0, high: 39 });
		expect(wilsonPct(0, 20)).toEqual({ low: 0, high: 16.1 });
	});

	it('n of n ends at exactly 100 and still has room below', () => {
		expect(wilsonInterval(6, 6).high).toBe(1);
		expect(wilsonPct(100, 6)).toEqual({ low: 61, high: 100 });
		expect(wilsonPct(100, 27)).toEqual({ low: 87.5, high: 100 });
	});

	it('a printed % with a sample (West Sussex 2.3, 63% of 17 court cases): 39.7% to 81.5%', () => {
		expect(wilsonPct(63, 17)).toEqual({ low: 39.7, high: 81.5 });
	});

	it('rejects an impossible sample rather than inventing an interval', () => {
		expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
		expect(() => wilsonInterval(7, 6)).toThrow(RangeError);
	});

	it('always contains its estimate and stays within 0\u2013100%', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
				const k = Math.round(share * n);
				const { low, high } = wilsonInterval(k, n);
				expect(low).toBeGreaterThanOrEqual(0);
				expect(high).toBeLessThanOrEqual(1);
				expect(low).toBeLessThanOrEqual(k / n + 1e-12);
				expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
			})
		);
	});

	it('narrows as the sample grows at the same proportion', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 2, max: 10 }), (n, pct, factor) => {
				const small = wilsonInterval((pct / 100) * n, n);
				const large = wilsonInterval((pct / 100) * n * factor, n * factor);
				expect(large.high - large.low).toBeLessThan(small.high - small.low);
			})
		);
	});
});

describe('Byar interval for a rate', () => {
	it('a zero count: lower limit 0, upper limit above 0', () => {
		// 0 events in 100,000: upper = 1 × (1 − 1/9 + 1.96/3)³ = 3.668 events (exact Poisson: 3.689).
		const { low, high } = byarRateInterval(0, 100_000);
		expect(low).toBe(0);
		expect(high).toBeCloseTo(3.668, 3);
		expect(Math.abs(high - 3.689) / 3.689).toBeLessThan(0.01);
		// Per 100,000 from a smaller population: 0 of 20,000 children could be up to 18.3 per 100,000.
		expect(byarRateInterval(0, 20_000).high).toBeCloseTo(18.34, 2);
	});

	it('10 events: 10 × (1 − 1/90 − 1.96/(3√10))³ = 4.787 to 11 × (1 − 1/99 + 1.96/(3√11))³ = 18.391', () => {
		const { low, high } = byarRateInterval(10, 100_000);
		expect(low).toBeCloseTo(4.7874, 3);
		expect(high).toBeCloseTo(18.3915, 3);
		// Within 0.2% of the exact Poisson limits 4.795 and 18.390.
		expect(Math.abs(low - 4.795) / 4.795).toBeLessThan(0.002);
		expect(Math.abs(high - 18.39) / 18.39).toBeLessThan(0.002);
	});

	it('always contains the rate and narrows as the count grows', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1_000, max: 1_000_000 }), (count, population) => {
				const rate = (count / population) * 100_000;
				const { low, high } = byarRateInterval(count, population);
				expect(low).toBeLessThanOrEqual(rate + 1e-9);
				expect(high).toBeGreaterThanOrEqual(rate);
				const bigger = byarRateInterval(count * 4, population * 4);
				expect(bigger.high - bigger.low).toBeLessThan(high - low);
			})
		);
	});
});
