/**
 * TRENDS_SQL (src/lib/db/queries/context.ts) is written for speed: an
 * equality join per geography level instead of one join on OR-ed conditions.
 * It must return exactly the rows of the plain join it replaces, on the real
 * tables and at the bench's national scale with its million generated rows
 * (scripts/lib/benchData.ts), for any choice of services, measures and years.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRENDS_SQL, type TrendRow } from '../../../src/lib/db/queries/context';
import { LOADED_TABLES, createTableFromCsv, plainRows } from '../../../src/lib/db/sql';
import { TABLES } from '../../../src/lib/tables/schema';
import { LA_MEASURES } from '../../../src/lib/measures/laMeasures';
import { NATIONAL_SQL, STRESS_SQL } from '../../../scripts/lib/benchData';

/** The obvious statement of what the view needs: each service's authority, its region and England. */
const PLAIN_JOIN = `
SELECT c.service_id, c.local_authority, li.la_name, li.geography_level, li.measure, li.unit,
       li.period, li.year, li.value, li.suppressed, li.flag, li.source
FROM services c
JOIN la_indicators li
  ON (li.geography_level = 'local_authority' AND li.dfe_la_number = c.dfe_la_number)
  OR (li.geography_level = 'region' AND li.la_name = c.region)
  OR li.geography_level = 'england'
WHERE c.country = 'England' AND list_contains(string_split(?, ','), c.service_id)
  AND list_contains(string_split(?, ','), li.measure) AND li.year BETWEEN ? AND ?`;

const REAL = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
const MEASURES = LA_MEASURES.map((m) => m.id);

let conn: DuckDBConnection;
async function rows(sql: string, params: (string | number)[]): Promise<TrendRow[]> {
	return plainRows<TrendRow>((await conn.runAndReadAll(sql, params)).getRowObjectsJS());
}
const key = (r: TrendRow) => JSON.stringify(r);

async function expectSameRows(services: string[], measures: string[], from: number, to: number): Promise<TrendRow[]> {
	const params = [services.join(','), measures.join(','), from, to];
	const fast = await rows(TRENDS_SQL, params);
	const plain = await rows(PLAIN_JOIN, params);
	expect(fast.map(key).sort()).toEqual(plain.map(key).sort());
	// In the order the charts read them: service, measure, geography level, year.
	const order = fast.map((r) => [r.service_id, r.measure, r.geography_level, String(r.year).padStart(4, '0')].join('\u0000'));
	expect(order).toEqual([...order].sort());
	return fast;
}

beforeAll(async () => {
	const instance = await DuckDBInstance.create(':memory:');
	conn = await instance.connect();
	for (const name of LOADED_TABLES) await conn.run(createTableFromCsv(TABLES[name], resolve(`static/data/${name}.csv`)));
}, 60_000);

describe('TRENDS_SQL', () => {
	it('returns the plain join’s rows on the real tables, for every service alone and all together', async () => {
		const all = await expectSameRows(REAL, MEASURES, 2016, 2024);
		// The English services' authorities, regions and England all appear; Wales has no LAIT figures.
		expect(new Set(all.map((r) => r.geography_level))).toEqual(new Set(['local_authority', 'region', 'england']));
		expect(all.length).toBeGreaterThan(300);
		for (const service of REAL) await expectSameRows([service], MEASURES, 2016, 2024);
	});

	it('returns the plain join’s rows for one measure and a narrow span of years', async () => {
		const some = await expectSameRows(['west-sussex', 'thurrock'], ['first_time_entrant_rate'], 2019, 2021);
		expect(some.length).toBeGreaterThan(0);
		expect(some.every((r) => r.measure === 'first_time_entrant_rate' && r.year >= 2019 && r.year <= 2021)).toBe(true);
		expect(await rows(TRENDS_SQL, ['west-sussex', MEASURES.join(','), 2030, 2031])).toEqual([]);
	});

	it('returns the plain join’s rows at national scale, with a million more rows in the table', async () => {
		for (const sql of [...NATIONAL_SQL, ...STRESS_SQL]) await conn.run(sql);
		const count = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM la_indicators')).getRowObjectsJS()[0].n);
		expect(count).toBeGreaterThan(1_000_000);
		await expectSameRows(REAL, MEASURES, 2016, 2025);
		const bench = await expectSameRows(['bench-001', 'bench-077', 'west-sussex'], MEASURES, 2018, 2023);
		expect(bench.some((r) => r.service_id === 'bench-077' && r.geography_level === 'local_authority')).toBe(true);
	}, 120_000);
});
