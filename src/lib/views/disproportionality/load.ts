/**
 * The disproportionality view's prerendered rows: every service and every
 * dimension, so any linked view is drawn before the browser database starts.
 * The same SQL the view runs live.
 */
import { buildDatabase } from '../../server/database';
import {
	CARE_FACTS_SQL,
	DEMOGRAPHICS_SQL,
	SERVICE_LIST_SQL,
	type CareFactRow,
	type DemographicRow,
	type ServiceListRow
} from '../../db/queries/disproportionality';
import { DIMENSIONS } from '../../state/views/disproportionality';

export async function loadDisproportionality() {
	const db = await buildDatabase();
	const services = await db.query<ServiceListRow>(SERVICE_LIST_SQL);
	const all = services.map((s) => s.service_id).join(',');
	return {
		services,
		demographics: await db.query<DemographicRow>(DEMOGRAPHICS_SQL, [DIMENSIONS.join(','), all]),
		care: await db.query<CareFactRow>(CARE_FACTS_SQL, [all])
	};
}

export type DisproportionalityPageData = Awaited<ReturnType<typeof loadDisproportionality>>;
