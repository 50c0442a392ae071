/**
 * Worked examples for /methods, built from the published tables so the page
 * can never disagree with the charts: each example keeps the figures, the
 * result of the same functions the charts use, and the source lines.
 * Pure: rows in, plain objects out.
 */
import { ratingForKeyQuestionPct, ratingForScore, type Rating } from '../framework';
import { lowestKeyQuestionWords, sampleOf, SMALL_SAMPLE, type Sampled } from '../charts/certainty';
import { wilsonPct } from '../stats/intervals';
import { medianAbsoluteDeviation, MAD_SCALE } from '../stats/robust';
import type { MethodsKeyQuestionRow, MethodsScoreRow } from '../db/queries/methods';
import type { PeerModel } from '../views/peers/model';
import type { TrendPanel } from '../views/context/trends';
import { reportWordingOf } from '../views/standards/model';

export interface KeyQuestionExample extends Sampled {
	inspectionId: string;
	standardCode: string;
	aspect: string;
	nYes: number | null;
	band: Rating;
	rating: Rating | null;
	source: string;
	sampleSource: string | null;
	ratingSource: string | null;
	/** The lowest-key-question sentence the charts print (band lines, rating). */
	certainty: string | null;
	discretion: { wording: string | null; source: string } | null;
}

function toExample(r: MethodsKeyQuestionRow): KeyQuestionExample {
	const sample = { pct: r.pct_yes, ...sampleOf(r) };
	const rating = (r.rating as Rating | null) ?? null;
	return {
		...sample,
		inspectionId: r.inspection_id,
		standardCode: r.standard_code,
		aspect: r.aspect,
		nYes: r.n_yes,
		band: ratingForKeyQuestionPct(r.pct_yes)!,
		rating,
		source: r.source,
		sampleSource: r.n_cases_source,
		ratingSource: r.rating_source,
		certainty: lowestKeyQuestionWords(rating, sample),
		discretion: r.check_status === 'discretion' ? { wording: reportWordingOf(r.check_detail), source: r.check_source ?? r.source } : null
	};
}

export interface MethodsExamples {
	keyQuestions: Record<'hartlepool' | 'westSussex' | 'thurrockCourt' | 'thurrockOutOfCourt', KeyQuestionExample | null>;
	scores: { localAuthority: string; score: number; rating: string; band: Rating | null; source: string }[];
	/** Width in points of the 95% interval at 50% and at 90%, for n = 5, 9, 10, 20, 40: why 10 is the small-sample line. */
	widths: { n: number; atHalf: number; atNinety: number }[];
	peers: {
		localAuthority: string;
		value: number;
		neighbourValues: number[];
		median: number;
		mad: number;
		spread: number;
		relation: string;
	} | null;
	trend: { localAuthority: string; values: { year: number; value: number | null }[]; panel: TrendPanel } | null;
}

export function methodsExamples(
	keyQuestions: readonly MethodsKeyQuestionRow[],
	scores: readonly MethodsScoreRow[],
	peer: PeerModel | null,
	trend: TrendPanel | null
): MethodsExamples {
	const find = (id: string, code: string) => {
		const row = keyQuestions.find((k) => k.inspection_id === id && k.standard_code === code);
		return row ? toExample(row) : null;
	};
	const neighbourValues = peer ? peer.points.filter((p) => !p.isService && p.value !== null).map((p) => p.value!) : [];
	const mad = medianAbsoluteDeviation(neighbourValues);
	return {
		keyQuestions: {
			hartlepool: find('hartlepool-2020', '2.2'),
			westSussex: find('west-sussex-2022', '2.3'),
			thurrockCourt: find('thurrock-2022', '2.2'),
			thurrockOutOfCourt: find('thurrock-2022', '3.2')
		},
		scores: scores
			.filter((s) => s.score !== null)
			.map((s) => ({ localAuthority: s.local_authority, score: s.score!, rating: s.overall_rating, band: ratingForScore(s.score!), source: s.source })),
		widths: [5, SMALL_SAMPLE - 1, SMALL_SAMPLE, 20, 40].map((n) => {
			const half = wilsonPct(50, n);
			const ninety = wilsonPct(90, n);
			return { n, atHalf: Math.round(half.high - half.low), atNinety: Math.round(ninety.high - ninety.low) };
		}),
		peers:
			peer && peer.service?.value != null && peer.median !== null && peer.spread !== null && mad !== null
				? {
						localAuthority: peer.localAuthority,
						value: peer.service.value,
						neighbourValues: [...neighbourValues].sort((a, b) => a - b),
						median: peer.median,
						mad,
						spread: peer.spread,
						relation: peer.service.relation ?? 'not compared'
					}
				: null,
		trend: trend ? { localAuthority: trend.localAuthority, values: trend.la.points.map((p) => ({ year: p.year, value: p.value })), panel: trend } : null
	};
}

export { MAD_SCALE };
