/**
 * What the board pack is built from: plain rows, no framework. The route
 * fills them from SQL at build time; tests fill them by hand.
 *
 * Inputs marked optional are not held by the dashboard yet (an inspection
 * history, key-question intervals, a stated comparison method beyond the
 * peers rule). When absent, the pack prints what is held and says what is
 * missing; it never fills a gap with a placeholder or a zero. See
 * /work/notes/issue-19.md ("Interface") for how each plugs in.
 */
import type { NationalScoreRow, ReportInspectionRow } from '../db/queries/scoreDistribution';
import type { ProfileFactRow, ProfileFindingRow, ProfileKeyQuestionRow, ProfileRatingRow, ServiceRow } from '../db/queries/services';
import type { ReportOutline } from './reportOutline';

/** One inspection of the service on record (the `inspection_history` table). */
export interface HistoryInspection {
	/** ISO date for ordering (the middle of the span the sources allow). */
	published: string | null;
	/** The date as a reader sees it, at the precision known (`Sep 2024`, `2019/20`). */
	label: string;
	/** `2018-original`, `2018-revised`, `2018` (scored /36; version not stated) or `2025` (no score). */
	framework: string;
	overall_rating: string | null;
	/** Out of 36 only where the framework has a score. */
	score: number | null;
	/** Where the rating (else the score) was read. */
	source: string | null;
	/** The report inspection it is, where a report is held (`inspections.inspection_id`). */
	reportInspectionId: string | null;
}

/** A key question as published, with its 95% interval where the report gives a sample. */
export type KeyQuestionInput = ProfileKeyQuestionRow;

/** A rating of one standard in one inspection, for the "same or better" count. */
export interface ComparisonRating {
	inspection_id: string;
	service_name: string;
	/** `original` (3.4 Joint working) or `revised`. */
	framework: string;
	standard_code: string;
	rating: string;
}

/** A DfE statistical neighbour of the service's local authority. */
export interface NeighbourRow {
	rank: number;
	neighbour_la_number: number;
	neighbour_la_name: string;
	closeness: string | null;
}

/** A row of `la_indicators` (local authority, region or England). */
export interface IndicatorRow {
	la_name: string;
	dfe_la_number: number | null;
	region: string | null;
	geography_level: string;
	measure: string;
	period: string | null;
	year: number;
	value: number | null;
	suppressed: boolean | null;
	flag: string | null;
}

/** A comparable (/36) inspection with the authorities it covers (`la_names`, `;`-separated). */
export interface AuthorityScoreRow extends NationalScoreRow {
	la_names: string | null;
}

/** Authorities the reader chose in a compare or peers view (`?peers=`), instead of the DfE neighbours. */
export interface ChosenPeer {
	la_number: number;
	la_name: string;
}

export interface BoardPackInput {
	service: ServiceRow;
	/** The latest inspection report held for the service; null when none is held. */
	inspection: ReportInspectionRow | null;
	/** Every report inspection held (they replace their national rows on the /36 distribution). */
	reports: readonly ReportInspectionRow[];
	/** Every comparable inspection scored out of 36, with the authorities it covers. */
	national: readonly AuthorityScoreRow[];
	/** Every inspection of this service on record, oldest first. */
	history?: readonly HistoryInspection[];
	ratings: readonly ProfileRatingRow[];
	/** Ratings of every standard in every inspection known standard by standard (today: the reports held). */
	comparisonRatings: readonly ComparisonRating[];
	keyQuestions: readonly KeyQuestionInput[];
	facts: readonly ProfileFactRow[];
	findings: readonly ProfileFindingRow[];
	neighbours: readonly NeighbourRow[];
	/** Peers from the URL; when set (non-empty) they replace the DfE neighbours and the pack says so. */
	chosenPeers?: readonly ChosenPeer[] | null;
	indicators: readonly IndicatorRow[];
	/** The report's outline (title, sections, pages); null when no report is held. */
	outline: ReportOutline | null;
	/** ISO date the data tables were built. */
	dataBuilt: string | null;
	/** The live page's address, printed so a reader can open it. */
	pageUrl: string;
}

/** What the route hands the page: every input but the reader's choices, plus the URL allow-list. */
export type BoardPackRows = Omit<BoardPackInput, 'chosenPeers' | 'pageUrl'> & {
	/** English authorities (`?peers=la:<number>` allow-list and names). */
	authorities: { dfe_la_number: number; la_name: string }[];
	/** Report file name (`suffolk`) for the source viewer link; null without a report. */
	report: string | null;
};
