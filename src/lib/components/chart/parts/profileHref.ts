/**
 * The address of a service's profile, for a chart's row label, or null when
 * the row is not a published service (a local authority, a report added in
 * this browser). `base` is the site's base path: charts import nothing from
 * SvelteKit, so their card passes it in.
 */
export function profileHref(base: string, serviceId: string | null | undefined): string | null {
	return serviceId ? `${base}/services/${encodeURIComponent(serviceId)}` : null;
}
