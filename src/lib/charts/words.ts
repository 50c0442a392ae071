/** Wording every chart's titles and summaries share. */

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** `['A']` -> `A`; `['A', 'B', 'C']` -> `A, B and C` (no serial comma, as the reports write). */
export function listWords(items: readonly string[]): string {
	return LIST.format(items);
}

/** Capitalise the first letter (for sentences that start with a name or a label). */
export function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
