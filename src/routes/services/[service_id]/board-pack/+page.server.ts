/**
 * A service's board pack, prerendered for every service; its rows are read
 * in `$lib/server/boardPack`, shaped in `$lib/boardPack/`.
 */
import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { boardPackRows } from '$lib/server/boardPack';
import { REGISTER_LIST_SQL, type RegisterRow } from '$lib/db/queries/register';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const db = await buildDatabase();
	return (await db.query<RegisterRow>(REGISTER_LIST_SQL)).map(({ service_id }) => ({ service_id }));
};

export const load: PageServerLoad = async ({ params }) => {
	const rows = await boardPackRows(params.service_id);
	if (!rows) error(404, 'There is no service with that id.');
	return rows;
};
