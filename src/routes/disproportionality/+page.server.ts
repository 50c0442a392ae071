import { loadDisproportionality } from '$lib/views/disproportionality/load';

export const load = loadDisproportionality;
