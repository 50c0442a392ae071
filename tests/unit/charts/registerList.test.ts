/**
 * The `/services` list and the shared service search, on the real register
 * (static/data/service_register.csv, written by `npm run data`): 155 services,
 * 17 in Wales, 15 whose latest inspection is on the 2025 framework, 43 with
 * no inspection on record here (counted from the same file with a script).
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { scoreLabel } from '../../../src/lib/charts/register/list';
import { shapeRegisterList } from '../../../src/lib/views/services/model';
import { searchRows } from '../../../src/lib/charts/register/search';
import { SERVICES_LIST_DEFAULTS, servicesListSpec } from '../../../src/lib/state/views/services';
import { parseQuery } from '../../../src/lib/state/params';
import type { RegisterRow } from '../../../src/lib/db/queries/register';

const rows = csvParse(readFileSync('static/data/service_register.csv', 'utf8')).map((r) => ({
	...r,
	region: r.region || null,
	joint: r.joint === 'true',
	holds_report: r.holds_report === 'true',
	holds_public_ratings: r.holds_public_ratings === 'true',
	holds_lait: r.holds_lait === 'true',
	inspections_count: Number(r.inspections_count),
	latest_score: r.latest_score ? Number(r.latest_score) : null,
	latest_rating: r.latest_rating || null,
	latest_framework: r.latest_framework || null,
	latest_sort_date: r.latest_sort_date || null
})) as unknown as RegisterRow[];
const list = (changes: Partial<typeof SERVICES_LIST_DEFAULTS>) => shapeRegisterList(rows, { ...SERVICES_LIST_DEFAULTS, ...changes });
const ids = (xs: RegisterRow[]) => xs.map((r) => r.service_id);

describe('services list', () => {
	it('lists every service by default, by name', () => {
		const all = list({});
		expect(all).toHaveLength(155);
		expect(all[0].service_name).toBe('Barking and Dagenham');
	});
	it('filters by nation, region, latest rating and framework', () => {
		expect(list({ nation: 'Wales' })).toHaveLength(17);
		expect(list({ region: 'north-east' }).every((r) => r.region === 'North East')).toBe(true);
		expect(list({ framework: 'youth-2025' })).toHaveLength(15);
		expect(list({ rating: 'none' })).toHaveLength(43);
		expect(list({ rating: 'Inadequate', nation: 'England' }).every((r) => r.latest_rating === 'Inadequate')).toBe(true);
	});
	it('sorts missing scores last, never as 0', () => {
		const byScore = list({ sort: 'score' });
		expect(byScore[0].latest_score).toBe(36);
		const firstMissing = byScore.findIndex((r) => r.latest_score === null);
		expect(byScore.slice(firstMissing).every((r) => r.latest_score === null)).toBe(true);
		expect(ids(list({ sort: 'score' })).indexOf('reading')).toBeLessThan(firstMissing);
	});
	it('says why a score is absent', () => {
		expect(scoreLabel(rows.find((r) => r.service_id === 'derby')!)).toBe('no score (2025 framework)');
		expect(scoreLabel(rows.find((r) => r.service_id === 'suffolk')!)).toBe('9/36');
		expect(scoreLabel(rows.find((r) => r.service_id === 'cardiff')!)).toBe('score not known');
	});
});

describe('service search', () => {
	it('puts the exact match before prefix matches: Derby before Derbyshire', () => {
		expect(ids(searchRows(rows, 'Derby'))).toEqual(['derby', 'derbyshire']);
		expect(ids(searchRows(rows, 'derby')).at(0)).toBe('derby');
	});
	it('finds a joint service by a member local authority', () => {
		expect(ids(searchRows(rows, 'Halton'))).toEqual(['cheshire-east-cheshire-west-halton-and-warrington']);
		expect(ids(list({ q: 'rochdale' }))).toEqual(['bury-and-rochdale']);
	});
	it('ignores accents and "&"', () => {
		expect(ids(searchRows(rows, 'Ynys Mon'))).toEqual(['gwynedd-and-ynys-mon']);
		expect(ids(searchRows(rows, 'conwy & denbighshire'))).toEqual(['conwy-and-denbighshire']);
	});
	it('takes the search from the URL as text, cut and cleaned', () => {
		const { chosen, notices } = parseQuery(`q=${'a'.repeat(80)}&nation=Scotland`, servicesListSpec);
		expect(chosen.q).toHaveLength(60);
		expect(notices).toEqual(['The search was cut to 60 characters', "Unknown nation 'Scotland' ignored"]);
		expect(parseQuery('q=%3Cscript%3E%0A', servicesListSpec).chosen.q).toBe('<script>');
	});
});
