/** The shared chart frame: card, table, tooltip. See the comment at the top of each component. */
export { default as ChartCard, type ChartView, type ChartSource, type ChartIds } from './ChartCard.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as Tooltip } from './Tooltip.svelte';
export { createTooltip, type Tooltip as TooltipController, type TooltipContent, type MarkHandlers } from './tooltip.svelte';
export type { TableColumn, TableRow } from '../../charts/export/columns';
