/**
 * The findings search's state: its URL state (the search and the filters),
 * the text typed (used at once, the URL following), and the results found in
 * the build-time index held in memory. Imports nothing from SvelteKit: the
 * route hands in the router (`UrlAccess`).
 */
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { TypedText } from '../../state/typedText.svelte';
import { selectionOf } from '../../state/views/standards';
import { QUERY_MAX, findingsDefaults, findingsSpec, type FindingKind } from '../../state/views/findings';
import { STANDARDS } from '../../framework';
import { buildIndex, resultSummary, searchFindings, visibleResults } from '../../search/findings';
import type { FindingsData } from './load';

/** Results shown at first, and added by each "Show more". */
const PAGE = 50;

export class FindingsView {
	readonly state: UrlState<ReturnType<typeof findingsSpec>>;
	readonly query: TypedText;
	#limit = $state(PAGE);
	readonly #data: () => FindingsData;

	readonly #index = $derived.by(() => buildIndex(this.#data().rows));
	// The filters as one string: the URL catching up with a keystroke changes no filter, so it reruns nothing.
	readonly #filterKey = $derived.by(() => JSON.stringify([this.state.value.in, this.state.value.kind, this.state.value.services]));
	readonly result = $derived.by(() => {
		const [selection, kind, services] = JSON.parse(this.#filterKey) as [string, string[], string[]];
		return searchFindings(this.#index, { q: this.query.value, in: selection, kind, services });
	});
	readonly visible = $derived.by(() => visibleResults(this.result, this.#limit));
	/** How many more results "Show more" adds, and how many are not shown. */
	readonly more = $derived.by(() => {
		const hidden = this.result.matches.length - this.visible.length;
		return { next: Math.min(PAGE, hidden), hidden };
	});
	readonly summary = $derived.by(() => resultSummary(this.result, this.query.value));
	/** Each service's name and report link, by id. */
	readonly services = $derived.by(() => new Map(this.#data().services.map((s) => [s.id, s])));

	/** The domain of `in=` (`all` for none), and its standards for the second select. */
	readonly domainCode = $derived.by(() => (this.state.value.in === 'all' ? 'all' : selectionOf(this.state.value.in).domain.code));
	readonly standardsOfDomain = $derived.by(() => STANDARDS.filter((s) => s.domain === this.domainCode));

	/** `data`: the route's prerendered index; `url`: the router. */
	constructor(data: () => FindingsData, url: UrlAccess) {
		this.#data = data;
		const options = () => ({ serviceIds: data().services.map((s) => s.id) });
		this.state = new UrlState({ url, spec: () => findingsSpec(options()), defaults: () => findingsDefaults(options()) });
		this.query = new TypedText(
			() => this.state.value.q,
			(q) => this.state.set({ q: q.replace(/\s+/g, ' ').trim().slice(0, QUERY_MAX) }, { replace: true })
		);
		// A new search or filter starts again at the first results.
		$effect(() => {
			void this.result;
			this.#limit = PAGE;
		});
	}

	showMore(): void {
		this.#limit += PAGE;
	}

	setKinds(kind: FindingKind, on: boolean): void {
		const next = toggle(this.state.value.kind as FindingKind[], kind, on);
		if (next.length) void this.state.set({ kind: next });
	}

	setServices(id: string, on: boolean): void {
		const next = toggle(this.state.value.services, id, on);
		if (next.length) void this.state.set({ services: next });
	}
}

function toggle<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
	return on ? [...list, value] : list.filter((v) => v !== value);
}
