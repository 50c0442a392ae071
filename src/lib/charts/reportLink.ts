/**
 * Where an inspection's original report is on HMIP's site: the report page
 * address of the national scores row that stands for the inspection (the
 * data-to-insight scrape of HMIP's reports, `data/national/national_scores.csv`),
 * matched as the score distribution matches them. Only an address on HMIP's
 * own site counts as the original report; none is guessed: an inspection
 * without one (Hartlepool 2020, older than the scrape) has no link.
 */
import type { DistributionNationalRow, ReportInspectionRow } from '../db/queries/scoreDistribution';
import { matchNational } from './scoreDistribution/shape';

export interface ReportLink {
	url: string;
	/** Where the address comes from. */
	source: string;
}

const HMIP_SITE = /^https:\/\/(?:www\.|hmiprobation\.)?justiceinspectorates\.gov\.uk\//;

export function reportLink(report: ReportInspectionRow, national: readonly DistributionNationalRow[]): ReportLink | null {
	const match = matchNational(report, national);
	const url = match?.report_url?.trim() ?? '';
	if (!match || !HMIP_SITE.test(url)) return null;
	return { url, source: `data/national/national_scores.csv, ${match.service} ${match.published ?? match.published_as_stated ?? ''}: ${match.source}` };
}
