import { describe, expect, it } from 'vitest';
import { flagJointServiceFigures, parseLaitValue, startYear, tidyLait, tidyLaitRow, type LaitRow } from '../../../src/lib/national/indicators';

const row = (over: Partial<LaitRow>): LaitRow => ({
	la_name: 'Hartlepool',
	dfe_la_number: '805',
	region: 'North East',
	geography_level: 'Local authority',
	measure_code: 'FirstYJS',
	unit: 'rate_per_100k_10_17',
	period: '2023',
	value_raw: '192',
	...over
});

describe('LAIT rows', () => {
	it('reads periods as start years', () => {
		expect(['2023', '2023-24', '2016-17'].map(startYear)).toEqual([2023, 2023, 2016]);
		expect(startYear('year ending Mar 2024')).toBeNaN();
	});
	it('strips float noise and treats "-" as suppressed', () => {
		expect(parseLaitValue('40.630000000000003')).toEqual({ value: 40.63, suppressed: false });
		expect(parseLaitValue('-')).toEqual({ value: null, suppressed: true });
		expect(parseLaitValue('0')).toEqual({ value: 0, suppressed: false });
		expect(() => parseLaitValue('n/a')).toThrow();
	});
	it('maps a local-authority row with its source', () => {
		expect(tidyLaitRow(row({}))).toEqual({
			la_name: 'Hartlepool', dfe_la_number: 805, region: 'North East', geography_level: 'local_authority',
			measure: 'first_time_entrant_rate', unit: 'rate_per_100k_10_17', period: '2023', year: 2023,
			value: 192, suppressed: false, flag: '', source: 'DfE LAIT bds_long_0.parquet @2e30e39, measure FirstYJS'
		});
	});
	it('blanks and flags the England first-time-entrant rate but not other England rows', () => {
		const fte = tidyLaitRow(row({ la_name: 'England', dfe_la_number: '970', region: '', geography_level: 'England', value_raw: '1320' }));
		expect(fte).toMatchObject({ value: null, suppressed: false, flag: 'england_fte_invalid', geography_level: 'england', region: '' });
		const lac = tidyLaitRow(row({ la_name: 'England', dfe_la_number: '970', region: '', geography_level: 'England', measure_code: 'LAC_Convictions', unit: 'percent', value_raw: '2' }));
		expect(lac).toMatchObject({ value: 2, flag: '' });
	});
	it('blanks a zero spend but keeps other zeros', () => {
		const spend = tidyLaitRow(row({ la_name: 'Rutland', dfe_la_number: '857', measure_code: 'YouthJusticeFinance', unit: 'gbp', period: '2023-24', value_raw: '0' }));
		expect(spend).toMatchObject({ value: null, suppressed: false, flag: 'zero_spend_quirk', year: 2023, measure: 'youth_justice_spend' });
		const reoff = tidyLaitRow(row({ la_name: 'Kensington and Chelsea', dfe_la_number: '207', measure_code: 'ReoffYO15-17', unit: 'percent', value_raw: '0' }));
		expect(reoff).toMatchObject({ value: 0, flag: '' });
	});
	it('handles reorganised areas', () => {
		const zero = tidyLaitRow(row({ la_name: 'Cumbria', dfe_la_number: '909', measure_code: 'YJS_Caution-Sentence10-17_YO', unit: 'rate_per_10k_10_17', period: '2024-25', value_raw: '0' }));
		expect(zero).toMatchObject({ value: null, flag: 'abolished_la_zero' });
		const partYear = tidyLaitRow(row({ la_name: 'Northamptonshire', dfe_la_number: '928', period: '2021', value_raw: '43' }));
		expect(partYear).toMatchObject({ value: 43, flag: 'reorganisation_year_suspect' });
		expect(tidyLaitRow(row({ la_name: 'Northamptonshire', dfe_la_number: '928', period: '2020', value_raw: '208' })).flag).toBe('');
	});
	it('relabels LA regions to the region-row names and gives region rows their own name', () => {
		expect(tidyLaitRow(row({ region: 'Inner London' })).region).toBe('London (Inner)');
		expect(tidyLaitRow(row({ region: 'Yorkshire and The Humber' })).region).toBe('Yorkshire and the Humber');
		expect(tidyLaitRow(row({ la_name: 'London (Outer)', dfe_la_number: '988', region: '', geography_level: 'Region', value_raw: '-' }))).toMatchObject({ region: 'London (Outer)', geography_level: 'region', suppressed: true, value: null });
	});
	it('fails loudly on unknown measures, units or duplicates', () => {
		expect(() => tidyLaitRow(row({ measure_code: 'NewThing' }))).toThrow(/Unknown LAIT measure/);
		expect(() => tidyLaitRow(row({ unit: 'percent' }))).toThrow(/unit/);
		expect(() => tidyLait([row({}), row({})])).toThrow(/Duplicate/);
	});
});

describe('joint services', () => {
	const cautioned = (la_name: string, value_raw: string, over: Partial<LaitRow> = {}) =>
		tidyLaitRow(row({ la_name, measure_code: 'YJS_Caution-Sentence10-17_YO', unit: 'rate_per_10k_10_17', period: '2024-25', value_raw, ...over }));
	const footprints = [['Bedford Borough', 'Central Bedfordshire'], ['Hartlepool']];

	it("flags a service-level rate every authority of a joint service carries, and keeps its value", () => {
		const rows = [cautioned('Bedford Borough', '17.5'), cautioned('Central Bedfordshire', '17.5'), cautioned('Luton', '17.5')];
		const out = flagJointServiceFigures(rows, footprints);
		expect(out.map((r) => [r.la_name, r.value, r.flag])).toEqual([
			['Bedford Borough', 17.5, 'joint_service_figure'],
			['Central Bedfordshire', 17.5, 'joint_service_figure'],
			// The same value outside a known joint footprint is a coincidence, not flagged.
			['Luton', 17.5, '']
		]);
		expect(rows[0].flag).toBe('');
	});
	it('leaves the rows alone when the authorities differ or one has no figure', () => {
		expect(flagJointServiceFigures([cautioned('Bedford Borough', '17.5'), cautioned('Central Bedfordshire', '17.4')], footprints).map((r) => r.flag)).toEqual(['', '']);
		expect(flagJointServiceFigures([cautioned('Bedford Borough', '-'), cautioned('Central Bedfordshire', '-')], footprints).map((r) => r.flag)).toEqual(['', '']);
		expect(flagJointServiceFigures([cautioned('Bedford Borough', '17.5')], footprints).map((r) => r.flag)).toEqual(['']);
	});
	it('does not flag per-authority measures whose values happen to be equal', () => {
		const lac = (la_name: string) => tidyLaitRow(row({ la_name, measure_code: 'LAC_Convictions', unit: 'percent', value_raw: '0' }));
		expect(flagJointServiceFigures([lac('Bedford Borough'), lac('Central Bedfordshire')], footprints).map((r) => r.flag)).toEqual(['', '']);
	});
	it('adds to a flag already there', () => {
		const rows = [cautioned('Bedford Borough', '17.5'), { ...cautioned('Central Bedfordshire', '17.5'), flag: 'other_flag' }];
		expect(flagJointServiceFigures(rows, footprints).map((r) => r.flag)).toEqual(['joint_service_figure', 'other_flag;joint_service_figure']);
	});
});
