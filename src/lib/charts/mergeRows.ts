/**
 * Live rows first, then any prerendered row the live answer does not cover.
 *
 * Why: a LiveQuery keeps its previous rows until the browser database answers
 * the new parameters, so right after a filter change the live rows belong to
 * the old choice. Shaping those alone would briefly show a newly chosen
 * service (or dimension) as "Not reported". The prerendered rows hold every
 * filter value, from the same tables, so filling the gaps from them keeps
 * every figure correct at every moment; once the live answer arrives it
 * covers the choice and the build rows add nothing.
 */
export function mergeRows<T>(live: readonly T[], build: readonly T[], key: (row: T) => string): T[] {
	if (live === build) return [...live];
	const seen = new Set(live.map(key));
	return [...live, ...build.filter((r) => !seen.has(key(r)))];
}
