/** Wording every chart's titles and summaries share. */

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** `['A']` -> `A`; `['A', 'B', 'C']` -> `A, B and C` (no serial comma, as the reports write). */
export function listWords(items: readonly string[]): string {
	return LIST.format(items);
}
