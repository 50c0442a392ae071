/** Build-time rows for the context view (`views/context/load.ts`). */
import { buildDatabase } from '$lib/server/database';
import { loadContext } from '$lib/views/context/load';

export async function load() {
	return loadContext(await buildDatabase());
}
