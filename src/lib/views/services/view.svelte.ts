/**
 * `/services`: every register service with its latest inspection, searched,
 * filtered and sorted as the URL says. The search box redraws the list from
 * what is typed at once; the URL follows, replacing (not adding) history
 * entries.
 */
import { LiveQuery } from '../../db/liveQuery.svelte';
import { REGISTER_LIST_SQL, type RegisterRow } from '../../db/queries/register';
import { updateWarning } from '../../db/queryGroup';
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { SERVICES_LIST_DEFAULTS, servicesListSpec, type ServiceSort } from '../../state/views/services';
import { shapeRegisterList } from './model';
import { countWords, SORT_LABELS } from './wording';

export class ServicesView {
	readonly state: UrlState<typeof servicesListSpec>;
	readonly services: LiveQuery<RegisterRow>;
	/** What was typed in the search box, until the URL has it. */
	private typed = $state<string | null>(null);

	readonly query = $derived.by(() => this.typed ?? this.state.value.q);
	readonly rows = $derived.by(() => shapeRegisterList(this.services.rows, { ...this.state.value, q: this.query }));
	readonly total = $derived.by(() => this.services.rows.length);
	readonly noInspection = $derived.by(() => this.services.rows.filter((r) => r.inspections_count === 0).length);
	readonly count = $derived.by(() => countWords(this.rows.length, this.total, this.query));
	readonly sortLabel = $derived.by(() => SORT_LABELS[this.state.value.sort as ServiceSort]);
	readonly warning = $derived.by(() => {
		const warning = updateWarning([this.services], 'list');
		return warning && `${warning} It shows the published data.`;
	});

	constructor(data: () => { services: RegisterRow[] }, url: UrlAccess) {
		this.services = new LiveQuery<RegisterRow>(() => data().services, () => REGISTER_LIST_SQL);
		this.state = new UrlState({ url, spec: () => servicesListSpec, defaults: () => SERVICES_LIST_DEFAULTS });
	}

	search(value: string): void {
		this.typed = value;
		void this.state.set({ q: value.trim() }, { replace: true });
	}
}
