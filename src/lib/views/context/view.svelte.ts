/**
 * The context view (`/context`): the rates each report prints against England
 * and Wales, the LAIT trends of the services' local authorities against their
 * region (or England), and spend per child where a report's youth population
 * pairs with LAIT spend. State in the URL (`state/views/context.ts`); reports
 * added in this browser join the services once the page has read them.
 */
import { added } from '../../add/added.svelte';
import { LiveQuery } from '../../db/liveQuery.svelte';
import { originOf, updateWarning } from '../../db/queryGroup';
import { REPORT_FIGURES_SQL, SPEND_PAIRS_SQL, TRENDS_SQL, type ReportFigureRow, type SpendPairRow, type TrendRow } from '../../db/queries/context';
import { LA_MEASURES, measureByParam, yearRange } from '../../measures/laMeasures';
import type { UrlAccess } from '../../state/urlAccess';
import { UrlState } from '../../state/urlState.svelte';
import { contextDefaults, contextSpec, type Comparator } from '../../state/views/context';
import type { ViewMode } from '../../state/views/common';
import { downloadName, servicesName } from '../../charts/export';
import type { ContextData } from './load';
import { ALL_LA_MEASURES, contextOptions, reportSources, serviceNames, type Citation } from './model';
import { reportFiguresNote, shapeReportFigures } from './reportFigures';
import { shapeSpendPerChild } from './spendPerChild';
import { reportFiguresTable, spendPerChildTable, trendsTable } from './table';
import { shapeTrends } from './trends';
import { LAIT_SOURCE, NO_RATES_SOURCE, NO_SERVICE, NO_TRENDS, SPEND_NOTE, trendNote } from './wording';

/** A card's title and summary, as its model words them. */
const headline = ({ title, summary }: { title: string; summary: string }) => ({ title, summary });
/** What a card shows of its query: a warning if the live answer failed, and where its rows come from. */
const status = (query: LiveQuery<unknown>) => ({ warning: updateWarning([query]), 'data-origin': originOf([query]) });

export class ContextView {
	readonly options = $derived.by(() => contextOptions(this.data().bounds, added.list));
	readonly state: UrlState<ReturnType<typeof contextSpec>>;
	readonly names = $derived.by(() => serviceNames(this.data().bounds, added.list));
	readonly years = $derived.by(() => yearRange(this.options));

	// Each chart reads only the parts of the state it draws, through values that stay identical while
	// their part is unchanged (strings, and arrays derived from them): changing the measure recomputes
	// the trend chart alone, not the report figures or the spend chart.
	private readonly chosen = $derived.by(() => this.state.value.services.join(','));
	private readonly services = $derived.by(() => this.chosen.split(','));
	readonly measure = $derived.by(() => measureByParam(this.state.value.measure) ?? LA_MEASURES[0]);

	readonly figures: LiveQuery<ReportFigureRow>;
	/**
	 * Every measure and year of the chosen services (a few hundred rows): changing the measure or the
	 * years is then drawn from the rows in hand, with no query; changing the services asks the database.
	 */
	readonly trends: LiveQuery<TrendRow>;
	readonly pairs: LiveQuery<SpendPairRow>;

	readonly figuresModel = $derived.by(() => shapeReportFigures(this.figures.rows, this.services));
	readonly trendsModel = $derived.by(() => 
		shapeTrends(this.trends.rows, {
			services: this.services,
			measure: this.state.value.measure,
			from: this.state.value.from,
			to: this.state.value.to,
			comparator: this.state.value.comparator as Comparator
		})
	);
	readonly spendModel = $derived.by(() => shapeSpendPerChild(this.pairs.rows, this.services));

	readonly figuresTable = $derived.by(() => reportFiguresTable(this.figuresModel));
	readonly trendTable = $derived.by(() => trendsTable(this.trendsModel));
	readonly spendTable = $derived.by(() => spendPerChildTable(this.spendModel));

	readonly figureSources: Citation[] = $derived.by(() => {
		const cited = this.figuresModel.services.flatMap((s) => Object.values(s.measures).flatMap((c) => [c.service?.source, c.comparator?.source]));
		const sources = reportSources(cited, this.base);
		return sources.length ? sources : [NO_RATES_SOURCE];
	});
	readonly spendSources: Citation[] = $derived.by(() => [...reportSources(this.spendModel.paired.map((p) => p.populationSource), this.base), LAIT_SOURCE]);

	/** Each card's props but its chart (and the view toggle): title, words, table, sources, download name, origin. */
	readonly cards = $derived.by(() => {
		const v = this.state.value;
		const services = servicesName(v.services, this.options.serviceIds);
		const trendsModel = this.trendsModel;
		return {
			figures: {
				id: 'context-report-rates',
				filename: downloadName('report-rates', ...services),
				...headline(this.figuresModel),
				note: reportFiguresNote(this.figuresModel.services),
				sources: this.figureSources,
				...this.figuresTable,
				...status(this.figures),
				empty: this.figuresModel.services.length ? null : NO_SERVICE,
				'data-testid': 'report-rates-card'
			},
			trends: {
				id: 'context-trends',
				filename: downloadName('trends', v.measure, v.from, v.to, v.comparator, ...services),
				...headline(trendsModel),
				note: trendNote(trendsModel),
				methods: '#trends',
				sources: [LAIT_SOURCE],
				...this.trendTable,
				...status(this.trends),
				empty: trendsModel.panels.length ? null : NO_TRENDS,
				'data-testid': 'trends-card'
			},
			spend: {
				id: 'context-spend-per-child',
				filename: downloadName('spend-per-child', ...services),
				...headline(this.spendModel),
				note: SPEND_NOTE,
				sources: this.spendSources,
				...this.spendTable,
				...status(this.pairs),
				empty: this.spendModel.entries.length ? null : NO_SERVICE,
				'data-testid': 'spend-card'
			}
		};
	});

	constructor(
		private readonly data: () => ContextData,
		url: UrlAccess,
		/** The site's base path, for links into the report viewer. */
		private readonly base = ''
	) {
		this.state = new UrlState({ url, spec: () => contextSpec(this.options), defaults: () => contextDefaults(this.options) });
		this.figures = new LiveQuery(() => this.data().figures, () => REPORT_FIGURES_SQL, () => [this.chosen]);
		this.trends = new LiveQuery(
			() => this.data().trends,
			() => TRENDS_SQL,
			() => [this.chosen, ALL_LA_MEASURES, this.options.minYear, this.options.maxYear]
		);
		this.pairs = new LiveQuery(() => this.data().pairs, () => SPEND_PAIRS_SQL, () => [this.chosen]);
	}

	get view(): ViewMode {
		return this.state.value.view as ViewMode;
	}

	setView = (view: ViewMode): void => {
		void this.state.set({ view });
	};

	setYear(end: 'from' | 'to', year: number): void {
		void this.state.set(end === 'from' ? { from: year } : { to: year });
	}

	/** A service on or off; the last one chosen stays (its checkbox is disabled). */
	toggleService(id: string, on: boolean): void {
		const current = this.state.value.services;
		const next = on ? [...current, id] : current.filter((s) => s !== id);
		if (next.length) void this.state.set({ services: next });
	}
}
