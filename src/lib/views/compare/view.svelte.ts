/**
 * The compare view (`/compare`): its URL state, its live queries, and the
 * model, tables and links the page draws. The catalogue (the URL's
 * allow-list) is fixed at build time, so a link means the same before and
 * after the database loads; reports added in this browser join it once the
 * browser's database has them.
 */
import { LiveQuery } from '../../db/liveQuery.svelte';
import { originOf, updateWarning } from '../../db/queryGroup';
import { ADDED_REPORT_ENTITIES_SQL, COMPARE_FACTS_SQL, COMPARE_KEY_QUESTIONS_SQL, COMPARE_LA_SQL, COMPARE_RATINGS_SQL, type CompareFactRow, type CompareKeyQuestionRow, type CompareLaRow, type CompareRatingRow, type ReportEntityRow } from '../../db/queries/compare';
import { mergeRows } from '../../charts/mergeRows';
import { downloadName } from '../../charts/export';
import { packLinks } from '../../boardPack/links';
import { isAddedId } from '../../add/dashboard';
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { COMPARE_DEFAULTS, compareSpec, type CompareSpec } from '../../state/views/compare';
import { buildCatalogue, entitiesFor } from './catalogue';
import { shapeCompare } from './model';
import { scoreTable, sideBySideCsv, standardsTable } from './table';
import { chartSources } from '../chartSources';
import { withoutAddedNotices } from '../addedNotices';
import type { ComparePageData } from './load';

export class CompareView {
	/** Reports added in this browser, from its database (none in the build). */
	readonly #added: LiveQuery<ReportEntityRow>;
	readonly #ratings: LiveQuery<CompareRatingRow>;
	readonly #keyQuestions: LiveQuery<CompareKeyQuestionRow>;
	readonly #facts: LiveQuery<CompareFactRow>;
	readonly #la: LiveQuery<CompareLaRow>;
	readonly state: UrlState<CompareSpec>;

	readonly catalogue = $derived.by(() => {
		const d = this.data();
		return buildCatalogue(d.register, [...d.reports, ...this.#added.rows], d.national, d.las);
	});
	readonly chosen = $derived.by(() => entitiesFor(this.catalogue, this.state.value.services));
	/** URL notices, less those about added ids: the added-report notice says what those need. */
	readonly notices = $derived.by(() => withoutAddedNotices(this.state.notices));

	readonly #reportIds = $derived.by(() => this.chosen.filter((e) => e.report).map((e) => e.report!.service_id).join(','));
	readonly #laNumbers = $derived.by(() => [...new Set(this.chosen.flatMap((e) => e.laNumbers))].join(','));

	readonly model = $derived.by(() => {
		const d = this.data();
		// Live rows, with the prerendered ones filling what a pending query has not answered yet (see mergeRows).
		return shapeCompare(this.chosen, {
			ratings: mergeRows(this.#ratings.rows, d.ratings, (r) => `${r.inspection_id}|${r.standard_code}`),
			keyQuestions: mergeRows(this.#keyQuestions.rows, d.keyQuestions, (r) => `${r.inspection_id}|${r.standard_code}|${r.aspect}|${r.question}`),
			facts: mergeRows(this.#facts.rows, d.facts, (r) => `${r.inspection_id}|${r.measure}`),
			la: mergeRows(this.#la.rows, d.la, (r) => `${r.dfe_la_number}|${r.measure}`),
			laLatest: d.laLatest,
			national: d.national
		});
	});
	readonly scoreTable = $derived.by(() => scoreTable(this.model));
	readonly standardsTable = $derived.by(() => standardsTable(this.model));
	readonly scoreSources = $derived.by(() => chartSources(this.model.scores.bars.map((b) => b.source), this.base));
	readonly standardSources = $derived.by(() => chartSources(this.model.standards.rows.flatMap((r) => r.cells.map((c) => c.source)), this.base));
	readonly origin = $derived.by(() => originOf(this.#figures()));
	readonly warning = $derived.by(() => updateWarning(this.#figures(), 'comparison'));

	/** Each chosen register service's board pack, with the other chosen authorities as its peers (an added report has none). */
	readonly packs = $derived.by(() =>
		packLinks(
			this.chosen.map((e) => ({
				serviceId: e.register?.service_id ?? (e.report && !isAddedId(e.report.service_id) ? e.report.service_id : null),
				name: e.shortName,
				laNumbers: e.laNumbers
			}))
		)
	);

	/** Ready-made comparisons, linked with their canonical query. */
	readonly suggestions = $derived.by(() => {
		const has = (id: string) => this.catalogue.some((e) => e.id === id);
		const reportsAll = this.data().reports.map((r) => r.entity_id);
		const list: { label: string; ids: string[] }[] = [
			{ label: 'Suffolk and Thurrock inspection reports', ids: ['suffolk', 'thurrock'] },
			{ label: 'Derby and Derbyshire', ids: ['derby', 'derbyshire'] },
			{ label: `All ${reportsAll.length} inspection reports`, ids: reportsAll },
			{ label: 'Thurrock: report, national table and local authority', ids: ['thurrock', 'hmip:thurrockyos', 'la:883'] }
		];
		return list.filter((s) => s.ids.every(has)).map((s) => ({ ...s, href: `?${this.state.queryFor({ services: s.ids })}` }));
	});

	constructor(
		private readonly data: () => ComparePageData,
		url: UrlAccess,
		/** SvelteKit's `base`, for links to cited report lines. */
		private readonly base = ''
	) {
		this.state = new UrlState({
			url,
			spec: () => compareSpec({ ids: this.catalogue.map((e) => e.id) }),
			defaults: () => COMPARE_DEFAULTS
		});
		this.#added = new LiveQuery<ReportEntityRow>(() => [], () => ADDED_REPORT_ENTITIES_SQL);
		const reportIds = () => [this.#reportIds];
		this.#ratings = new LiveQuery(() => data().ratings, () => COMPARE_RATINGS_SQL, reportIds);
		this.#keyQuestions = new LiveQuery(() => data().keyQuestions, () => COMPARE_KEY_QUESTIONS_SQL, reportIds);
		this.#facts = new LiveQuery(() => data().facts, () => COMPARE_FACTS_SQL, reportIds);
		this.#la = new LiveQuery(() => data().la, () => COMPARE_LA_SQL, () => [this.#laNumbers]);
	}

	#figures() {
		return [this.#ratings, this.#keyQuestions, this.#facts, this.#la];
	}

	/** e.g. compare-scores-suffolk-thurrock. */
	filename(chart: string): string {
		return downloadName(chart, ...this.state.value.services);
	}

	add(id: string): Promise<void> {
		return this.state.set({ services: [...this.state.value.services, id] });
	}

	remove(id: string): Promise<void> {
		return this.state.set({ services: this.state.value.services.filter((s) => s !== id) });
	}

	/** The side-by-side table and the figures only some columns print, as one CSV. */
	sideBySideCsv() {
		return sideBySideCsv(this.model, this.model.sections, this.model.partialFacts);
	}
}
