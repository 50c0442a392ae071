import { loadData } from '$lib/views/data/load';

export const load = () => loadData();
