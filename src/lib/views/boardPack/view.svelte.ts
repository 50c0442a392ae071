/**
 * A service's board pack (`/services/<id>/board-pack`): the peers the URL
 * chooses (`?peers=la:881,…`, else the DfE statistical neighbours), the
 * pack's own link, and the view model the layout draws
 * (`boardPack/model.ts`). Its rows are all prerendered; nothing is asked live.
 */
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { authorityId, authorityNumber, BOARD_PACK_DEFAULTS, boardPackSpec } from '../../state/views/boardPack';
import { buildBoardPack } from '../../boardPack/model';
import type { BoardPackRows } from '../../boardPack/inputs';
import { formatIsoDate } from '../../charts/scoreDistribution/dates';
import { DOMAINS } from '../../framework';

export class BoardPackView {
	readonly state: UrlState<ReturnType<typeof boardPackSpec>>;
	/** The site's origin, set once the page is in a browser (the prerendered link is a path). */
	origin = $state('');

	readonly chosenPeers = $derived.by(() =>
		this.state.value.peers.flatMap((id) => {
			const n = authorityNumber(id);
			const a = this.data().authorities.find((x) => x.dfe_la_number === n);
			return a ? [{ la_number: a.dfe_la_number, la_name: a.la_name }] : [];
		})
	);
	/**
	 * The printed link to this pack. The page's own path, not the base path: before hydration that is
	 * relative ("../..") and a printed "../../services/…" leads nowhere.
	 */
	readonly pageUrl = $derived.by(() => {
		const peers = this.state.value.peers;
		return `${this.origin}${this.url.url.pathname}${peers.length ? `?peers=${peers.join(',')}` : ''}`;
	});
	readonly pack = $derived.by(() => buildBoardPack({ ...this.data(), chosenPeers: this.chosenPeers, pageUrl: this.pageUrl }));
	readonly built = $derived.by(() => (this.pack.dataBuilt ? formatIsoDate(this.pack.dataBuilt) : 'date not recorded'));
	/** The running footer of every printed page. */
	readonly footer = $derived.by(() => `${this.pack.serviceName} · board pack · data built ${this.built}`);
	/** Two columns of domains (1–2, 3–4), side by side on paper. */
	readonly ratingColumns = $derived.by(() =>
		[DOMAINS.slice(0, 2), DOMAINS.slice(2)].map((ds) =>
			ds.map((d) => ({ ...d, lines: this.pack.ratings.lines.filter((l) => l.domain === d.code) })).filter((d) => d.lines.length)
		)
	);

	constructor(
		private readonly data: () => BoardPackRows,
		private readonly url: UrlAccess
	) {
		const authorityIds = () => data().authorities.map((a) => authorityId(a.dfe_la_number));
		this.state = new UrlState({ url, spec: () => boardPackSpec({ authorityIds: authorityIds() }), defaults: () => BOARD_PACK_DEFAULTS });
	}
}
