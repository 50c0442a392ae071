/**
 * The context and peers views' words beside the charts' findings: the cards'
 * notes and sources, and the at-a-glance line of each peer measure, on the
 * real tables (West Sussex, 2024; see peers.test.ts for its figures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { PEER_INDICATORS_SQL, PEER_SCORES_SQL, type PeerIndicatorRow, type PeerScoreRow } from '../../../src/lib/db/queries/peers';
import { TRENDS_SQL, type TrendRow } from '../../../src/lib/db/queries/context';
import { shapePeers } from '../../../src/lib/views/peers/model';
import { glanceText, peersNote, peersSources, SIMILAR_METHOD } from '../../../src/lib/views/peers/wording';
import { shapeTrends } from '../../../src/lib/views/context/trends';
import { LAIT_SOURCE, TREND_METHOD, trendNote } from '../../../src/lib/views/context/wording';
import { ALL_LA_MEASURES } from '../../../src/lib/views/context/model';

let ind: PeerIndicatorRow[];
let scores: PeerScoreRow[];
let trends: TrendRow[];
beforeAll(async () => {
	const db = await buildDatabase();
	ind = await db.query<PeerIndicatorRow>(PEER_INDICATORS_SQL, ['west-sussex', 2024, 2024]);
	scores = await db.query<PeerScoreRow>(PEER_SCORES_SQL, ['west-sussex']);
	trends = await db.query<TrendRow>(TRENDS_SQL, ['west-sussex', ALL_LA_MEASURES, 2016, 2024]);
});

describe('peers wording', () => {
	it('says each measure against the peer median in one line', () => {
		const m = shapePeers(ind, scores, { service: 'west-sussex', measure: 'first-time-entrants', year: 2024 });
		expect(glanceText(m)).toMatch(/^First-time entrants \(2024\): [\d.]+( per 100,000)?, similar to the peer median of 116/);
		const spend = shapePeers(ind, scores, { service: 'west-sussex', measure: 'spend', year: 2024 });
		expect(glanceText(spend)).toContain('the peer median of');
	});

	it('notes the peer group, the method and the year; cites the neighbours, then scores or LAIT', () => {
		const m = shapePeers(ind, scores, { service: 'west-sussex', measure: 'first-time-entrants', year: 2024 });
		const note = peersNote(m, 'West Sussex');
		expect(note).toMatch(/^Peer group: the ten DfE statistical neighbours of West Sussex \(May 2025\)\./);
		expect(note).toContain(SIMILAR_METHOD);
		expect(note).toContain('Year: 2024');
		expect(peersSources(false).map((s) => s.label)).toEqual([expect.stringMatching(/statistical neighbours/), LAIT_SOURCE.label]);
		expect(peersSources(true)[1].label).toMatch(/^HMIP youth justice inspection scores/);
	});
});

describe('context wording', () => {
	it('notes the measure, its years and polarity, the method and the comparator', () => {
		const model = shapeTrends(trends, { services: ['west-sussex'], measure: 'first-time-entrants', from: 2016, to: 2024, comparator: 'region' });
		const note = trendNote(model);
		expect(note).toContain('2016–2024');
		expect(note).toContain(`Method: ${TREND_METHOD}`);
		expect(note).toContain("Comparator: each authority's region (dashed).");
		const spend = shapeTrends(trends, { services: ['west-sussex'], measure: 'spend', from: 2016, to: 2024, comparator: 'region' });
		expect(trendNote(spend)).not.toContain('Comparator:');
	});
});
