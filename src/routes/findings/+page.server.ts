import { buildDatabase } from '$lib/server/database';
import { loadFindings } from '$lib/views/findings/load';

export const load = async () => loadFindings(await buildDatabase());
