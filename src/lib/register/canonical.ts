/**
 * Where a mistyped service address should go: `/services/Suffolk`,
 * `/services/West%20Sussex` or `/services/WEST-SUSSEX` → `/services/west-sussex`.
 * The site is static, so this runs in the browser on the 404 page (a static
 * host serves build/404.html for an address with no page). Pure.
 */
import { slugFor } from './names';

/** The name asked for in a `…/services/<name>` path (decoded), or null. Any path prefix (a deployment base) is kept. */
export function requestedService(pathname: string): { prefix: string; raw: string; name: string } | null {
	const m = /^(.*)\/services\/([^/]{1,120})\/?$/.exec(pathname);
	if (!m) return null;
	try {
		return { prefix: m[1], raw: m[2], name: decodeURIComponent(m[2]) };
	} catch {
		return null;
	}
}

/** The canonical path for a `…/services/<name>` path, or null when it is already canonical or not a service path. */
export function canonicalServicePath(pathname: string): string | null {
	const asked = requestedService(pathname);
	if (!asked) return null;
	const slug = slugFor(asked.name);
	return slug && slug !== asked.raw ? `${asked.prefix}/services/${slug}` : null;
}
