import { buildDatabase } from '$lib/server/database';
import { loadStandards } from '$lib/views/standards/load';

export const load = async () => loadStandards(await buildDatabase());
