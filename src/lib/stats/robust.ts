/**
 * Comparisons that say "higher", "similar" or "lower" by a stated rule, never
 * by a fixed percentage of the median.
 *
 * - With an interval for the figure (a count and population known): similar
 *   when the interval contains the reference ("confidence interval" method).
 * - Otherwise, against a peer group: similar when the figure is within one
 *   robust standard deviation of the group's median. The robust standard
 *   deviation is the median absolute deviation × 1.4826 (equal to the standard
 *   deviation for normally spread values, but one outlying authority cannot
 *   stretch it). ONS Explore Local Statistics uses the median absolute
 *   deviation for its "similar" in the same way.
 */
import { median } from 'd3-array';
import type { Interval } from './intervals';

export type Relation = 'lower' | 'similar' | 'higher';
type ComparisonMethod = 'confidence_interval' | 'peer_mad';

/** MAD × 1.4826: the scale at which the MAD equals the standard deviation of a normal distribution. */
export const MAD_SCALE = 1.4826;

/** Median absolute deviation from the median; null for an empty list. */
export function medianAbsoluteDeviation(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const m = median(values)!;
	return median(values.map((v) => Math.abs(v - m)))!;
}

export interface PeerComparison {
	method: 'peer_mad';
	relation: Relation;
	median: number;
	/** The robust standard deviation (MAD × 1.4826): the half-width of "similar". */
	spread: number;
}

/**
 * A value against its peers' values (the value itself not among them).
 * Null when there are fewer than three peer values: a median and spread of one
 * or two authorities are not a group.
 */
export function compareWithPeers(value: number, peers: readonly number[]): PeerComparison | null {
	if (peers.length < MIN_PEERS) return null;
	const m = median(peers)!;
	const spread = MAD_SCALE * medianAbsoluteDeviation(peers)!;
	const relation: Relation = Math.abs(value - m) <= spread ? 'similar' : value < m ? 'lower' : 'higher';
	return { method: 'peer_mad', relation, median: m, spread };
}

export const MIN_PEERS = 3;

/** A figure with its own interval against a reference value (a median, England). */
export function compareInterval(interval: Interval, reference: number): Relation {
	if (reference < interval.low) return 'higher';
	if (reference > interval.high) return 'lower';
	return 'similar';
}

// ---------------------------------------------------------------------------
// Trends

export type TrendCall = 'too_few' | 'one_year' | 'within_variation' | 'rising' | 'falling';

export interface TrendMovement {
	call: TrendCall;
	/** Change over the latest two year-on-year steps (latest minus two years before); null unless computed. */
	recentChange: number | null;
	/** Median absolute year-on-year change over the earlier years; null unless computed. */
	typicalChange: number | null;
	/** First and last year of the recent change. */
	fromYear: number | null;
	toYear: number | null;
}

/** Year-on-year steps needed before the latest two, to know the series' usual variation. */
export const MIN_EARLIER_STEPS = 3;

/**
 * Did the latest years move more than the series' own year-to-year variation?
 * A trend is called only when the last two year-on-year changes go the same
 * way and together exceed twice the median absolute year-on-year change of
 * the earlier years (two typical moves). One year's change is never a trend.
 * Years without a figure break the series: steps are between consecutive
 * years only.
 */
export function trendMovement(points: ReadonlyArray<{ year: number; value: number | null }>): TrendMovement {
	const valid = points.filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
	const none = { recentChange: null, typicalChange: null, fromYear: null, toYear: null };
	if (valid.length < 2) return { call: 'too_few', ...none };
	const steps: { to: number; change: number }[] = [];
	for (let i = 1; i < valid.length; i++) if (valid[i].year === valid[i - 1].year + 1) steps.push({ to: valid[i].year, change: valid[i].value - valid[i - 1].value });
	const last = valid[valid.length - 1];
	const lastTwo = steps.slice(-2);
	const consecutive = lastTwo.length === 2 && lastTwo[1].to === last.year && lastTwo[0].to === last.year - 1;
	if (!consecutive) return { call: steps.length && steps[steps.length - 1].to === last.year ? 'one_year' : 'too_few', ...none };
	const earlier = steps.slice(0, -2).map((s) => Math.abs(s.change));
	if (earlier.length < MIN_EARLIER_STEPS) return { call: 'too_few', ...none };
	const typical = median(earlier)!;
	const recent = lastTwo[0].change + lastTwo[1].change;
	const sameWay = Math.sign(lastTwo[0].change) === Math.sign(lastTwo[1].change) && lastTwo[0].change !== 0;
	const call: TrendCall = sameWay && Math.abs(recent) > 2 * typical ? (recent > 0 ? 'rising' : 'falling') : 'within_variation';
	return { call, recentChange: recent, typicalChange: typical, fromYear: last.year - 2, toYear: last.year };
}
