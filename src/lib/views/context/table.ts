/**
 * The table view (and CSV) of each context chart: exactly the numbers the
 * chart draws, with a missing figure left empty (shown in words), never 0.
 */
import type { TableColumn, TableRow } from '../../charts/export/columns';
import { formatValue, POLARITY_WORDS } from '../../measures/laMeasures';
import { NOT_REPORTED, REPORT_MEASURES, type ReportFiguresModel } from './reportFigures';
import { movementWords, type TrendsModel } from './trends';
import { formatPoundsPerChild, type SpendPerChildModel } from './spendPerChild';

const num = (unit: 'rate' | 'percent') => (v: unknown) => formatValue(Number(v), unit);

export function reportFiguresTable(model: ReportFiguresModel): { columns: TableColumn[]; rows: TableRow[] } {
	const columns: TableColumn[] = [
		{ key: 'service', label: 'Service' },
		{ key: 'measure', label: 'Measure' },
		{ key: 'value', label: 'Service figure', numeric: true, missing: NOT_REPORTED },
		{ key: 'period', label: 'Period', missing: 'Not stated' },
		{ key: 'comparator', label: 'England and Wales', numeric: true, missing: NOT_REPORTED },
		{ key: 'stated_in', label: 'Printed in', missing: '' },
		{ key: 'source', label: 'Source (report line)', missing: '' }
	];
	const rows: TableRow[] = model.services.flatMap((s) =>
		REPORT_MEASURES.map((m) => {
			const c = s.measures[m.id];
			return {
				service: s.localAuthority,
				measure: m.id === 'first_time_entrant_rate' ? 'First-time entrants per 100,000 aged 10–17' : 'Reoffending rate (%)',
				value: c.service?.value ?? null,
				period: c.service ? (c.service.period ?? null) : (c.comparator?.period ?? null),
				comparator: c.comparator?.value ?? null,
				stated_in: c.service ? (c.service.fromProse ? 'text of the report' : 'data table') : null,
				source: [c.service?.source, c.comparator?.source].filter(Boolean).join('; ') || null
			};
		})
	);
	return { columns, rows };
}

export function trendsTable(model: TrendsModel): { columns: TableColumn[]; rows: TableRow[] } {
	const unit = model.measure.unit;
	const format = unit === 'gbp' ? (v: unknown) => formatValue(Number(v), 'gbp') : num(unit);
	const columns: TableColumn[] = [
		{ key: 'authority', label: 'Local authority' },
		{ key: 'period', label: 'Period' },
		{ key: 'value', label: model.measure.label, numeric: true, format, missing: 'Not available' },
		{ key: 'why_missing', label: 'Why not available', missing: '' },
		{ key: 'polarity', label: 'Which way is better' },
		{ key: 'latest_movement', label: 'Latest two years against the series\u2019 own variation', missing: '' }
	];
	if (model.comparatorShown !== 'none')
		columns.push(
			{ key: 'comparator', label: 'Comparator' },
			{ key: 'comparator_value', label: `Comparator ${model.measure.label.toLowerCase()}`, numeric: true, format, missing: 'Not available' }
		);
	const fmt = (v: number) => formatValue(v, unit);
	const rows: TableRow[] = model.panels.flatMap((p) =>
		p.la.points.map((pt, i) => {
			const comp = p.comparator?.points.find((c) => c.year === pt.year) ?? null;
			return {
				authority: p.la.name,
				period: pt.period,
				value: pt.value,
				why_missing: pt.missing,
				polarity: POLARITY_WORDS[model.measure.polarity],
				// Said once per authority, on its latest year.
				latest_movement: i === p.la.points.length - 1 ? movementWords(p.movement, fmt, model.measure) : null,
				comparator: p.comparator?.name ?? null,
				comparator_value: comp?.value ?? null
			};
		})
	);
	return { columns, rows };
}

export function spendPerChildTable(model: SpendPerChildModel): { columns: TableColumn[]; rows: TableRow[] } {
	const columns: TableColumn[] = [
		{ key: 'authority', label: 'Local authority' },
		{ key: 'per_child', label: 'Spend per child aged 10–17', numeric: true, format: (v) => formatPoundsPerChild(Number(v)), missing: 'No figure' },
		{ key: 'spend', label: 'Gross youth justice spend (LAIT)', numeric: true, format: (v) => formatValue(Number(v), 'gbp'), missing: '' },
		{ key: 'spend_period', label: 'Spend year', missing: '' },
		{ key: 'population', label: 'Children aged 10–17 (report)', numeric: true, format: (v) => Number(v).toLocaleString('en-GB'), missing: '' },
		{ key: 'population_period', label: 'Population year', missing: '' },
		{ key: 'reason', label: 'Why no figure', missing: '' },
		{ key: 'population_source', label: 'Population source', missing: '' }
	];
	const rows: TableRow[] = model.entries.map((e) =>
		e.status === 'paired'
			? {
					authority: e.localAuthority,
					per_child: Math.round(e.perChild * 100) / 100,
					spend: e.spend,
					spend_period: e.spendPeriod,
					population: e.population,
					population_period: e.populationPeriod,
					reason: null,
					population_source: e.populationSource
				}
			: { authority: e.localAuthority, per_child: null, spend: null, spend_period: null, population: null, population_period: null, reason: e.reason, population_source: null }
	);
	return { columns, rows };
}
