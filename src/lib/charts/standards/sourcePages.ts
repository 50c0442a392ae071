/**
 * Whether the source viewer is part of this build: the prerender fails on
 * links to pages that do not exist. Only the keys of the globs are used:
 * nothing is loaded.
 */

/** `/sources/<report>#L<line>`: one page per report. */
export const HAS_SOURCE_PAGES = Object.keys(import.meta.glob('../../../routes/sources/*/+page.svelte')).length > 0;

/** `/sources`: the list of reports. */
export const HAS_SOURCE_INDEX = Object.keys(import.meta.glob('../../../routes/sources/+page.svelte')).length > 0;
