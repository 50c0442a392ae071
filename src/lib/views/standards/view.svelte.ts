/**
 * The standards explorer's state: its URL state, the five live queries on the
 * URL's services and the selected domain (the prerendered rows until the
 * browser database answers), "learn from", and everything the page shows that
 * is worked out from them: the model, its wording, table, note, sources and
 * download name. Imports nothing from SvelteKit: the route hands in the router
 * (`UrlAccess`) and the base path.
 */
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { selectionOf, standardsDefaults, standardsSpec } from '../../state/views/standards';
import { LiveQuery } from '../../db/liveQuery.svelte';
import { originOf, updateWarning } from '../../db/queryGroup';
import { STANDARDS_SQL as SQL, standardsParams } from '../../db/queries/standards';
import { added } from '../../add/added.svelte';
import { ADDED_LABEL } from '../../add/dashboard';
import { learnFrom } from '../../charts/learnFrom';
import { LearnFromWithAdded } from '../../components/learnFromLive.svelte';
import { downloadName, servicesName } from '../../charts/export';
import { HAS_SOURCE_INDEX } from '../../charts/standards/sourcePages';
import { buildStandardsModel } from './model';
import { chartNote, standardsWording } from './wording';
import { domainTable, standardTable } from './table';
import type { StandardsData } from './load';

export class StandardsView {
	/** The published services, then any added in this browser (read after mount). */
	readonly serviceIds: string[] = $derived.by(() => {
		const published = this.#data().serviceIds;
		return [...published, ...added.serviceIds().filter((id) => !published.includes(id))];
	});
	readonly state: UrlState<ReturnType<typeof standardsSpec>>;
	readonly selection = $derived.by(() => selectionOf(this.state.value.standard));

	readonly #data: () => StandardsData;
	readonly #queries: { [K in keyof typeof SQL]: LiveQuery<StandardsData[K][number]> };
	readonly #learnFromAdded: LearnFromWithAdded;

	readonly model = $derived.by(() => {
		const { inspections, ratings, keyQuestions, findings, checks } = this.#queries;
		return buildStandardsModel(
			{ inspections: inspections.rows, ratings: ratings.rows, keyQuestions: keyQuestions.rows, findings: findings.rows, checks: checks.rows },
			this.state.value
		);
	});
	readonly wording = $derived.by(() => standardsWording(this.model, this.state.value));
	readonly table = $derived.by(() => (this.model.kind === 'standard' ? standardTable(this.model) : domainTable(this.model)));
	readonly note = $derived.by(() => chartNote(this.model, this.wording.notes, this.#inspectionYears()));
	readonly origin = $derived.by(() => originOf(Object.values(this.#queries)));
	readonly warning = $derived.by(() => updateWarning(Object.values(this.#queries)));

	/** "Learn from" for the shown standard: the build rows (every service), or the database's with reports added here. */
	readonly learnFrom = $derived.by(() => {
		if (this.model.kind !== 'standard') return [];
		const services = this.state.value.services;
		const codes = [this.model.standard.code];
		return this.#learnFromAdded.entries(learnFrom(this.#data(), services, codes), services, codes);
	});

	/** e.g. key-questions-2.2-planning-east-sussex-suffolk: the chart, its standard or domain, aspect and services. */
	readonly downloadFile = $derived.by(() => {
		const s = this.selection;
		return downloadName(
			...(s.kind === 'standard'
				? [s.standard.caseBased ? 'key-questions' : 'ratings', s.standard.code, s.standard.name]
				: ['ratings-domain', s.domain.code, s.domain.name]),
			this.state.value.aspect !== 'all' && this.state.value.aspect,
			...servicesName(this.state.value.services, this.serviceIds)
		);
	});

	/** Local authority names for the service checkboxes, from the build rows (every service). */
	readonly serviceNames = $derived.by(
		() =>
			new Map([
				...this.#data().inspections.map((i) => [i.service_id, i.local_authority || i.service_name] as const),
				...added.list.map((a) => [a.service_id, `${a.service_name} (${ADDED_LABEL})`] as const)
			])
	);

	readonly sources: { label: string; href?: string }[];

	/** `data`: the route's prerendered rows; `url`: the router; `base`: the site's base path, for links. */
	constructor(data: () => StandardsData, url: UrlAccess, base: string) {
		this.#data = data;
		const options = () => ({ serviceIds: this.serviceIds });
		this.state = new UrlState({ url, spec: () => standardsSpec(options()), defaults: () => standardsDefaults(options()) });

		// Live SQL gets the URL's services and the selected domain; the build rows hold everything.
		const params = () => standardsParams(this.state.value.services, [this.selection.domain.code]);
		this.#queries = {
			inspections: new LiveQuery(() => data().inspections, () => SQL.inspections, () => [this.state.value.services.join(',')]),
			ratings: new LiveQuery(() => data().ratings, () => SQL.ratings, params),
			keyQuestions: new LiveQuery(() => data().keyQuestions, () => SQL.keyQuestions, params),
			findings: new LiveQuery(() => data().findings, () => SQL.findings, params),
			checks: new LiveQuery(() => data().checks, () => SQL.checks, params)
		};
		// Learn from reads every service, not just the chosen ones: the build rows, or with reports added here, the database's.
		this.#learnFromAdded = new LearnFromWithAdded(() => data().serviceIds, () => [this.selection.domain.code]);
		this.sources = [
			{
				label: 'ratings pages, key-question tables and findings of the inspection reports (each figure cites its line in the table view and tooltips)',
				href: HAS_SOURCE_INDEX ? `${base}/sources` : undefined
			}
		];
	}

	/** "Suffolk 2022", … for the shown services, alphabetical. */
	#inspectionYears(): string[] {
		return [...this.#data().inspections]
			.sort((a, b) => (a.local_authority ?? '').localeCompare(b.local_authority ?? ''))
			.filter((i) => this.state.value.services.includes(i.service_id))
			.map((i) => `${i.local_authority} ${(i.fieldwork ?? '').slice(0, 4) || 'date not stated'}`);
	}

	/** Tick or untick a service; the last one stays shown. */
	setServices(id: string, checked: boolean): void {
		const current = this.state.value.services;
		const next = checked ? [...current, id] : current.filter((s) => s !== id);
		if (next.length === 0) return;
		void this.state.set({ services: next });
	}
}
