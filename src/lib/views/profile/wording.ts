/** The English of a service's page: its title and description, and the key questions chart's note. Pure. */
import type { HistoryRow } from '../../db/queries/register';
import type { KeyQuestionModel } from '../../charts/serviceProfile/keyQuestions';
import { FRAMEWORK_LABELS } from '../../charts/register/list';
import { inspectionDateLabel } from '../../charts/serviceProfile/list';
import type { ServicePageData } from './load';

export function pageTitle(data: Pick<ServicePageData, 'entry' | 'report'>): string {
	return `${data.entry.service_name}: ${data.report ? 'inspection profile' : 'youth justice service'}`;
}

export function pageDescription(data: Pick<ServicePageData, 'entry' | 'report' | 'history'>): string {
	const { entry, report } = data;
	if (report) {
		return `${entry.service_name}: ${report.inspection.score}/36, ${report.inspection.overall_rating}. Ratings, key questions, contextual facts and findings from the HM Inspectorate of Probation report, every inspection on record, and local indicators.`;
	}
	const latest: HistoryRow | undefined = data.history.at(-1);
	const latestWords = latest
		? `latest inspection ${latest.published_label}, ${latest.overall_rating ?? 'rating not stated'} (${FRAMEWORK_LABELS[latest.framework]})`
		: 'no inspection on record here';
	const indicators = entry.nation === 'England' ? ', and local-authority indicators against region, England and statistical neighbours' : '';
	return `${entry.service_name}: ${latestWords}. Every inspection on record with its source${indicators}.`;
}

export function keyQuestionsNote(model: KeyQuestionModel, inspection: { published: string | null; fieldwork: string | null }): string {
	return `% of the cases inspectors examined (${inspectionDateLabel(inspection)}) for which the answer to the key question was 'Yes'. A standard is rated by its lowest key question: 80% or more Outstanding, 65% Good, 50% Requires improvement, below 50% Inadequate; inspectors may use discretion.${model.bars.some((b) => b.derived) ? ' This report prints counts; the % is computed from them.' : ''} The shaded bar behind each dot is the 95% Wilson interval (the range the % could plausibly take given the cases read; n≤ where the sample is the domain's cases inspected, approximate); ‡ the lowest key question's range crosses a band line. No comparator: the bands are the benchmark.`;
}
