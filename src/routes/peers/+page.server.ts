/** Build-time rows for the peers view (`views/peers/load.ts`). */
import { buildDatabase } from '$lib/server/database';
import { loadPeers } from '$lib/views/peers/load';

export async function load() {
	return loadPeers(await buildDatabase());
}
