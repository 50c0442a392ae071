/**
 * A service's page (`/services/<id>`): the URL state of its charts, every
 * query of `queries.ts` asked live, and the models the sections draw. A
 * report service also gets its full report profile (`ReportProfile`). The
 * route keys the page on the service, so both start from that service's
 * prerendered rows.
 */
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { SERVICE_PROFILE_DEFAULTS, serviceProfileSpec } from '../../state/views/services';
import { errorOf, originOf } from '../../db/queryGroup';
import { ALL_DOMAINS } from '../../db/queries/standards';
import { PROSE_DEMOGRAPHIC_MEASURES } from '../../db/queries/disproportionality';
import { notHeld, shapeTimeline } from '../../charts/register/history';
import { shapeDistribution } from '../../charts/scoreDistribution/shape';
import { shapeKeyQuestions } from '../../charts/serviceProfile/keyQuestions';
import { groupFacts } from '../../charts/serviceProfile/facts';
import {
	demographicsSource,
	shapeChecks,
	shapeDemographics,
	shapeFindings,
	shapeRatings,
	shapeRecommendations
} from '../../charts/serviceProfile/sections';
import { shapeLocalIndicators } from './indicators';
import { LearnFromWithAdded } from '../../components/learnFromLive.svelte';
import { REGISTER_QUERIES, REPORT_QUERIES } from './queries';
import { liveQueries, type LiveQueries } from './live.svelte';
import type { ReportProfileData, ServicePageData } from './load';

export type ProfileState = UrlState<typeof serviceProfileSpec>;

export class ServicePageView {
	/** The charts' chart/table toggles and the local indicators' measure (shared by every section). */
	readonly state: ProfileState;
	readonly queries: LiveQueries<typeof REGISTER_QUERIES>;
	/** The full report profile, for the five report services (the route keys the page on the service: it does not change). */
	readonly report: ReportProfile | null;

	readonly entry = $derived.by(() => this.data().entry);
	/** Newest first. */
	readonly timeline = $derived.by(() => {
		const { history, sources, areas } = this.queries;
		return shapeTimeline(history.rows, sources.rows, areas.rows);
	});
	readonly latest = $derived.by(() => this.timeline[0] ?? null);
	/** What the page does not hold; a report profile holds the report, so that line goes. */
	readonly notHeld = $derived.by(() =>
		notHeld(this.entry).filter((m) => !(this.report && m.startsWith('No inspection report')))
	);
	readonly indicators = $derived.by(() => {
		const { footprint, trends, peers } = this.queries;
		return shapeLocalIndicators(footprint.rows, trends.rows, peers.rows, this.state.value);
	});
	readonly origin = $derived.by(() => originOf(Object.values(this.queries)));
	/** The inspection history's queries failed: it shows the published rows. */
	readonly historyError = $derived.by(() => errorOf([this.queries.history, this.queries.sources, this.queries.areas]));

	constructor(
		private readonly data: () => ServicePageData,
		url: UrlAccess
	) {
		this.state = new UrlState({ url, spec: () => serviceProfileSpec, defaults: () => SERVICE_PROFILE_DEFAULTS });
		this.queries = liveQueries(REGISTER_QUERIES, data, () => data().entry.service_id);
		const report = data().report;
		this.report = report ? new ReportProfile(() => data().report ?? report) : null;
	}
}

/** One report service's inspection, section by section, from its latest report. */
export class ReportProfile {
	readonly queries: LiveQueries<typeof REPORT_QUERIES>;
	private readonly learnFromAdded: LearnFromWithAdded;

	readonly service = $derived.by(() => this.data().service);
	readonly inspection = $derived.by(() => this.data().inspection);
	readonly distribution = $derived.by(() =>
		shapeDistribution(this.queries.national.rows, this.queries.reports.rows, { highlight: [this.service.service_id] })
	);
	readonly ratings = $derived.by(() => shapeRatings(this.queries.ratings.rows));
	readonly keyQuestions = $derived.by(() => shapeKeyQuestions(this.queries.keyQuestions.rows, this.queries.ratings.rows));
	readonly facts = $derived.by(() => groupFacts(this.queries.facts.rows, this.service.local_authority));
	readonly demographics = $derived.by(() => shapeDemographics(this.queries.demographics.rows));
	readonly demographicsFrom = $derived.by(() => demographicsSource(this.inspection.inspection_id));
	/** Whether the report gives demographic figures in its prose (the facts), not only its tables. */
	readonly proseDemographics = $derived.by(() =>
		this.queries.facts.rows.some((r) => (PROSE_DEMOGRAPHIC_MEASURES as readonly string[]).includes(r.measure))
	);
	readonly recommendations = $derived.by(() => shapeRecommendations(this.queries.findings.rows));
	readonly findings = $derived.by(() => shapeFindings(this.queries.findings.rows, this.ratings));
	readonly checks = $derived.by(() => shapeChecks(this.queries.checks.rows));
	/** Learn from: worked out at build time; with reports added in this browser, again from the database (they may be examples). */
	readonly learnFrom = $derived.by(() => {
		const built = this.data().learnFrom;
		return this.learnFromAdded.entries(built, [this.service.service_id], built.map((e) => e.standard.code));
	});
	readonly origin = $derived.by(() => originOf(Object.values(this.queries)));
	readonly error = $derived.by(() => errorOf(Object.values(this.queries)));

	constructor(private readonly data: () => ReportProfileData) {
		this.queries = liveQueries(REPORT_QUERIES, data, () => data().inspection.inspection_id);
		this.learnFromAdded = new LearnFromWithAdded(() => [...new Set(data().reports.map((r) => r.service_id))], () => ALL_DOMAINS);
	}
}
