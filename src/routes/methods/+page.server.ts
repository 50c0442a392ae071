import { buildDatabase } from '$lib/server/database';
import { loadMethods } from '$lib/views/methods/load';

export const load = async () => loadMethods(await buildDatabase());
