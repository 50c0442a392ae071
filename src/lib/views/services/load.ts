/** The prerender rows of `/services`: the register list, as the view asks it again live. */
import { REGISTER_LIST_SQL, type RegisterRow } from '../../db/queries/register';
import type { QueryEngine } from '../../db/types';

export async function loadServices(db: Pick<QueryEngine, 'query'>): Promise<{ services: RegisterRow[] }> {
	return { services: await db.query<RegisterRow>(REGISTER_LIST_SQL) };
}
