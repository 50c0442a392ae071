/**
 * A service's page as a view module: its one list of queries is what the
 * prerender load returns (every entry, in England and Wales), and its pure
 * models and wording, on the real build database (`npm run data`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import type { QueryEngine } from '../../../src/lib/db/types';
import { loadServicePage, serviceIds } from '../../../src/lib/views/profile/load';
import { REGISTER_QUERIES, REPORT_QUERIES, paramsOf, runQueries } from '../../../src/lib/views/profile/queries';
import { addedForService, latestInspectionWords, whereWords } from '../../../src/lib/views/profile/model';
import { pageDescription, pageTitle } from '../../../src/lib/views/profile/wording';
import { shapeTimeline } from '../../../src/lib/charts/register/history';
import type { AddedInspection } from '../../../src/lib/add/dashboard';

let db: QueryEngine;
beforeAll(async () => {
	db = await buildDatabase();
});

describe('the queries of a service page', () => {
	it('gives a report service every query of both lists, asked with its inspection or service id', async () => {
		const page = (await loadServicePage(db, 'suffolk'))!;
		expect(Object.keys(page)).toEqual(expect.arrayContaining(['entry', 'report', ...Object.keys(REGISTER_QUERIES)]));
		expect(Object.keys(page.report!)).toEqual(expect.arrayContaining(['service', 'inspection', 'learnFrom', ...Object.keys(REPORT_QUERIES)]));
		expect(page.report!.inspection.inspection_id).toBe('suffolk-2022');
		expect(page.report!.ratings.every((r) => r.inspection_id === 'suffolk-2022')).toBe(true);
		expect(page.report!.ratings).toHaveLength(13);
		expect(page.history.every((r) => r.service_id === 'suffolk')).toBe(true);
		expect(page.trends.length).toBeGreaterThan(0);
	});

	it('does not ask LAIT for a Welsh service, and has no report profile for a service without a report', async () => {
		const page = (await loadServicePage(db, 'cardiff'))!;
		expect(page.entry.nation).toBe('Wales');
		expect(page.report).toBeNull();
		expect(page.trends).toEqual([]);
		expect(page.peers).toEqual([]);
		expect(page.history.length).toBeGreaterThan(0);
	});

	it('has no page for an unknown service, and one page per register service', async () => {
		expect(await loadServicePage(db, 'atlantis')).toBeNull();
		expect(await serviceIds(db)).toHaveLength(155);
	});

	it('passes the id only to the queries that take it', async () => {
		expect(paramsOf(REPORT_QUERIES.national, 'x-2022')).toEqual([]);
		expect(paramsOf(REPORT_QUERIES.ratings, 'x-2022')).toEqual(['x-2022']);
		const asked: string[][] = [];
		await runQueries(REGISTER_QUERIES, async (_sql, params) => (asked.push(params), []), 'cardiff', { england: false });
		// trends and peers are England only.
		expect(asked).toHaveLength(Object.keys(REGISTER_QUERIES).length - 2);
	});
});

describe('models and wording of a service page', () => {
	it('words a register service: where it is, its latest inspection, the page title and description', async () => {
		const page = (await loadServicePage(db, 'derby'))!;
		expect(whereWords(page.entry)).toMatch(/^England, East Midlands · local authority: Derby \(DfE LA \d+\)$/);
		const [latest] = shapeTimeline(page.history, page.sources, page.areas);
		expect(latestInspectionWords(latest)).toMatch(/^Latest inspection: .+, 2025 framework \(no score\)\.$/);
		expect(pageTitle(page)).toBe('Derby: youth justice service');
		expect(pageDescription(page)).toMatch(/^Derby: latest inspection .+\(2025 framework\)\. Every inspection on record with its source, and local-authority/);
		const suffolk = (await loadServicePage(db, 'suffolk'))!;
		expect(pageTitle(suffolk)).toBe('Suffolk: inspection profile');
		expect(pageDescription(suffolk)).toMatch(/^Suffolk: 9\/36, Requires improvement\. /);
	});

	it("finds a register service's reports added in this browser: by the slug of their name, or a 2025-framework report's register id", () => {
		const added = (service_id: string, framework = 'revised'): AddedInspection => ({
			storeId: service_id,
			service_id,
			inspection_id: `${service_id}-2022`,
			service_name: service_id,
			file: 'x.txt',
			added_at: '',
			framework
		});
		const list = [added('added-derby'), added('added-derbyshire'), added('derby'), added('derby', '2025'), added('essex', '2025')];
		expect(addedForService(list, 'derby').map((a) => [a.service_id, a.framework])).toEqual([
			['added-derby', 'revised'],
			['derby', '2025']
		]);
		expect(addedForService(list, 'halton')).toEqual([]);
	});
});
