/**
 * Checks the committed files in data/national/ (built by
 * scripts/import-national.ts from ../shared/data, which is not needed here).
 * Expected values come from ../shared/data/README.md and, for the five
 * services we hold reports for, from the report texts in data/reports/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/national/csv';
import { ratingForScore, RATINGS } from '../../../src/lib/framework';

const read = (name: string) => parseCsv(readFileSync(new URL(`../../../data/national/${name}`, import.meta.url), 'utf8'));
const scores = read('national_scores.csv');
const indicators = read('la_indicators.csv');
const neighbours = read('statistical_neighbours.csv');
const comparators = read('national_comparators.csv');

const inspection = (service: string, framework = 'youth-2018') => {
	const found = scores.filter((r) => r.service === service && r.framework === framework);
	expect(found, `${service} ${framework}`).toHaveLength(1);
	return found[0];
};
const indicator = (la: string, measure: string, period: string) => {
	const found = indicators.filter((r) => r.la_name === la && r.measure === measure && r.period === period);
	expect(found, `${la} ${measure} ${period}`).toHaveLength(1);
	return found[0];
};

describe('national_scores.csv', () => {
	it('has the README-confirmed scores', () => {
		expect(inspection('Bromley')).toMatchObject({ score: '33', overall_rating: 'Outstanding', comparable: 'true' });
		expect(inspection('Islington')).toMatchObject({ score: '34', overall_rating: 'Outstanding' });
		expect(inspection('York')).toMatchObject({ score: '32' });
		expect(inspection('Dorset')).toMatchObject({ score: '24', joint_inspection: 'true', la_names: 'Bournemouth, Christchurch and Poole;Dorset' });
	});
	it('agrees with "Score n/36" in each report text we hold', () => {
		const reports: Array<[string, string]> = [
			['east-sussex.txt', 'East Sussex'], ['hartlepool.txt', 'Hartlepool'], ['suffolk.txt', 'Suffolk'],
			['thurrock.txt', 'Thurrock'], ['west-sussex.txt', 'West Sussex']
		];
		for (const [file, service] of reports) {
			const text = readFileSync(new URL(`../../../data/reports/${file}`, import.meta.url), 'utf8');
			const m = /Score\s+(\d{1,2})\/36/.exec(text);
			expect(m, file).not.toBeNull();
			expect(inspection(service).score, service).toBe(m![1]);
		}
		// And the specific values, read from the reports by hand.
		expect(inspection('East Sussex')).toMatchObject({ score: '25', overall_rating: 'Good' });
		expect(inspection('Thurrock')).toMatchObject({ score: '26', overall_rating: 'Good' });
		expect(inspection('Suffolk')).toMatchObject({ score: '9', overall_rating: 'Requires improvement' });
		expect(inspection('Hartlepool')).toMatchObject({ score: '26', overall_rating: 'Good', published: '' });
	});
	it('corrects the scraped ratings for West Sussex and Portsmouth', () => {
		expect(inspection('West Sussex')).toMatchObject({ score: '26', overall_rating: 'Good', flag: 'scraped_rating_corrected' });
		expect(inspection('Portsmouth')).toMatchObject({ overall_rating: 'Good', flag: 'scraped_rating_corrected' });
	});
	it('leaves Bridgend and Ceredigion scores empty and flagged', () => {
		for (const s of ['Bridgend', 'Ceredigion']) {
			expect(inspection(s)).toMatchObject({ score: '', comparable: 'false', flag: 'score_parse_error', country: 'Wales', la_names: '' });
		}
	});
	it('keeps Wakefield 2025 apart from its 2021 /36 inspection', () => {
		expect(inspection('Wakefield', 'youth-2025')).toMatchObject({ score: '', comparable: 'false', flag: 'framework_2025_not_comparable' });
		expect(inspection('Wakefield', 'youth-2018')).toMatchObject({ score: '10', comparable: 'true' });
		for (const r of scores.filter((r) => r.framework === 'youth-2025')) expect(r).toMatchObject({ score: '', comparable: 'false' });
	});
	it('includes Brighton and Hove 2021 once, from the public pages', () => {
		expect(inspection('Brighton and Hove')).toMatchObject({ score: '36', published: '2021-07', score_basis: 'derived_from_grade_counts' });
	});
	it('maps joint services to their LAIT local authorities', () => {
		expect(inspection('West Mercia').la_names).toBe('Herefordshire;Shropshire;Telford and Wrekin;Worcestershire');
		expect(inspection('Tower Hamlets and City of London').la_names).toBe('Tower Hamlets;City of London');
		const laNames = new Set(indicators.filter((r) => r.geography_level === 'local_authority').map((r) => r.la_name));
		for (const r of scores) {
			for (const n of r.la_names.split(';').filter(Boolean)) expect(laNames.has(n), `${r.service}: ${n}`).toBe(true);
			expect(r.country === 'Wales' ? r.la_names === '' : r.la_names !== '', r.service).toBe(true);
		}
	});
	it('has consistent scores, ratings and sources on every row', () => {
		const keys = new Set<string>();
		for (const r of scores) {
			const key = `${r.service}|${r.published || r.published_as_stated}`;
			expect(keys.has(key), key).toBe(false);
			keys.add(key);
			expect(r.source, r.service).not.toBe('');
			expect(['', ...RATINGS]).toContain(r.overall_rating);
			expect(['youth-2018', 'youth-2025']).toContain(r.framework);
			if (r.score !== '') {
				expect(r.score).toMatch(/^\d{1,2}$/);
				expect(r.overall_rating).toBe(ratingForScore(Number(r.score)));
			}
			expect(r.comparable).toBe(r.score !== '' && r.framework === 'youth-2018' ? 'true' : 'false');
		}
		expect(scores.length).toBeGreaterThanOrEqual(86);
	});
});

describe('la_indicators.csv', () => {
	it('has the README first-time-entrant rates', () => {
		expect(indicator('Hartlepool', 'first_time_entrant_rate', '2023')).toMatchObject({ value: '192', year: '2023', flag: '' });
		expect(indicator('Thurrock', 'first_time_entrant_rate', '2023').value).toBe('117');
	});
	it('blanks and flags every England first-time-entrant row', () => {
		const rows = indicators.filter((r) => r.geography_level === 'england' && r.measure === 'first_time_entrant_rate');
		expect(rows.length).toBe(9);
		for (const r of rows) expect(r).toMatchObject({ value: '', flag: 'england_fte_invalid' });
	});
	it('never writes 0 spend, and explains every blank value', () => {
		for (const r of indicators) {
			if (r.measure === 'youth_justice_spend') expect(r.value, `${r.la_name} ${r.period}`).not.toBe('0');
			if (r.value === '') expect(r.suppressed === 'true' || r.flag !== '', `${r.la_name} ${r.measure} ${r.period}`).toBe(true);
			expect(r.source).toMatch(/^DfE LAIT bds_long_0\.parquet @2e30e39, measure \S+$/);
			expect(Number(r.year)).toBe(Number(r.period.slice(0, 4)));
		}
		expect(indicator('Rutland', 'youth_justice_spend', '2023-24')).toMatchObject({ value: '', flag: 'zero_spend_quirk' });
	});
	it("flags the cautioned-or-sentenced rate as the joint service's figure for exactly the authorities of the five joint services", () => {
		const flagged = indicators.filter((r) => r.flag.includes('joint_service_figure'));
		expect(new Set(flagged.map((r) => `${r.measure} ${r.period}`))).toEqual(new Set(['cautioned_or_sentenced_rate 2024-25']));
		expect(flagged.map((r) => r.la_name).sort()).toEqual(
			[
				'Bedford Borough', 'Central Bedfordshire', 'Bournemouth, Christchurch and Poole', 'Dorset',
				'North Northamptonshire', 'West Northamptonshire', 'Tower Hamlets', 'City of London',
				'Herefordshire', 'Shropshire', 'Telford and Wrekin', 'Worcestershire'
			].sort()
		);
		// The value is kept: one figure, the same for each of the service's authorities.
		for (const la of ['Herefordshire', 'Shropshire', 'Telford and Wrekin', 'Worcestershire'])
			expect(indicator(la, 'cautioned_or_sentenced_rate', '2024-25')).toMatchObject({ value: '14.4', flag: 'joint_service_figure' });
	});
	it('covers the six measures for 2016 onwards', () => {
		expect(new Set(indicators.map((r) => r.measure))).toEqual(
			new Set(['first_time_entrant_rate', 'reoffending_rate_10_14', 'reoffending_rate_15_17', 'youth_justice_spend', 'cautioned_or_sentenced_rate', 'lac_convicted_pct'])
		);
		expect(Math.min(...indicators.map((r) => Number(r.year)))).toBe(2016);
	});
});

describe('statistical_neighbours.csv and national_comparators.csv', () => {
	it('has ten ranked neighbours per LA, with a source', () => {
		const las = new Set(neighbours.map((r) => r.la_number));
		expect(neighbours.length).toBe(las.size * 10);
		for (const r of neighbours) {
			expect(Number(r.rank)).toBeGreaterThanOrEqual(1);
			expect(Number(r.rank)).toBeLessThanOrEqual(10);
			expect(['Extremely close', 'Very close', 'Close', 'Somewhat close', 'Not close']).toContain(r.closeness);
			expect(r.source).not.toBe('');
		}
	});
	it('has medium-trust numeric comparators with their source URL', () => {
		for (const r of comparators) {
			expect(r.trust).toBe('medium');
			expect(Number.isFinite(Number(r.value)) && r.value !== '').toBe(true);
			expect(r.source_url).not.toBe('');
			expect(r.source).toContain(r.source_url);
		}
	});
});
