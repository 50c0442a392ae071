/**
 * Build-time rows for /methods: the real figures its worked examples use,
 * read from the same tables as the charts. West Sussex's first-time entrants
 * among its neighbours; East Sussex's spend as the trend example.
 */
import type { QueryEngine } from '../../db/types';
import { METHODS_KEY_QUESTIONS_SQL, METHODS_SCORES_SQL, type MethodsKeyQuestionRow, type MethodsScoreRow } from '../../db/queries/methods';
import { PEER_INDICATORS_SQL, type PeerIndicatorRow } from '../../db/queries/peers';
import { TRENDS_SQL, type TrendRow } from '../../db/queries/context';
import { shapePeers } from '../peers/model';
import { shapeTrends } from '../context/trends';
import { methodsExamples, type MethodsExamples } from '../../methods/examples';

export interface MethodsData {
	keyQuestions: MethodsKeyQuestionRow[];
	scores: MethodsScoreRow[];
	peers: PeerIndicatorRow[];
	trends: TrendRow[];
}

export async function loadMethods(db: Pick<QueryEngine, 'query'>): Promise<MethodsData> {
	return {
		keyQuestions: await db.query<MethodsKeyQuestionRow>(METHODS_KEY_QUESTIONS_SQL),
		scores: await db.query<MethodsScoreRow>(METHODS_SCORES_SQL),
		peers: await db.query<PeerIndicatorRow>(PEER_INDICATORS_SQL, ['west-sussex', 2024, 2024]),
		trends: await db.query<TrendRow>(TRENDS_SQL, ['east-sussex', 'youth_justice_spend', 2016, 2024])
	};
}

/** The worked examples from the rows, through the same models the charts use. */
export function methodsModel(data: MethodsData): MethodsExamples {
	return methodsExamples(
		data.keyQuestions,
		data.scores,
		shapePeers(data.peers, [], { service: 'west-sussex', measure: 'first-time-entrants', year: 2024 }),
		shapeTrends(data.trends, { services: ['east-sussex'], measure: 'spend', from: 2016, to: 2024, comparator: 'region' }).panels[0] ?? null
	);
}
