/**
 * The service register and inspection history, on the real files: the
 * committed data/register/*.csv and the tables `npm run data` wrote to
 * static/data. Expected values were read from ../shared/data (its README:
 * 155 services, 138 England, 17 Wales) and from the rows named below.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { registerTables } from '../../../scripts/lib/register-tables';
import { claimsFrom, groupClaims, buildHistory } from '../../../src/lib/register/history';
import { datesCompatible, parseStatedDate } from '../../../src/lib/register/dates';
import { footprintFor, registerNameFor, slugFor } from '../../../src/lib/register/names';
import type { Row } from '../../../src/lib/tables/schema';

const table = (name: string): Row[] =>
	csvParse(readFileSync(`static/data/${name}.csv`, 'utf8')).map((r) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : (v ?? null)]))
	);
const built = registerTables(table('inspections'), table('national_scores'), table('la_indicators'));
const register = built.service_register;
const history = built.inspection_history;
const sources = built.inspection_sources;
const service = (id: string) => {
	const found = register.filter((r) => r.service_id === id);
	expect(found, id).toHaveLength(1);
	return found[0];
};
const inspectionsOf = (id: string) => history.filter((r) => r.service_id === id);

describe('service register', () => {
	it('holds every service of the shared register: 155, 138 England and 17 Wales, each with its own slug', () => {
		expect(register).toHaveLength(155);
		expect(register.filter((r) => r.nation === 'England')).toHaveLength(138);
		expect(register.filter((r) => r.nation === 'Wales')).toHaveLength(17);
		expect(new Set(register.map((r) => r.service_id)).size).toBe(155);
	});
	it('names services as the register does, with stable slugs', () => {
		expect(service('derby')).toMatchObject({ service_name: 'Derby', nation: 'England', region: 'East Midlands' });
		expect(service('derbyshire')).toMatchObject({ service_name: 'Derbyshire' });
		expect(service('cardiff')).toMatchObject({ nation: 'Wales', region: null, dfe_la_numbers: null, holds_lait: false });
		expect(service('gwynedd-and-ynys-mon').service_name).toBe('Gwynedd and Ynys Môn');
		expect(service('suffolk')).toMatchObject({ report_service_id: 'suffolk', holds_report: true, dfe_la_numbers: '935' });
	});
	it("lists a joint service's member authorities with their DfE LA numbers", () => {
		expect(service('bury-and-rochdale')).toMatchObject({ joint: true, la_names: 'Bury; Rochdale', dfe_la_numbers: '351; 354', region: 'North West' });
		const cheshire = built.service_footprints.filter((f) => f.service_id === 'cheshire-east-cheshire-west-halton-and-warrington');
		expect(cheshire.map((f) => [f.la_name, f.dfe_la_number])).toEqual([
			['Cheshire East', 895], ['Cheshire West and Chester', 896], ['Halton', 876], ['Warrington', 877]
		]);
		expect(service('tower-hamlets-and-city-of-london')).toMatchObject({ la_names: 'Tower Hamlets; City of London', dfe_la_numbers: '211; 201' });
		expect(service('blaenau-gwent-and-caerphilly')).toMatchObject({ joint: true, la_names: 'Blaenau Gwent; Caerphilly', dfe_la_numbers: null });
		expect(service('derby').joint).toBe(false);
	});
	it('matches every name in every inspection source to a register service', () => {
		expect(built.unmatched).toEqual([]);
	});
});

describe('inspection history', () => {
	it('keeps one row per inspection, with both frameworks in one history', () => {
		const keys = history.map((r) => r.inspection_key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(inspectionsOf('wakefield').map((r) => [r.framework, r.overall_rating])).toEqual([
			['youth-2018', 'Requires improvement'],
			['youth-2025', 'Good']
		]);
	});
	it('takes the report over the HMIP table and a council report for East Sussex 2024, and keeps all three sources', () => {
		const [es] = inspectionsOf('east-sussex');
		expect(es).toMatchObject({ inspection_key: 'east-sussex-2024', source_kind: 'report', rating_source: 'data/reports/east-sussex.txt:113', score: 25, score_source: 'data/reports/east-sussex.txt:111', published: '2024-09-17' });
		expect(sources.filter((s) => s.inspection_key === 'east-sussex-2024').map((s) => s.source_kind)).toEqual(['report', 'hmip_table', 'council_page']);
	});
	it("takes a council page over the press for Cardiff 2020, one inspection in two files ('2019/20' and '2020-07')", () => {
		const cardiff = inspectionsOf('cardiff');
		expect(cardiff).toHaveLength(1);
		expect(cardiff[0]).toMatchObject({
			overall_rating: 'Inadequate',
			source_kind: 'council_page',
			rating_source: 'https://www.careinspectorate.wales/200702-cardiff-youth-offending-service-rated-inadequate-during-joint-inspection',
			published: '2020-07',
			score: null
		});
		expect(sources.filter((s) => s.inspection_key === cardiff[0].inspection_key).map((s) => s.source_kind)).toEqual(['council_page', 'press']);
	});
	it('gives a 2025-framework inspection no score and keeps it off the /36 scale', () => {
		const y2025 = history.filter((r) => r.framework === 'youth-2025');
		expect(y2025.length).toBeGreaterThanOrEqual(15);
		for (const r of y2025) expect(r, String(r.inspection_key)).toMatchObject({ score: null, comparable: false, variant: '' });
		expect(inspectionsOf('south-tees')[0]).toMatchObject({ product: 'full', overall_rating: 'Good' });
		expect(inspectionsOf('derby')[0]).toMatchObject({ product: 'children_and_victims', overall_rating: 'Outstanding' });
		const lambeth = built.inspection_area_ratings.filter((a) => a.inspection_key === inspectionsOf('lambeth')[0].inspection_key);
		expect(lambeth.map((a) => [a.code, a.rating])).toEqual([
			['children:assessing', 'Good'], ['children:planning', 'Outstanding'], ['children:delivering', 'Outstanding'], ['victims', 'Requires improvement']
		]);
	});
	it('keeps an inspection whose rating no source states, with the rating missing', () => {
		const surrey = inspectionsOf('surrey');
		expect(surrey.map((r) => r.overall_rating)).toEqual([null, 'Good']);
	});
	it('counts services with no inspection on record here', () => {
		expect(register.filter((r) => r.inspections_count === 0).length).toBe(155 - new Set(history.map((r) => r.service_id)).size);
	});
});

describe('matching rules', () => {
	it('matches source names deliberately, never by prefix', () => {
		const names = register.map((r) => String(r.service_name));
		expect(registerNameFor('Derby City', names)).toBe('Derby');
		expect(registerNameFor('Derbyshire', names)).toBe('Derbyshire');
		expect(registerNameFor('Gwynedd and Ynys Mon', names)).toBe('Gwynedd and Ynys Môn');
		expect(registerNameFor('Conwy & Denbighshire', names)).toBe('Conwy and Denbighshire');
		expect(registerNameFor('Newcastle', names)).toBe('Newcastle upon Tyne');
		expect(registerNameFor('Derb', names)).toBeUndefined();
		expect(slugFor('St. Helens')).toBe('st-helens');
		expect(footprintFor('Leicester City', 'England')).toEqual(['Leicester']);
	});
	it('reports a name that no rule matches instead of dropping it silently', () => {
		const { unmatched } = claimsFrom(['Derby'], {
			reports: [], scrape: [], publicPages: [],
			other: [{ service: 'Derby Shire', published: '2025', framework: '2025', level: 'overall', code: 'overall', rating: 'Good', source_url: 'x', trust: 'high (HMIP)', note: '' }]
		});
		expect(unmatched.map((u) => u.name)).toEqual(['Derby Shire']);
	});
	it('does not join two inspections of one service years apart', () => {
		const claim = (published: string, rating: string) => ({
			service: 'Derby', published, framework: '2018', level: 'overall', code: 'overall', rating, source_url: published, trust: 'high (HMIP)', note: ''
		});
		const { claims } = claimsFrom(['Derby'], { reports: [], scrape: [], publicPages: [], other: [claim('2019-06', 'Good'), claim('2022-01', 'Inadequate')] });
		expect(buildHistory(groupClaims(claims)).inspections.map((r) => r.overall_rating)).toEqual(['Good', 'Inadequate']);
	});
});

describe('stated dates', () => {
	it('reads each form the sources use, at its precision', () => {
		expect(parseStatedDate('2024-09-17')).toMatchObject({ iso: '2024-09-17', precision: 'day' });
		expect(parseStatedDate('2021-07')).toMatchObject({ iso: '2021-07', precision: 'month', latest: '2021-07-31' });
		expect(parseStatedDate('2025 (URL year)')).toMatchObject({ iso: '2025', precision: 'year' });
		expect(parseStatedDate('2019/20')).toMatchObject({ iso: '', precision: 'period', earliest: '2019-04-01', latest: '2020-03-31' });
		expect(parseStatedDate('2022-07/08')).toMatchObject({ precision: 'period', earliest: '2022-07-01', latest: '2022-08-31' });
		expect(parseStatedDate("unknown (2025/26; visit 'last October' per BBC)")).toMatchObject({ precision: 'unknown', earliest: '2025-04-01' });
		expect(parseStatedDate('soon')).toBeNull();
	});
	it('widens spans by six months to match, no further', () => {
		expect(datesCompatible(parseStatedDate('2019/20')!, parseStatedDate('2020-07')!)).toBe(true);
		expect(datesCompatible(parseStatedDate('2019/20')!, parseStatedDate('2021-02')!)).toBe(false);
	});
});

describe('canonical service addresses', () => {
	it('sends another case or spelling of a slug to the page, and leaves the rest alone', async () => {
		const { canonicalServicePath } = await import('../../../src/lib/register/canonical');
		expect(canonicalServicePath('/services/Suffolk')).toBe('/services/suffolk');
		expect(canonicalServicePath('/services/WEST-SUSSEX')).toBe('/services/west-sussex');
		expect(canonicalServicePath('/services/West%20Sussex')).toBe('/services/west-sussex');
		expect(canonicalServicePath('/services/Gwynedd%20and%20Ynys%20M%C3%B4n')).toBe('/services/gwynedd-and-ynys-mon');
		expect(canonicalServicePath('/services/suffolk')).toBeNull();
		expect(canonicalServicePath('/services/%E0%A4%A')).toBeNull();
		expect(canonicalServicePath('/standards')).toBeNull();
		expect(canonicalServicePath('/app/services/Suffolk')).toBe('/app/services/suffolk');
	});
});
