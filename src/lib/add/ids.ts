/**
 * How a page tells an added inspection from a published one, in its own small module: a chart's profile
 * links import this, not the rest of `dashboard.ts`, on every page's first view.
 */

/** Every added service and inspection id starts with this; no published id does (they are register slugs). */
export const ADDED_PREFIX = 'added-';

/** How every page names an added inspection, in words. */
export const ADDED_LABEL = 'added in this browser, not published';
/** What a chart's row label adds to the place's name (the page's notice says the rest). */
export const ADDED_SHORT_LABEL = 'added in this browser';

export function isAddedId(id: string | null | undefined): boolean {
	return typeof id === 'string' && id.startsWith(ADDED_PREFIX);
}

/** The service an added id names, for a notice: `added-testshire` or `added-testshire-2023` → `testshire`. */
export function nameInAddedId(id: string): string {
	return id.slice(ADDED_PREFIX.length).replace(/-\d{4}$/, '').replace(/-/g, ' ');
}
