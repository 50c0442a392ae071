/**
 * The profile of an inspection added in this browser (`/add/view?id=…`): the
 * id from the URL (read once the page has mounted: the prerendered shell has
 * no query), the same queries as a published profile for a 2018-2024 report,
 * the register's inspection history and area ratings for a 2025-framework
 * one (no score), and what the page says when the id is published, missing
 * or the database failed. Nothing is prerendered: no build knows the report.
 */
import { LiveQuery } from '../../db/liveQuery.svelte';
import {
	INSPECTION_SQL,
	PROFILE_FACTS_SQL,
	PROFILE_KEY_QUESTIONS_SQL,
	PROFILE_RATINGS_SQL,
	type ProfileFactRow,
	type ProfileKeyQuestionRow,
	type ProfileRatingRow,
	type ReportInspectionRow
} from '../../db/queries/services';
import { shapeRatings } from '../../charts/serviceProfile/sections';
import { groupFacts } from '../../charts/serviceProfile/facts';
import { added } from '../../add/added.svelte';
import { isAddedId } from '../../add/dashboard';
import { AREAS_2025 } from '../../framework/framework2025';
import type { UrlAccess } from '../../state/urlAccess';
import { ADDED_2025_AREAS_SQL, ADDED_2025_INSPECTION_SQL, type Added2025AreaRow, type Added2025InspectionRow } from './queries';

/** An area's name as the profile lists it: `Work with children: assessing`, `Work with victims`. */
function areaName(code: string): string {
	const area = AREAS_2025.find((a) => a.code === code);
	if (!area) return code;
	return area.code.startsWith('children:') ? `${area.broadArea}: ${area.name.toLowerCase()}` : area.name;
}

export class AddedProfileView {
	mounted = $state(false);
	/** Set by the constructor (a field, so the queries below can be field initialisers). */
	readonly #url: { access: UrlAccess | null } = { access: null };
	readonly id = $derived(this.mounted && this.#url.access ? (this.#url.access.url.searchParams.get('id') ?? '') : '');

	readonly #params = () => [this.id];
	readonly inspectionRows = new LiveQuery<ReportInspectionRow>(() => [], () => INSPECTION_SQL, this.#params);
	readonly ratingRows = new LiveQuery<ProfileRatingRow>(() => [], () => PROFILE_RATINGS_SQL, this.#params);
	readonly keyQuestionRows = new LiveQuery<ProfileKeyQuestionRow>(() => [], () => PROFILE_KEY_QUESTIONS_SQL, this.#params);
	readonly factRows = new LiveQuery<ProfileFactRow>(() => [], () => PROFILE_FACTS_SQL, this.#params);
	readonly rows2025 = new LiveQuery<Added2025InspectionRow>(() => [], () => ADDED_2025_INSPECTION_SQL, this.#params);
	readonly areaRows = new LiveQuery<Added2025AreaRow>(() => [], () => ADDED_2025_AREAS_SQL, this.#params);

	constructor(url: UrlAccess) {
		this.#url.access = url;
	}

	/** A 2018-2024 report: its row of the report tables. */
	readonly inspection = $derived(isAddedId(this.id) && this.inspectionRows.origin === 'live' ? this.inspectionRows.rows[0] : undefined);
	/** A 2025-framework report: its history row (never in the 12-standard tables). */
	readonly inspection2025 = $derived(isAddedId(this.id) && this.rows2025.origin === 'live' ? this.rows2025.rows[0] : undefined);
	/** The name the report gives its service. */
	readonly serviceName = $derived(
		this.inspection?.service_name ?? added.list.find((a) => a.inspection_id === this.id)?.service_name ?? 'The added service'
	);
	/** The areas read, in the framework's order. */
	readonly areas = $derived(
		AREAS_2025.flatMap((a) => this.areaRows.rows.filter((r) => r.code === a.code).map((r) => ({ ...r, name: areaName(r.code) })))
	);
	readonly ratings = $derived(shapeRatings(this.ratingRows.rows));
	readonly facts = $derived(this.inspection ? groupFacts(this.factRows.rows, this.inspection.local_authority) : []);
	/** A published inspection's id names its service's own profile. */
	readonly publishedService = $derived(this.id && !isAddedId(this.id) ? this.id.replace(/-\d{4}$/, '') : null);
	/** Every query has answered from the live database, and the added list is read: an id not found is missing. */
	readonly settled = $derived(this.inspectionRows.origin === 'live' && this.rows2025.origin === 'live' && added.loaded);
	readonly title = $derived(this.inspection || this.inspection2025 ? `${this.serviceName}: inspection added in this browser` : 'Inspection added in this browser');
}
