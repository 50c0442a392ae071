/**
 * A link may name a report added in this browser (`added-…`), which the
 * view's allow-list knows only once the browser's database holds it, and
 * never when this browser does not hold it. The URL notice "Unknown service
 * 'added-…' ignored" would then be wrong or say too little: the added-report
 * notice (`components/add/AddedNotice.svelte`) names the report it needs.
 */
import { ADDED_PREFIX } from '../add/dashboard';

export function withoutAddedNotices(notices: readonly string[]): string[] {
	return notices.filter((n) => !n.includes(`'${ADDED_PREFIX}`));
}
