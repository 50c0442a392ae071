import { buildDatabase } from '$lib/server/database';
import { loadServices } from '$lib/views/services/load';

export const load = async () => loadServices(await buildDatabase());
