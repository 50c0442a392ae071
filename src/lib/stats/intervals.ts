/**
 * How sure a figure is: 95% confidence intervals for a proportion (Wilson
 * score) and for a rate from a count (Byar). Pure arithmetic, no data.
 *
 * Wilson rather than the textbook "p ± 1.96·SE": on the small samples an
 * inspection reads (4 of 6 cases) that formula gives limits below 0% or
 * above 100% and zero width at 0 of n and n of n. Wilson's interval stays
 * inside 0–100%, is never empty, and is what Fingertips and the ONS use for
 * proportions. Byar's approximation to the exact Poisson interval is what
 * Public Health England's methods use for a rate from a count.
 */

/** Two-sided 95%: the normal quantile 1.959964. */
export const Z_95 = 1.959963984540054;

export interface Interval {
	low: number;
	high: number;
}

/**
 * Wilson score interval for a proportion: `successes` of `n` (successes may be
 * a proportion × n when only a percentage is printed). Returns proportions 0–1.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval {
	if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`wilsonInterval: n must be a positive number, got ${n}`);
	if (!(successes >= 0 && successes <= n)) throw new RangeError(`wilsonInterval: successes must be within 0–${n}, got ${successes}`);
	const p = successes / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	// At 0 of n and n of n the limit is exactly 0 or 1; keep rounding error out.
	return { low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === n ? 1 : Math.min(1, centre + half) };
}

/** Wilson interval of a percentage, in percentage points rounded to one decimal. */
export function wilsonPct(pct: number, n: number): Interval {
	const { low, high } = wilsonInterval((pct / 100) * n, n);
	return { low: round1(low * 100), high: round1(high * 100) };
}

/**
 * Byar's 95% interval for a rate: `count` events in `population`, expressed
 * per `per` (e.g. 100,000). A zero count has a lower limit of 0 and an upper
 * limit above 0: no events seen is not proof of a zero rate.
 */
export function byarRateInterval(count: number, population: number, per = 100_000, z = Z_95): Interval {
	if (!(population > 0)) throw new RangeError(`byarRateInterval: population must be positive, got ${population}`);
	if (!(count >= 0) || !Number.isInteger(count)) throw new RangeError(`byarRateInterval: count must be a whole number ≥ 0, got ${count}`);
	const lowCount = count === 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
	const o = count + 1;
	const highCount = o * (1 - 1 / (9 * o) + z / (3 * Math.sqrt(o))) ** 3;
	return { low: (lowCount / population) * per, high: (highCount / population) * per };
}

export function round1(x: number): number {
	return Math.round(x * 10) / 10;
}
