import { isAddedId } from '../../../add/ids';

/**
 * The address of a service's profile, for a chart's row label, or null when
 * the row is not a published service (a local authority, a report added in
 * this browser: its id has the added prefix and no profile page). `base` is
 * the site's base path: charts import nothing from SvelteKit, so their card
 * passes it in; a chart given none (undefined) draws no profile links, as on
 * the service's own profile.
 */
export function profileHref(base: string | undefined, serviceId: string | null | undefined): string | null {
	return base !== undefined && serviceId && !isAddedId(serviceId) ? `${base}/services/${encodeURIComponent(serviceId)}` : null;
}
