/**
 * The profile a disproportionality chart's service name links to, or null
 * for a report added in this browser: it has no published profile page
 * (its rows live in this browser's database only).
 */
import { profileHref } from '../../components/chart/parts';
import { isAddedId } from '../../add/dashboard';

export function serviceProfileHref(base: string, serviceId: string): string | null {
	return profileHref(base, isAddedId(serviceId) ? null : serviceId);
}
