/** The shared chart frame as pages use it. See the comment at the top of each component. */
export { default as ChartCard, type ChartSource } from './ChartCard.svelte';
