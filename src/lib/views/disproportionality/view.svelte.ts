/**
 * The disproportionality view (`/disproportionality`): its URL state, its
 * live queries, and the models, tables, notes and sources of its three
 * charts. The services are the published ones, then any report added in
 * this browser once the browser's database has it.
 */
import { LiveQuery } from '../../db/liveQuery.svelte';
import { originOf, updateWarning } from '../../db/queryGroup';
import { ADDED_SERVICE_LIST_SQL, CARE_FACTS_SQL, DEMOGRAPHICS_SQL, type CareFactRow, type DemographicRow, type ServiceListRow } from '../../db/queries/disproportionality';
import { mergeRows } from '../../charts/mergeRows';
import { downloadName, servicesName } from '../../charts/export';
import { ADDED_LABEL, isAddedId } from '../../add/dashboard';
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { disproportionalityDefaults, disproportionalitySpec, type Dimension, type DisproportionalitySpec } from '../../state/views/disproportionality';
import { chartSources } from '../chartSources';
import { withoutAddedNotices } from '../addedNotices';
import { shapeCare, shapeDemographics } from './model';
import { careTable, demographicTable, rateTable } from './table';
import { demographicNote, rateNote } from './wording';
import type { DisproportionalityPageData } from './load';

export class DisproportionalityView {
	/** Services of reports added in this browser, from its database (none in the build). */
	readonly #added: LiveQuery<ServiceListRow>;
	readonly #demographics: LiveQuery<DemographicRow>;
	readonly #care: LiveQuery<CareFactRow>;
	readonly state: UrlState<DisproportionalitySpec>;

	/** The published services, then those added here: the URL's allow-list, in its canonical order. */
	readonly services = $derived.by(() => [...this.data().services, ...this.#added.rows]);
	readonly serviceIds = $derived.by(() => this.services.map((s) => s.service_id));
	readonly notices = $derived.by(() => withoutAddedNotices(this.state.notices));

	// Live rows, with the prerendered ones filling what a pending query has not answered yet (see mergeRows).
	readonly #demographicRows = $derived.by(() =>
		mergeRows(this.#demographics.rows, this.data().demographics, (r) => [r.inspection_id, r.dimension, r.category, r.population].join('|'))
	);
	readonly #careRows = $derived.by(() => mergeRows(this.#care.rows, this.data().care, (r) => [r.inspection_id, r.measure].join('|')));

	readonly model = $derived.by(() =>
		shapeDemographics(this.#demographicRows, this.#careRows, { dimension: this.state.value.dimension as Dimension, services: this.state.value.services })
	);
	readonly careModel = $derived.by(() => shapeCare(this.#careRows, { services: this.state.value.services }));
	readonly demographicTable = $derived.by(() => demographicTable(this.model));
	readonly rateTable = $derived.by(() => rateTable(this.model));
	readonly careTable = $derived.by(() => careTable(this.careModel));
	readonly demographicNote = $derived.by(() => demographicNote(this.model));
	readonly rateNote = $derived.by(() => rateNote(this.model));

	readonly demographicSources = $derived.by(() =>
		chartSources(
			[
				...this.model.services.flatMap((s) => [s.table.heading?.source, ...s.categories.flatMap((c) => [c.caseload?.source, c.comparator?.source])]),
				...this.model.services.flatMap((s) => s.prose.map((p) => p.source))
			],
			this.base
		)
	);
	readonly rateSources = $derived.by(() => chartSources(this.model.rate.rows.flatMap((r) => [r.caseloadSource, r.populationSource]), this.base));
	readonly careSources = $derived.by(() => chartSources(this.careModel.measures.flatMap((m) => m.cells.map((c) => c.source)), this.base));

	/** Both demographic charts read one query; the care chart its own. */
	readonly demographicOrigin = $derived.by(() => originOf([this.#demographics]));
	readonly demographicWarning = $derived.by(() => updateWarning([this.#demographics]));
	readonly careOrigin = $derived.by(() => originOf([this.#care]));
	readonly careWarning = $derived.by(() => updateWarning([this.#care]));

	constructor(
		private readonly data: () => DisproportionalityPageData,
		url: UrlAccess,
		/** SvelteKit's `base`, for links to cited report lines. */
		private readonly base = ''
	) {
		const options = () => ({ serviceIds: this.serviceIds });
		this.state = new UrlState({ url, spec: () => disproportionalitySpec(options()), defaults: () => disproportionalityDefaults(options()) });
		this.#added = new LiveQuery<ServiceListRow>(() => [], () => ADDED_SERVICE_LIST_SQL);
		const services = () => this.state.value.services.join(',');
		this.#demographics = new LiveQuery(() => data().demographics, () => DEMOGRAPHICS_SQL, () => [this.state.value.dimension, services()]);
		this.#care = new LiveQuery(() => data().care, () => CARE_FACTS_SQL, () => [services()]);
	}

	/** A service's checkbox label: its local authority, or for one added here, its name and that it is not published. */
	label(s: ServiceListRow): string {
		return isAddedId(s.service_id) ? `${s.service_name} (${ADDED_LABEL})` : s.local_authority;
	}

	/** e.g. demographics-ethnicity-suffolk-thurrock (the dimension only for the charts that have one). */
	filename(chart: string, withDimension = true): string {
		return downloadName(chart, withDimension && this.state.value.dimension, ...servicesName(this.state.value.services, this.serviceIds));
	}

	/** At least one service stays chosen. */
	toggleService(id: string, on: boolean): void {
		const current = this.state.value.services;
		const next = on ? [...current, id] : current.filter((s) => s !== id);
		if (next.length) void this.state.set({ services: next });
	}
}
