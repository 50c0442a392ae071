import { buildDatabase } from '$lib/server/database';
import {
	CARE_FACTS_SQL,
	DEMOGRAPHICS_SQL,
	SERVICE_LIST_SQL,
	type CareFactRow,
	type DemographicRow,
	type ServiceListRow
} from '$lib/db/queries/disproportionality';
import { DIMENSIONS } from '$lib/charts/disproportionality/shape';

/** Every service and every dimension, so any linked view can be drawn before the browser database starts. */
export async function load() {
	const db = await buildDatabase();
	const services = await db.query<ServiceListRow>(SERVICE_LIST_SQL);
	const all = services.map((s) => s.service_id).join(',');
	return {
		services,
		demographics: await db.query<DemographicRow>(DEMOGRAPHICS_SQL, [DIMENSIONS.join(','), all]),
		care: await db.query<CareFactRow>(CARE_FACTS_SQL, [all])
	};
}
