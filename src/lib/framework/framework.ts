/**
 * HM Inspectorate of Probation youth justice inspection framework: the one
 * source of truth for domains, standards, ratings, points and bands.
 * Everything else (parser, validation, charts, legends) imports from here.
 */

export const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;
export type Rating = (typeof RATINGS)[number];

/** Points a rating contributes to the score out of 36. */
export const RATING_POINTS: Record<Rating, number> = {
	Outstanding: 3,
	Good: 2,
	'Requires improvement': 1,
	Inadequate: 0
};

/** Short letters shown inside heatmap cells, so colour is never the only signal. */
export const RATING_ABBREVIATION: Record<Rating, string> = {
	Outstanding: 'O',
	Good: 'G',
	'Requires improvement': 'RI',
	Inadequate: 'I'
};

export const SCORE_MAX = 36;

/** Overall rating bands on the score out of 36 (inclusive bounds). */
export const SCORE_BANDS: ReadonlyArray<{ rating: Rating; min: number; max: number }> = [
	{ rating: 'Inadequate', min: 0, max: 6 },
	{ rating: 'Requires improvement', min: 7, max: 18 },
	{ rating: 'Good', min: 19, max: 30 },
	{ rating: 'Outstanding', min: 31, max: 36 }
];

/** Key-question bands on % 'Yes' (lower bound inclusive). */
export const KEY_QUESTION_BANDS: ReadonlyArray<{ rating: Rating; minPct: number }> = [
	{ rating: 'Outstanding', minPct: 80 },
	{ rating: 'Good', minPct: 65 },
	{ rating: 'Requires improvement', minPct: 50 },
	{ rating: 'Inadequate', minPct: 0 }
];

/** The thresholds drawn as band lines on key-question charts. */
export const KEY_QUESTION_THRESHOLDS = [50, 65, 80] as const;

export type DomainCode = '1' | '2' | '3' | '4';
export interface Domain {
	code: DomainCode;
	name: string;
	/** Resettlement is rated separately and does not count towards the score. */
	scored: boolean;
}

export const DOMAINS: readonly Domain[] = [
	{ code: '1', name: 'Organisational delivery', scored: true },
	{ code: '2', name: 'Court disposals', scored: true },
	{ code: '3', name: 'Out-of-court disposals', scored: true },
	{ code: '4', name: 'Resettlement', scored: false }
];

export type FrameworkId = 'original' | 'revised';

export interface Standard {
	code: string;
	domain: DomainCode;
	/** Name in the revised framework (2021 onwards). */
	name: string;
	/** Short label for narrow chart columns. */
	shortName: string;
	/** Case-based standards have key questions with % 'Yes' figures. */
	caseBased: boolean;
	inScore: boolean;
}

export const STANDARDS: readonly Standard[] = [
	{ code: '1.1', domain: '1', name: 'Governance and leadership', shortName: 'Governance', caseBased: false, inScore: true },
	{ code: '1.2', domain: '1', name: 'Staff', shortName: 'Staff', caseBased: false, inScore: true },
	{ code: '1.3', domain: '1', name: 'Partnerships and services', shortName: 'Partnerships', caseBased: false, inScore: true },
	{ code: '1.4', domain: '1', name: 'Information and facilities', shortName: 'Information', caseBased: false, inScore: true },
	{ code: '2.1', domain: '2', name: 'Assessment', shortName: 'Assessment', caseBased: true, inScore: true },
	{ code: '2.2', domain: '2', name: 'Planning', shortName: 'Planning', caseBased: true, inScore: true },
	{ code: '2.3', domain: '2', name: 'Implementation and delivery', shortName: 'Delivery', caseBased: true, inScore: true },
	{ code: '2.4', domain: '2', name: 'Reviewing', shortName: 'Reviewing', caseBased: true, inScore: true },
	{ code: '3.1', domain: '3', name: 'Assessment', shortName: 'Assessment', caseBased: true, inScore: true },
	{ code: '3.2', domain: '3', name: 'Planning', shortName: 'Planning', caseBased: true, inScore: true },
	{ code: '3.3', domain: '3', name: 'Implementation and delivery', shortName: 'Delivery', caseBased: true, inScore: true },
	{ code: '3.4', domain: '3', name: 'Out-of-court disposal policy and provision', shortName: 'OOCD policy', caseBased: false, inScore: true },
	{ code: '4.1', domain: '4', name: 'Resettlement policy and provision', shortName: 'Resettlement', caseBased: false, inScore: false }
];

/** The older framework (e.g. Hartlepool 2020) names 3.4 differently and has no 4.1. */
export const ORIGINAL_FRAMEWORK_NAMES: Readonly<Record<string, string>> = { '3.4': 'Joint working' };

export const SCORED_STANDARDS = STANDARDS.filter((s) => s.inScore);

export const ASPECTS = ['desistance', 'safety_of_child', 'safety_of_others'] as const;
export type Aspect = (typeof ASPECTS)[number];
export const ASPECT_LABELS: Record<Aspect, string> = {
	desistance: 'Desistance',
	safety_of_child: "Child's safety and wellbeing",
	safety_of_others: "Other people's safety"
};

export function standardByCode(code: string): Standard | undefined {
	return STANDARDS.find((s) => s.code === code);
}

/** Accepts any capitalisation or spacing of a rating; null when it is not one. */
export function parseRating(text: string): Rating | null {
	const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
	return RATINGS.find((r) => r.toLowerCase() === key) ?? null;
}

export function ratingForScore(score: number): Rating | null {
	if (!Number.isInteger(score)) return null;
	return SCORE_BANDS.find((b) => score >= b.min && score <= b.max)?.rating ?? null;
}

export function ratingForKeyQuestionPct(pct: number): Rating | null {
	if (!Number.isFinite(pct) || pct < 0 || pct > 100) return null;
	return KEY_QUESTION_BANDS.find((b) => pct >= b.minPct)!.rating;
}

/** Sum of points over the scored standards; null if any scored standard is missing. */
export function scoreFromRatings(ratings: ReadonlyArray<{ standard_code: string; rating: Rating }>): number | null {
	let total = 0;
	for (const standard of SCORED_STANDARDS) {
		const found = ratings.find((r) => r.standard_code === standard.code);
		if (!found) return null;
		total += RATING_POINTS[found.rating];
	}
	return total;
}
