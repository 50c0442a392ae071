/** Table view (and CSV) of the peers chart: the numbers drawn, a missing figure in words, never 0. */
import type { TableColumn, TableRow } from '../../charts/export/columns';
import { formatValue } from '../../measures/laMeasures';
import { POLARITY_WORDS } from '../../measures/catalogue';
import type { PeerModel } from './model';

export function peersTable(model: PeerModel): { columns: TableColumn[]; rows: TableRow[] } {
	const unit = model.measure.unit;
	const columns: TableColumn[] = [
		{ key: 'authority', label: 'Local authority' },
		{ key: 'role', label: 'Role' },
		{ key: 'closeness', label: 'DfE closeness', missing: '' },
		{ key: 'value', label: model.measure.label, numeric: true, format: (v) => formatValue(Number(v), unit), missing: 'Not available' },
		{ key: 'period', label: model.measure.param === 'inspection-score' ? 'Published' : 'Period', missing: '' },
		{ key: 'against_median', label: 'Against the peer median (within 1.4826 × MAD = similar)', missing: '' },
		{ key: 'polarity', label: 'Which way is better', missing: '' },
		{ key: 'reading', label: 'Reading', missing: '' },
		{ key: 'note', label: 'Note', missing: '' },
		{ key: 'source', label: 'Source', missing: '' }
	];
	const rows: TableRow[] = model.points.map((p) => ({
		authority: p.laName,
		role: p.isService ? 'This service' : `Neighbour ${p.rank}`,
		closeness: p.closeness,
		value: p.value,
		period: p.period,
		against_median: p.relation,
		polarity: POLARITY_WORDS[model.measure.polarity],
		reading: p.verdict === 'neither' ? 'no judgement' : p.verdict,
		note: p.value === null ? p.missing : p.detail,
		source: p.source
	}));
	if (model.median !== null)
		rows.push({
			authority: `Peer median (${model.medianCount} neighbours)`,
			role: 'Median',
			closeness: null,
			value: model.median,
			period: null,
			against_median: model.spread !== null ? `similar: ${formatValue(Math.max(0, model.median - model.spread), unit)} to ${formatValue(model.median + model.spread, unit)}` : null,
			polarity: POLARITY_WORDS[model.measure.polarity],
			reading: null,
			note: null,
			source: null
		});
	return { columns, rows };
}
