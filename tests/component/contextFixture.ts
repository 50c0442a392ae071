/**
 * Hand-made rows for the context charts, with figures read from the reports
 * (west-sussex.txt:976-980, :984) and static/data/la_indicators.csv
 * (Hartlepool 10-14 reoffending 2016-2018 57.89, 42.31, 47.62; 2019-2020 "-";
 * North East 52.34, 43.08, 40.66, 38.08, 24.63).
 */
import type { ReportFigureRow, SpendPairRow, TrendRow } from '../../src/lib/db/queries/context';

const ws = { service_id: 'west-sussex', service_name: 'West Sussex YJS', local_authority: 'West Sussex', inspection_id: 'west-sussex-2022', fieldwork: '2022-03-14' };
const hp = { service_id: 'hartlepool', service_name: 'Hartlepool Youth Offending Service', local_authority: 'Hartlepool', inspection_id: 'hartlepool-2020', fieldwork: '2020-10-26' };
const fig = (measure: string, area: string, value: number, unit: string, period: string, line: number): ReportFigureRow => ({
	...ws,
	measure,
	area,
	value,
	unit,
	period,
	from_prose: false,
	approximate: false,
	source_text: '',
	note: null,
	source: `data/reports/west-sussex.txt:${line}`
});

export const FIGURE_ROWS: ReportFigureRow[] = [
	fig('first_time_entrant_rate', 'service', 74, 'per 100,000 aged 10-17', 'January to December 2020', 976),
	fig('first_time_entrant_rate', 'England and Wales', 167, 'per 100,000 aged 10-17', 'January to December 2020', 977),
	fig('reoffending_rate', 'service', 31.7, '%', 'April 2019 to March 2020', 979),
	fig('reoffending_rate', 'England and Wales', 34.2, '%', 'April 2019 to March 2020', 980),
	// Hartlepool's report prints neither rate: the LEFT JOIN gives one row with no figure.
	{ ...hp, measure: null, area: null, value: null, unit: null, period: null, from_prose: null, approximate: null, source_text: null, note: null, source: null }
];

const lait = (la_name: string, geography_level: TrendRow['geography_level'], year: number, value: number | null): TrendRow => ({
	service_id: 'hartlepool',
	local_authority: 'Hartlepool',
	la_name,
	geography_level,
	measure: 'reoffending_rate_10_14',
	unit: 'percent',
	period: String(year),
	year,
	value,
	suppressed: value === null,
	flag: null,
	source: 'DfE LAIT bds_long_0.parquet @2e30e39, measure ReoffYO'
});

export const TREND_ROWS: TrendRow[] = [
	lait('Hartlepool', 'local_authority', 2016, 57.89),
	lait('Hartlepool', 'local_authority', 2017, 42.31),
	lait('Hartlepool', 'local_authority', 2018, 47.62),
	lait('Hartlepool', 'local_authority', 2019, null),
	lait('Hartlepool', 'local_authority', 2020, null),
	lait('North East', 'region', 2016, 52.34),
	lait('North East', 'region', 2017, 43.08),
	lait('North East', 'region', 2018, 40.66),
	lait('North East', 'region', 2019, 38.08),
	lait('North East', 'region', 2020, 24.63)
];

export const SPEND_ROWS: SpendPairRow[] = [
	{
		...ws,
		youth_population: 79864,
		population_period: 'mid-2020',
		population_year: 2020,
		population_source: 'data/reports/west-sussex.txt:984',
		spend: 1727281,
		spend_period: '2020-21',
		spend_suppressed: false,
		spend_flag: null,
		spend_source: 'DfE LAIT bds_long_0.parquet @2e30e39, measure YouthJusticeFinance'
	},
	{
		service_id: 'suffolk',
		service_name: 'Suffolk Youth Justice Service',
		local_authority: 'Suffolk',
		inspection_id: 'suffolk-2022',
		fieldwork: '2022-06-27',
		youth_population: null,
		population_period: null,
		population_year: null,
		population_source: null,
		spend: null,
		spend_period: null,
		spend_suppressed: null,
		spend_flag: null,
		spend_source: null
	}
];
