import { buildDatabase } from '$lib/server/database';
import { REGISTER_LIST_SQL, type RegisterRow } from '$lib/db/queries/register';

export async function load() {
	const db = await buildDatabase();
	return { services: await db.query<RegisterRow>(REGISTER_LIST_SQL) };
}
