/**
 * Contextual facts: every figure a report prints about the service's context
 * other than key-question results and demographic breakdowns: first-time
 * entrants, reoffending, population, caseload by disposal type, education and
 * child-protection status, caseload characteristics, offence types, staffing
 * and budget (tables), plus the few clearly defined figures newer reports give
 * only in prose.
 *
 * A table figure wins over a prose figure for the same measure and area: the
 * table is the report's own statement of it, prose often rounds it.
 * Pure and total: never throws; a report without these sections yields [].
 */
import type { ReportText } from './text';
import type { FactRecord } from './types';
import { parseOffenceFacts } from './facts/offences';
import { parseProseFacts } from './facts/prose';
import { parseTableFacts } from './facts/table';

export function parseFacts(report: ReportText): FactRecord[] {
	const tables = [...safely(() => parseTableFacts(report)), ...safely(() => parseOffenceFacts(report))];
	const have = new Set(tables.map((f) => `${f.measure}|${f.area}`));
	const prose: FactRecord[] = [];
	for (const fact of safely(() => parseProseFacts(report))) {
		const key = `${fact.measure}|${fact.area}`;
		if (have.has(key)) continue;
		have.add(key);
		prose.push(fact);
	}
	return [...tables, ...prose];
}

/**
 * The parsers are written not to throw; this is the last line of defence so one
 * unreadable section never costs a report its other facts.
 */
function safely(read: () => FactRecord[]): FactRecord[] {
	try {
		return read();
	} catch {
		return [];
	}
}
