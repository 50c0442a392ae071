/**
 * Chart model of "rates as the report prints them": each service's
 * first-time entrant and reoffending rate beside the England and Wales
 * figure printed in the same report, for the same period. A figure the
 * report does not print is `not_reported`, never zero. Pure: the same model
 * from the prerendered rows (all services) and the live rows (the chosen ones).
 */
import type { ReportFigureRow } from '../../db/queries/context';
import { listWords } from '../../charts/words';
import { latestPerService } from './model';

export const REPORT_MEASURES = [
	{ id: 'first_time_entrant_rate', label: 'First-time entrants', axis: 'First-time entrants per 100,000 children aged 10–17', unit: 'rate' },
	{ id: 'reoffending_rate', label: 'Reoffending', axis: 'Proven reoffending rate (%)', unit: 'percent' }
] as const;
export type ReportMeasureId = (typeof REPORT_MEASURES)[number]['id'];

export const NOT_REPORTED = 'Not reported in this inspection';
export const COMPARATOR_AREA = 'England and Wales';

export interface PrintedFigure {
	value: number;
	unit: string;
	/** Period as printed or as the footnote gives it; null when the report does not state one. */
	period: string | null;
	fromProse: boolean;
	approximate: boolean;
	sourceText: string;
	note: string | null;
	source: string;
}

export interface ReportComparison {
	measure: ReportMeasureId;
	service: PrintedFigure | null;
	comparator: PrintedFigure | null;
	/** Service figure against England and Wales, when both are printed. */
	relation: 'below' | 'above' | 'equal' | null;
}

export interface ServiceReportFigures {
	serviceId: string;
	serviceName: string;
	/** Short name for labels, e.g. `West Sussex`. */
	localAuthority: string;
	inspectionId: string;
	fieldwork: string | null;
	measures: Record<ReportMeasureId, ReportComparison>;
}

export interface ReportFiguresModel {
	services: ServiceReportFigures[];
	title: string;
	summary: string;
}

function figureOf(row: ReportFigureRow): PrintedFigure | null {
	if (row.value === null || row.value === undefined || !Number.isFinite(row.value)) return null;
	return {
		value: row.value,
		unit: row.unit ?? '',
		period: row.period ? row.period : null,
		fromProse: row.from_prose === true,
		approximate: row.approximate === true,
		sourceText: row.source_text ?? '',
		note: row.note ?? null,
		source: row.source ?? ''
	};
}

function relationOf(service: PrintedFigure | null, comparator: PrintedFigure | null): ReportComparison['relation'] {
	if (!service || !comparator) return null;
	if (service.value < comparator.value) return 'below';
	if (service.value > comparator.value) return 'above';
	return 'equal';
}

/** Latest inspection of each chosen service (alphabetical by service id), with its printed rates. */
export function shapeReportFigures(rows: readonly ReportFigureRow[], services: readonly string[]): ReportFiguresModel {
	const out: ServiceReportFigures[] = [];
	for (const head of latestPerService(rows, services)) {
		const id = head.service_id;
		const mine = rows.filter((r) => r.inspection_id === head.inspection_id);
		const find = (measure: string, area: string) => {
			const row = mine.find((r) => r.measure === measure && r.area === area);
			return row ? figureOf(row) : null;
		};
		const measures = {} as Record<ReportMeasureId, ReportComparison>;
		for (const m of REPORT_MEASURES) {
			const service = find(m.id, 'service');
			const comparator = find(m.id, COMPARATOR_AREA);
			measures[m.id] = { measure: m.id, service, comparator, relation: relationOf(service, comparator) };
		}
		out.push({
			serviceId: id,
			serviceName: head.service_name,
			localAuthority: head.local_authority,
			inspectionId: head.inspection_id,
			fieldwork: head.fieldwork,
			measures
		});
	}
	return { services: out, ...reportFiguresFinding(out) };
}

const RELATION_WORD = { below: 'below', above: 'above', equal: 'level with' } as const;

/** Title and screen-reader summary, computed from what is shown. */
export function reportFiguresFinding(services: readonly ServiceReportFigures[]): { title: string; summary: string } {
	if (services.length === 0) return { title: 'No service chosen', summary: 'Choose at least one service.' };
	const clauses: string[] = [];
	const none: string[] = [];
	for (const s of services) {
		const fte = s.measures.first_time_entrant_rate.relation;
		const reoff = s.measures.reoffending_rate.relation;
		if (fte && reoff) {
			clauses.push(
				fte === reoff
					? `${s.localAuthority} is ${RELATION_WORD[fte]} England and Wales on both rates`
					: `${s.localAuthority} is ${RELATION_WORD[fte]} England and Wales on first-time entrants and ${RELATION_WORD[reoff]} on reoffending`
			);
		} else if (fte || reoff) {
			const [label, rel] = fte ? ['first-time entrants', fte] : ['reoffending', reoff!];
			clauses.push(`${s.localAuthority} is ${RELATION_WORD[rel]} England and Wales on ${label}`);
		} else {
			none.push(s.localAuthority);
		}
	}
	let title: string;
	if (clauses.length > 0) {
		title = clauses.join('; ');
		if (none.length === 1) title += `; ${none[0]}'s report prints no comparison`;
		else if (none.length > 1) title += `; ${none.length} reports print no comparison`;
	} else {
		title =
			services.length === 1
				? `${services[0].localAuthority}'s report prints no rates against England and Wales`
				: 'None of these reports prints rates against England and Wales';
	}

	const detail = services.map((s) => {
		const parts = REPORT_MEASURES.map((m) => {
			const c = s.measures[m.id];
			const own = c.service
				? `${c.service.value}${m.unit === 'percent' ? '%' : ' per 100,000'}${c.service.period ? ` (${c.service.period})` : ''}${c.service.fromProse ? ` (stated in the report's text${c.service.period ? '' : ', no period'})` : ''}`
				: NOT_REPORTED.toLowerCase();
			const comp = c.comparator ? `, England and Wales ${c.comparator.value}${m.unit === 'percent' ? '%' : ''}` : '';
			return `${m.label}: ${own}${comp}`;
		});
		return `${s.localAuthority}: ${parts.join('; ')}.`;
	});
	const summary = `${detail.join(' ')}${none.length ? ` ${listWords(none)} ${none.length === 1 ? 'prints' : 'print'} no rate beside an England and Wales figure.` : ''}`;
	return { title, summary };
}

/** The card note: what the comparator is, each report's periods, and caveats on figures read from prose. */
export function reportFiguresNote(services: readonly ServiceReportFigures[]): string {
	const parts = [
		'Each service is compared with the England and Wales figure printed in its own report, for the same period; periods differ between reports, so compare each service with its own comparator.',
		'Above or below is the plain difference, not a test: the reports print no counts or populations behind these rates, so whether a difference is more than chance cannot be worked out. For both rates lower is better.'
	];
	const periods = services.flatMap((s) =>
		REPORT_MEASURES.flatMap((m) => {
			const f = s.measures[m.id].service;
			return f && f.period ? [`${s.localAuthority} ${m.label.toLowerCase()}: ${f.period}`] : [];
		})
	);
	if (periods.length) parts.push(`Periods: ${periods.join('; ')}.`);
	for (const s of services)
		for (const m of REPORT_MEASURES) {
			const f = s.measures[m.id].service;
			if (f?.fromProse)
				parts.push(
					`† ${s.localAuthority}'s ${m.label.toLowerCase()} rate is stated only in the text of its report ("${sentenceWith(f.sourceText, f.value)}")${f.period ? '' : ', with no period'}${s.measures[m.id].comparator ? '' : ' and no England and Wales figure'}.`
				);
		}
	const none = services.filter((s) => REPORT_MEASURES.every((m) => !s.measures[m.id].service)).map((s) => s.localAuthority);
	if (none.length) parts.push(`${none.join(', ')}: ${NOT_REPORTED.toLowerCase()} (no figure is drawn, and none is zero).`);
	return parts.join(' ');
}

/** The sentence of a paragraph that holds a figure (paragraphs from prose can be long). */
export function sentenceWith(text: string, value: number): string {
	const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
	const hit = sentences.find((t) => t.includes(String(value)));
	if (hit) return hit.trim();
	return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
