/** A service's board pack, prerendered for every register service (rows: `$lib/server/boardPack`; view: `$lib/views/boardPack`). */
import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { boardPackRows } from '$lib/server/boardPack';
import { serviceIds } from '$lib/views/profile/load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => serviceIds(await buildDatabase());

export const load: PageServerLoad = async ({ params }) => {
	const rows = await boardPackRows(params.service_id);
	if (!rows) error(404, 'There is no service with that id.');
	return rows;
};
