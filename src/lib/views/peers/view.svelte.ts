/**
 * The peers view (`/peers`): a register service's local authority among its
 * ten DfE statistical neighbours, on first-time entrants, 15–17 reoffending,
 * spend and the inspection score. Any English service of the register (a
 * joint one through its first member authority, said on the page); a Welsh
 * one gets a sentence instead. A report added in this browser is a choice
 * too: it is shown through its service in the register, labelled, where the
 * register has it. State in the URL (`state/views/peers.ts`).
 */
import { added } from '../../add/added.svelte';
import { ADDED_LABEL } from '../../add/dashboard';
import { LiveQuery } from '../../db/liveQuery.svelte';
import { originOf, updateWarning } from '../../db/queryGroup';
import { PEER_INDICATORS_SQL, PEER_SCORES_SQL, type PeerIndicatorRow, type PeerScoreRow } from '../../db/queries/peers';
import { laitYears, yearRange } from '../../measures/laMeasures';
import type { UrlAccess } from '../../state/urlAccess';
import { UrlState } from '../../state/urlState.svelte';
import { peersDefaults, peersSpec, type PeersOptions } from '../../state/views/peers';
import type { ViewMode } from '../../state/views/common';
import { downloadName } from '../../charts/export';
import type { PeersData } from './load';
import { PEER_MEASURES, peerMeasure, shapePeers } from './model';
import { addedPeersScope, peersScope, registerServiceOf } from './scope';
import { peersTable } from './table';
import { peersNote, peersSources } from './wording';

export class PeersView {
	/** The register's services, then any added in this browser (known once the page has read them). */
	readonly options: PeersOptions = $derived.by(() => {
		const { bounds, prerendered } = this.data();
		const ids = bounds.map((b) => b.service_id);
		const extra = added.serviceIds().filter((id) => !ids.includes(id));
		return { serviceIds: [...ids, ...extra], defaultService: prerendered[0], ...laitYears(bounds) };
	});
	readonly state: UrlState<ReturnType<typeof peersSpec>>;
	readonly years = $derived.by(() => yearRange(this.options, true));

	/** The added report chosen, if the service is one. */
	readonly added = $derived.by(() => added.list.find((a) => a.service_id === this.state.value.service) ?? null);
	/** The register service whose peer group is drawn: the chosen one, or an added report's (null if unknown). */
	private readonly registerId = $derived.by(() => this.added ? registerServiceOf(this.added.service_name, this.data().bounds) : this.state.value.service);
	private readonly bound = $derived.by(() => this.data().bounds.find((b) => b.service_id === this.registerId) ?? null);
	readonly scope = $derived.by(() => this.added ? addedPeersScope(this.added, this.bound) : this.bound ? peersScope(this.bound) : null);
	readonly drawn = $derived.by(() => this.scope?.drawn ?? false);
	/** The service the queries ask for. */
	private readonly service = $derived.by(() => this.registerId ?? this.state.value.service);
	readonly serviceName = $derived.by(() => 
		this.added
			? `${this.added.service_name} (${ADDED_LABEL})`
			: (this.data().bounds.find((b) => b.service_id === this.state.value.service)?.service_name ?? this.state.value.service)
	);

	/** England and Wales for the service select, each by name; then the reports added here. */
	readonly groups = $derived.by(() => {
		const bounds = this.data().bounds;
		const nation = (n: string) => bounds.filter((b) => b.nation === n).sort((a, b) => a.service_name.localeCompare(b.service_name));
		const byId = (list: { service_id: string; service_name: string }[]) => list.map((b) => ({ id: b.service_id, name: b.service_name }));
		return [
			{ label: 'England', services: byId(nation('England')) },
			{ label: 'Wales (no LAIT or DfE neighbours)', services: byId(nation('Wales')) },
			{ label: `Added in this browser, not published`, services: byId(added.list.filter((a) => !bounds.some((b) => b.service_id === a.service_id))) }
		].filter((g) => g.services.length);
	});

	readonly indicators: LiveQuery<PeerIndicatorRow>;
	readonly scores: LiveQuery<PeerScoreRow>;

	private readonly shapeState = $derived.by(() => ({ ...this.state.value, service: this.service }));
	readonly model = $derived.by(() => shapePeers(this.indicators.rows, this.scores.rows, this.shapeState));
	/** Every measure for the same service and year, for the at-a-glance list. */
	readonly glance = $derived.by(() => PEER_MEASURES.map((m) => shapePeers(this.indicators.rows, this.scores.rows, { ...this.shapeState, measure: m.param })));
	private readonly isScore = $derived.by(() => this.model.measure.param === 'inspection-score');
	private readonly query = $derived.by(() => this.isScore ? this.scores : this.indicators);
	/** A service outside the prerendered rows waits for the browser database: say so rather than "no neighbours". */
	readonly pending = $derived.by(() => this.drawn && !this.data().prerendered.includes(this.service) && this.query.origin !== 'live');
	readonly heading = $derived.by(() => this.drawn ? (this.scope?.authority ?? this.model.localAuthority) : this.serviceName);
	readonly yearly = $derived.by(() => peerMeasure(this.state.value.measure).yearly);

	/** The chart card's props but its chart (and the view toggle). */
	readonly card = $derived.by(() => {
		const { model, heading, pending } = this;
		const table = peersTable(model);
		return {
			id: `peers-${model.measure.param}`,
			filename: downloadName('peers', model.measure.param, this.state.value.service, !this.isScore && model.year),
			title: pending ? `${heading} among its statistical neighbours: loading` : model.title,
			summary: pending ? `${heading}'s figures are read from the browser database, which is still loading.` : model.summary,
			note: peersNote(model, heading),
			methods: '#comparing',
			sources: peersSources(this.isScore),
			...table,
			warning: updateWarning([this.query]),
			empty: pending ? `Loading ${heading}'s neighbours from the browser database…` : model.points.length ? null : `No statistical neighbours for ${heading}.`,
			'data-origin': originOf([this.query]),
			'data-testid': 'peers-card'
		};
	});

	/** The chosen service's profile and board pack; an added report's own profile, and no board pack. */
	readonly links = $derived.by(() => 
		this.added
			? { profile: `${this.base}/add/view?id=${encodeURIComponent(this.added.inspection_id)}`, boardPack: null }
			: { profile: `${this.base}/services/${this.state.value.service}`, boardPack: `${this.base}/services/${this.state.value.service}/board-pack` }
	);

	constructor(
		private readonly data: () => PeersData,
		url: UrlAccess,
		/** The site's base path, for links. */
		private readonly base = ''
	) {
		this.state = new UrlState({ url, spec: () => peersSpec(this.options), defaults: () => peersDefaults(this.options) });
		this.indicators = new LiveQuery(() => this.data().indicators, () => PEER_INDICATORS_SQL, () => [this.service, this.state.value.year, this.state.value.year]);
		this.scores = new LiveQuery(() => this.data().scores, () => PEER_SCORES_SQL, () => [this.service]);
	}

	get view(): ViewMode {
		return this.state.value.view as ViewMode;
	}

	setView = (view: ViewMode): void => {
		void this.state.set({ view });
	};
}
