/**
 * Build-time rows for /methods: the real figures its worked examples use,
 * read from the same tables as the charts.
 */
import { buildDatabase } from '$lib/server/database';
import { METHODS_KEY_QUESTIONS_SQL, METHODS_SCORES_SQL, type MethodsKeyQuestionRow, type MethodsScoreRow } from '$lib/db/queries/methods';
import { PEER_INDICATORS_SQL, type PeerIndicatorRow } from '$lib/db/queries/peers';
import { TRENDS_SQL, type TrendRow } from '$lib/db/queries/context';

/** West Sussex's first-time entrants among its neighbours; East Sussex's spend as the trend example. */
export async function load() {
	const db = await buildDatabase();
	return {
		keyQuestions: await db.query<MethodsKeyQuestionRow>(METHODS_KEY_QUESTIONS_SQL),
		scores: await db.query<MethodsScoreRow>(METHODS_SCORES_SQL),
		peers: await db.query<PeerIndicatorRow>(PEER_INDICATORS_SQL, ['west-sussex', 2024, 2024]),
		trends: await db.query<TrendRow>(TRENDS_SQL, ['east-sussex', 'youth_justice_spend', 2016, 2024])
	};
}
