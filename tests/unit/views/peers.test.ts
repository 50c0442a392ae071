/**
 * Shaping of the peers view on the real tables. Expected values were read
 * from static/data/statistical_neighbours.csv, la_indicators.csv and
 * national_scores.csv (e.g. West Sussex's neighbours' 2024 first-time-entrant
 * rates 64, 121, 69, 111, 131, 121, 94, 151, 88, 132: median 116).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { PEERS_BOUNDS_SQL, PEER_INDICATORS_SQL, PEER_SCORES_SQL, type PeerIndicatorRow, type PeerScoreRow, type PeersBoundsRow } from '../../../src/lib/db/queries/peers';
import { peersScope } from '../../../src/lib/views/peers/scope';
import { shapePeers, verdictOf } from '../../../src/lib/views/peers/model';
import { SIMILAR_METHOD } from '../../../src/lib/views/peers/wording';

const ALL = 'east-sussex,hartlepool,suffolk,thurrock,west-sussex';
let ind: PeerIndicatorRow[];
let scores: PeerScoreRow[];

beforeAll(async () => {
	const db = await buildDatabase();
	ind = await db.query<PeerIndicatorRow>(PEER_INDICATORS_SQL, [ALL, 2016, 2024]);
	scores = await db.query<PeerScoreRow>(PEER_SCORES_SQL, [ALL]);
});

describe('similar, better, worse', () => {
	it('reads lower/higher through the measure\u2019s polarity, and names the method', () => {
		expect(SIMILAR_METHOD).toMatch(/1\.4826 × the median absolute deviation/);
		expect(verdictOf('lower', 'lower_is_better')).toBe('better');
		expect(verdictOf('higher', 'lower_is_better')).toBe('worse');
		expect(verdictOf('higher', 'higher_is_better')).toBe('better');
		expect(verdictOf('higher', 'neither')).toBe('neither');
		expect(verdictOf('similar', 'lower_is_better')).toBe('similar');
	});
});

describe('peer group on the real data', () => {
	it('places West Sussex among its ten neighbours on first-time entrants (similar to the median)', () => {
		const m = shapePeers(ind, scores, { service: 'west-sussex', measure: 'first-time-entrants', year: 2024 });
		expect(m.points).toHaveLength(11);
		expect(m.points.filter((p) => !p.isService).map((p) => p.laName).sort()).toEqual(
			['Devon', 'Essex', 'Gloucestershire', 'Hampshire', 'Hertfordshire', 'North Somerset', 'Oxfordshire', 'South Gloucestershire', 'Warwickshire', 'Wiltshire'].sort()
		);
		expect(m.service?.value).toBe(121);
		expect(m.median).toBe(116);
		expect(m.medianCount).toBe(10);
		// |deviations| from 116: 52, 47, 28, 22, 5, 5, 5, 15, 16, 35 → MAD (16 + 22) / 2 = 19; spread 1.4826 × 19.
		expect(m.spread).toBeCloseTo(28.1694, 4);
		expect(m.service?.relation).toBe('similar');
		expect(m.summary).toContain('"Similar" means within one robust standard deviation (1.4826 × the median absolute deviation) of the neighbours\' median: 88 per 100,000 to 144 per 100,000. Lower is better.');
		expect(m.title).toContain("is similar to its statistical neighbours' median of 116 per 100,000");
		// Lowest first: values ascending, neighbours without a value last.
		const values = m.points.map((p) => p.value).filter((v): v is number => v !== null);
		expect(values).toEqual([...values].sort((a, b) => a - b));
	});

	it('calls West Sussex 15-17 reoffending higher than its peers, and worse', () => {
		const m = shapePeers(ind, scores, { service: 'west-sussex', measure: 'reoffending-15-17', year: 2024 });
		expect(m.service?.value).toBe(37.17);
		expect(m.median).toBeCloseTo((29.63 + 29.81) / 2, 6);
		// MAD of the neighbours about 29.72 is (1.76 + 2.38) / 2 = 2.07: similar within ±3.07; 37.17 is 7.45 above.
		expect(m.spread).toBeCloseTo(1.4826 * 2.07, 3);
		expect(m.service?.verdict).toBe('worse');
		expect(m.title).toMatch(/higher than its statistical neighbours' median.*\(worse\)/);
	});

	it('ranks Hartlepool on first-time entrants (3rd highest of 11)', () => {
		const m = shapePeers(ind, scores, { service: 'hartlepool', measure: 'first-time-entrants', year: 2024 });
		expect(m.service?.value).toBe(208);
		expect(m.median).toBe(168);
		expect(m.position).toEqual({ lowestFirst: 9, of: 11 });
		expect(m.summary).toContain('3rd highest of 11');
		// 208 is 40 above the median of 168, which the old "within 10%" rule called higher (worse); the neighbours
		// themselves spread widely (135 to 318; MAD 28.5, robust spread 42.3), so 40 is within their usual spread.
		expect(m.spread).toBeCloseTo(1.4826 * 28.5, 4);
		expect(m.service?.relation).toBe('similar');
	});

	it('shows a suppressed neighbour (Dorset 2024 first-time entrants) as not available, not zero', () => {
		const m = shapePeers(ind, scores, { service: 'east-sussex', measure: 'first-time-entrants', year: 2024 });
		const dorset = m.points.find((p) => p.laName === 'Dorset')!;
		expect(dorset.value).toBeNull();
		expect(dorset.missing).toMatch(/suppressed/);
		expect(m.points[m.points.length - 1].value).toBeNull();
		expect(m.medianCount).toBe(9);
		expect(m.notes.join(' ')).toMatch(/Dorset \(Pre LG\)/);
	});

	it('uses spend totals with a note and no better/worse wording', () => {
		const m = shapePeers(ind, scores, { service: 'thurrock', measure: 'spend', year: 2024 });
		expect(m.service?.value).toBe(794151);
		expect(m.service?.verdict).toBe('neither');
		expect(m.notes.join(' ')).toMatch(/not per child/);
		expect(m.title).not.toMatch(/better|worse/);
	});

	it('uses comparable inspection scores, counting a joint inspection once', () => {
		const m = shapePeers(ind, scores, { service: 'thurrock', measure: 'inspection-score', year: 2024 });
		expect(m.service?.value).toBe(26);
		expect(m.year).toBeNull();
		const byName = Object.fromEntries(m.points.map((p) => [p.laName, p.value]));
		expect(byName).toMatchObject({ Swindon: 31, Bexley: 27, Havering: 20, 'North Northamptonshire': 24, 'West Northamptonshire': 24, 'Bedford Borough': 14, Suffolk: 9, Medway: null, Dudley: null, Lincolnshire: null });
		// Distinct inspections: 31, 27, 20, 24 (Northamptonshire once), 14, 9 -> median 22.
		expect(m.medianCount).toBe(6);
		expect(m.median).toBe(22);
		expect(m.points.find((p) => p.laName === 'Medway')!.missing).toMatch(/no comparable inspection/);
	});

	it('finds Hartlepool\u2019s undated (2020/21) inspection score', () => {
		const m = shapePeers(ind, scores, { service: 'hartlepool', measure: 'inspection-score', year: 2024 });
		expect(m.service?.value).toBe(26);
		expect(m.service?.period).toMatch(/2020\/21/);
	});
});

describe('any register service (PEER_AUTHORITY rule, peersScope)', () => {
	it('draws Derby (no report) through its own authority, and a joint service through its first member alphabetically', async () => {
		const db = await buildDatabase();
		const rows = await db.query<PeerIndicatorRow>(PEER_INDICATORS_SQL, ['derby,bedfordshire,cardiff', 2024, 2024]);
		const derby = shapePeers(rows, [], { service: 'derby', measure: 'first-time-entrants', year: 2024 });
		expect(derby.localAuthority).toBe('Derby');
		expect(derby.points).toHaveLength(11);
		// la_indicators.csv: Derby (831) first-time entrants 2024 = 88.
		expect(derby.service?.value).toBe(88);
		expect(shapePeers(rows, [], { service: 'bedfordshire', measure: 'first-time-entrants', year: 2024 }).localAuthority).toBe('Bedford Borough');
		// Wales: no LAIT authority, no rows.
		expect(rows.filter((r) => r.service_id === 'cardiff')).toEqual([]);
		const bounds = await db.query<PeersBoundsRow>(PEERS_BOUNDS_SQL);
		expect(bounds).toHaveLength(155);
		const b = (id: string) => bounds.find((x) => x.service_id === id)!;
		expect(peersScope(b('derby'))).toEqual({ drawn: true, authority: 'Derby', sentence: null });
		expect(peersScope(b('bedfordshire')).sentence).toMatch(/joint service covering Bedford Borough and Central Bedfordshire.*Bedford Borough, the first/);
		expect(peersScope(b('cardiff'))).toMatchObject({ drawn: false, authority: null });
		expect(peersScope(b('cardiff')).sentence).toContain('cover England only');
		// The default service is the first with a report, alphabetically.
		expect(bounds.filter((x) => x.holds_report).map((x) => x.service_id)[0]).toBe('east-sussex');
	});
});
