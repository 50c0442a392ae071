/**
 * How sure each key-question percentage is: the sample it rests on and its 95%
 * Wilson interval, for the `key_questions` table.
 *
 * The sample is the number of cases the report prints for the question
 * (Hartlepool's "Relevant cases" column: `printed_for_question`). Other
 * reports print only the %, so the sample is the number of cases inspected in
 * the question's domain as the report states it ("We examined 17 court
 * disposals", read by `ingest/meta.ts` into the `cases_inspected_court` and
 * `cases_inspected_out_of_court` facts): `domain_cases_inspected`. That is an
 * upper bound (some questions apply to fewer cases, e.g. only those with
 * safety concerns), so such an interval is marked approximate and is, if
 * anything, narrower than the true one. Where neither is printed there is no
 * sample and no interval.
 */
import type { FactRecord, KeyQuestionRecord } from '../ingest/types';
import { wilsonPct } from '../stats/intervals';

export type SampleBasis = 'printed_for_question' | 'domain_cases_inspected';

export interface KeyQuestionSample {
	n_cases: number | null;
	n_cases_basis: SampleBasis | null;
	/** The line the sample was read from: the question's own row, or the domain's "we examined N" sentence. */
	n_cases_source: string | null;
	ci_low: number | null;
	ci_high: number | null;
}

/** The cases-inspected fact for each case-based domain (2 court, 3 out-of-court). */
const DOMAIN_CASES: Readonly<Record<string, string>> = { '2': 'cases_inspected_court', '3': 'cases_inspected_out_of_court' };

export function keyQuestionSample(k: KeyQuestionRecord, facts: readonly FactRecord[]): KeyQuestionSample {
	const none: KeyQuestionSample = { n_cases: k.n_cases, n_cases_basis: null, n_cases_source: null, ci_low: null, ci_high: null };
	if (k.pct_yes === null) return none;
	if (k.n_cases !== null && k.n_cases > 0) {
		const ci = k.n_yes !== null ? wilsonPct((100 * k.n_yes) / k.n_cases, k.n_cases) : wilsonPct(k.pct_yes, k.n_cases);
		return { n_cases: k.n_cases, n_cases_basis: 'printed_for_question', n_cases_source: k.source, ci_low: ci.low, ci_high: ci.high };
	}
	const measure = DOMAIN_CASES[k.standard_code.split('.')[0]];
	const fact = measure ? facts.find((f) => f.measure === measure && f.area === 'service' && f.value > 0) : undefined;
	if (!fact) return none;
	const ci = wilsonPct(k.pct_yes, fact.value);
	return { n_cases: fact.value, n_cases_basis: 'domain_cases_inspected', n_cases_source: fact.source, ci_low: ci.low, ci_high: ci.high };
}
