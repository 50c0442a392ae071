/**
 * "Learn from" with the reports added in this browser: the entries worked out
 * from the prerendered rows stand until a report is added here; then the same
 * `learnFrom()` runs on the browser database's rows for every published and
 * added service, so an added service rated Good can be an example and an
 * added service rated below Good gets its list. With nothing added, no query
 * is asked.
 */
import { LiveQuery } from '../db/liveQuery.svelte';
import { STANDARDS_SQL as SQL, standardsParams, type StandardsFindingRow, type StandardsInspectionRow, type StandardsRatingRow } from '../db/queries/standards';
import { learnFrom, type LearnFromEntry } from '../charts/learnFrom';
import { added } from '../add/added.svelte';

export class LearnFromWithAdded {
	readonly #inspections: LiveQuery<StandardsInspectionRow>;
	readonly #ratings: LiveQuery<StandardsRatingRow>;
	readonly #findings: LiveQuery<StandardsFindingRow>;

	/** `publishedIds`: the services with a published report; `domains`: the domains whose standards are asked about. */
	constructor(publishedIds: () => readonly string[], domains: () => readonly string[]) {
		// A page without the added-reports notice has not read the list yet (effects run in the browser only).
		$effect(() => {
			if (!added.loaded) void added.load();
		});
		const ids = () => (added.list.length ? [...new Set([...publishedIds(), ...added.serviceIds()])] : null);
		this.#inspections = new LiveQuery<StandardsInspectionRow>(() => [], () => SQL.inspections, () => {
			const all = ids();
			return all && [all.join(',')];
		});
		const params = () => {
			const all = ids();
			return all && standardsParams(all, domains());
		};
		this.#ratings = new LiveQuery<StandardsRatingRow>(() => [], () => SQL.ratings, params);
		this.#findings = new LiveQuery<StandardsFindingRow>(() => [], () => SQL.findings, params);
	}

	/** The entries for `serviceIds` (limited to `codes`): `built` until the added reports' rows are in hand. */
	entries(built: LearnFromEntry[], serviceIds: readonly string[], codes?: readonly string[]): LearnFromEntry[] {
		const queries = [this.#inspections, this.#ratings, this.#findings];
		if (!added.list.length || !queries.every((q) => q.origin === 'live')) return built;
		return learnFrom({ inspections: this.#inspections.rows, ratings: this.#ratings.rows, findings: this.#findings.rows }, serviceIds, codes);
	}
}
