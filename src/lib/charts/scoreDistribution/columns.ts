/** The strip chart's numbers for ChartCard's table view and CSV: one row per dot, highest score first. */
import type { TableColumn } from '../export/columns';
import { sourceLabel } from '../../components/sourceLink';
import type { DistributionModel } from './shape';

export interface ScoreTableRow extends Record<string, unknown> {
	service: string;
	score: number;
	rating: string | null;
	date: string;
	highlighted: string;
	origin: string;
	source: string;
	report_page: string | null;
	flag: string | null;
}

export const SCORE_COLUMNS: TableColumn[] = [
	{ key: 'service', label: 'Service' },
	{ key: 'score', label: 'Score out of 36', numeric: true },
	{ key: 'rating', label: 'Overall rating' },
	{ key: 'date', label: 'Date' },
	{ key: 'highlighted', label: 'Highlighted', missing: '' },
	{ key: 'origin', label: 'Figure from' },
	{ key: 'source', label: 'Source' },
	{ key: 'report_page', label: 'HMIP report page', missing: 'Not recorded' },
	{ key: 'flag', label: 'Data flag', missing: '' }
];

export function scoreTableRows(model: DistributionModel): ScoreTableRow[] {
	return [...model.dots]
		.sort((a, b) => b.score - a.score)
		.map((d) => ({
			service: d.service,
			score: d.score,
			rating: d.rating,
			date: d.dateLabel,
			highlighted: d.highlighted ? 'Yes' : '',
			origin:
				d.origin === 'report'
					? `Inspection report${d.nationalMatch ? ' (replaces its national-table row)' : ''}`
					: 'National scores table',
			source: d.origin === 'report' ? `data/reports/${sourceLabel(d.source)}` : `${d.sourceKind}: ${d.source}`,
			report_page: d.reportUrl,
			flag: d.flag
		}));
}
