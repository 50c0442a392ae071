/** A page for every service of the register, prerendered (`views/profile/load.ts`). */
import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { loadServicePage, serviceIds } from '$lib/views/profile/load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => serviceIds(await buildDatabase());

export const load: PageServerLoad = async ({ params }) => {
	const page = await loadServicePage(await buildDatabase(), params.service_id);
	if (!page) error(404, 'There is no youth justice service with that name here.');
	return page;
};
