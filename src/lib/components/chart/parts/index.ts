/**
 * The parts charts are composed of (the LayerChart way: each chart is a few
 * parts over its own view model, with no copy of another chart's axis, bands
 * or focus handling). See the comment at the top of each part.
 */
export { default as ChartSvg } from './ChartSvg.svelte';
export { default as AxisX } from './AxisX.svelte';
export { default as KeyQuestionBands } from './KeyQuestionBands.svelte';
export { default as RefLine } from './RefLine.svelte';
export { default as RowLabel } from './RowLabel.svelte';
export { default as LabelLink } from './LabelLink.svelte';
export { default as RowMark } from './RowMark.svelte';
export { default as RowValue } from './RowValue.svelte';

/** Every chart's props: its view model, and the ids of its card's title and summary (aria-labelledby / aria-describedby). */
export interface ChartProps<Model> {
	model: Model;
	titleId: string;
	summaryId: string;
	/**
	 * The site's base path, for links from services' names to their profiles
	 * (`profileHref`; charts import nothing from SvelteKit). Without it a
	 * chart draws no such links (as on the service's own profile).
	 */
	base?: string;
}
export { KEY_QUESTION_SPANS, type KeyQuestionBand } from './keyQuestionBands';
export { profileHref } from './profileHref';
