import { buildDatabase } from '$lib/server/database';
import { loadOverview } from '$lib/views/overview/load';

export const load = async () => loadOverview(await buildDatabase());
