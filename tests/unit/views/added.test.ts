/**
 * Reports added in this browser on the context and peers views: which
 * register service an added report is of (by name, as /add finds a published
 * twin), what /peers says for it, and the context view's choices and names.
 * Register rows from the real build (static/data/service_register.csv).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { PEERS_BOUNDS_SQL, type PeersBoundsRow } from '../../../src/lib/db/queries/peers';
import { CONTEXT_BOUNDS_SQL, type ContextBoundsRow, type SpendPairRow } from '../../../src/lib/db/queries/context';
import { addedPeersScope, registerServiceOf } from '../../../src/lib/views/peers/scope';
import { contextOptions, serviceNames } from '../../../src/lib/views/context/model';
import { shapeSpendPerChild } from '../../../src/lib/views/context/spendPerChild';
import type { AddedInspection } from '../../../src/lib/add/dashboard';
import { laitYears, yearRange } from '../../../src/lib/measures/laMeasures';

let register: PeersBoundsRow[];
let contextBounds: ContextBoundsRow[];
beforeAll(async () => {
	const db = await buildDatabase();
	register = await db.query<PeersBoundsRow>(PEERS_BOUNDS_SQL);
	contextBounds = await db.query<ContextBoundsRow>(CONTEXT_BOUNDS_SQL);
});

const testshire: AddedInspection = {
	storeId: 'r1',
	service_id: 'added-testshire',
	inspection_id: 'added-testshire-2022',
	service_name: 'Testshire Youth Justice Service',
	file: 'testshire.txt',
	added_at: '2026-01-01T00:00:00Z',
	framework: 'revised'
};

describe('the register service of an added report', () => {
	it('is found by the service name as a report prints it, whatever the words for "youth justice service"', () => {
		expect(registerServiceOf('Thurrock Youth Offending Service', register)).toBe('thurrock');
		expect(registerServiceOf('Derby YJS', register)).toBe('derby');
		expect(registerServiceOf('West Sussex Youth Justice Service', register)).toBe('west-sussex');
		expect(registerServiceOf('Testshire Youth Justice Service', register)).toBeNull();
		expect(registerServiceOf('Youth Justice Service', register)).toBeNull();
	});

	it('is drawn through that service, labelled as added and not published', () => {
		const thurrock = register.find((r) => r.service_id === 'thurrock')!;
		const scope = addedPeersScope({ service_name: 'Thurrock Youth Justice Service', file: 'thurrock-2019.txt' }, thurrock);
		expect(scope.drawn).toBe(true);
		expect(scope.authority).toBe('Thurrock');
		expect(scope.sentence).toBe(
			"Thurrock Youth Justice Service is added in this browser, not published (figures from thurrock-2019.txt). Its service in the register is Thurrock, so the peer group below is Thurrock's, from LAIT and the published inspection scores: no figure in it comes from the added report."
		);
	});

	it('says a Welsh register service has no peer group, and an unknown one none either', () => {
		const cardiff = register.find((r) => r.service_id === 'cardiff')!;
		const welsh = addedPeersScope({ service_name: 'Cardiff YOS', file: 'cardiff.txt' }, cardiff);
		expect(welsh.drawn).toBe(false);
		expect(welsh.sentence).toMatch(/^Cardiff YOS is added in this browser, not published \(figures from cardiff\.txt\)\. .*is a Welsh service/);
		const none = addedPeersScope(testshire, null);
		expect(none).toEqual({
			drawn: false,
			authority: null,
			sentence:
				'Testshire Youth Justice Service is added in this browser, not published (figures from testshire.txt). Its local authority is not one the register of services knows, so it has no peer group here.'
		});
	});
});

describe('the context view with an added report', () => {
	it('lists it after the published services, named as added and not published', () => {
		const options = contextOptions(contextBounds, [testshire]);
		expect(options.serviceIds).toEqual(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex', 'added-testshire']);
		expect(options).toMatchObject(laitYears(contextBounds));
		expect(contextOptions(contextBounds, []).serviceIds).toHaveLength(5);
		expect(serviceNames(contextBounds, [testshire]).get('added-testshire')).toBe('Testshire Youth Justice Service (added in this browser, not published)');
	});

	it('gives an added report no spend per child, saying it has no LAIT authority (not that LAIT has no spend)', () => {
		const row: SpendPairRow = {
			service_id: 'added-testshire',
			service_name: 'Testshire Youth Justice Service',
			local_authority: 'Testshire (added in this browser)',
			inspection_id: 'added-testshire-2022',
			fieldwork: '2022-05-09',
			youth_population: 18747,
			population_period: 'mid-2020',
			population_year: 2020,
			population_source: 'testshire.txt, line 348',
			spend: null,
			spend_period: null,
			spend_suppressed: null,
			spend_flag: null,
			spend_source: null
		};
		const model = shapeSpendPerChild([row], ['added-testshire']);
		expect(model.entries).toEqual([
			{
				status: 'unpaired',
				serviceId: 'added-testshire',
				localAuthority: 'Testshire (added in this browser)',
				reason: 'Added in this browser: its local authority is not linked to LAIT here, so no spend can be paired'
			}
		]);
		// A published service without spend keeps LAIT's reason.
		expect(shapeSpendPerChild([{ ...row, service_id: 'thurrock' }], ['thurrock']).entries[0]).toMatchObject({
			reason: 'LAIT has no spend for the financial year starting in 2020'
		});
	});
});

describe('year selects', () => {
	it('run first to last, or latest first', () => {
		expect(yearRange({ minYear: 2019, maxYear: 2022 })).toEqual([2019, 2020, 2021, 2022]);
		expect(yearRange({ minYear: 2019, maxYear: 2022 }, true)).toEqual([2022, 2021, 2020, 2019]);
		expect(laitYears([])).toEqual({ minYear: 2016, maxYear: 2024 });
	});
});
