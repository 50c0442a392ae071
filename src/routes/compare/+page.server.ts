import { loadCompare } from '$lib/views/compare/load';

export const load = loadCompare;
