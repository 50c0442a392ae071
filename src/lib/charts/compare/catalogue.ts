/**
 * Everything the compare view can put side by side: services with an
 * inspection report, rows of the national scores table, and English local
 * authorities. Ids come from the SQL (`db/queries/compare.ts`); this module
 * only labels, orders and searches them. Pure.
 *
 * Canonical order (the URL's and the columns'): report services, then
 * national rows, then local authorities, each alphabetical as the SQL orders
 * them.
 */
import type { LaEntityRow, NationalEntityRow, ReportEntityRow } from '../../db/queries/compare';
import { formatIsoDate } from '../scoreDistribution/dates';

export type EntityKind = 'report' | 'national' | 'la';

export const KIND_LABELS: Record<EntityKind, string> = {
	report: 'Inspection report',
	national: 'National scores table',
	la: 'Local authority (DfE LAIT indicators)'
};

export interface CompareEntity {
	id: string;
	kind: EntityKind;
	/** Name as the source gives it. */
	name: string;
	/** Short name, e.g. "Thurrock". */
	shortName: string;
	/** Column heading that tells the kinds apart: "Thurrock (report 2022)", "Thurrock (national 2022)", "Thurrock (LA)". */
	columnLabel: string;
	/** What this is, e.g. "Inspection report, fieldwork May 2022". */
	detail: string;
	/** Name plus detail: the option's and the chip's accessible name. */
	accessibleName: string;
	/** English local authorities covered (LAIT numbers and names); empty for Welsh services. */
	laNumbers: number[];
	laNames: string[];
	country: string | null;
	/** Lower-case text the picker searches. */
	search: string;
	/** The source row of the entity (one of the three, by kind). */
	report?: ReportEntityRow;
	national?: NationalEntityRow;
	la?: LaEntityRow;
}

export function normaliseSearch(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9:]+/g, ' ')
		.trim();
}

function yearOf(text: string | null | undefined): string | null {
	return /(\d{4})/.exec(text ?? '')?.[1] ?? null;
}

function nationalDate(n: NationalEntityRow): string {
	if (n.published) return `published ${formatIsoDate(n.published)}`;
	return n.published_as_stated ? n.published_as_stated : 'date not stated';
}

export function buildCatalogue(
	reports: readonly ReportEntityRow[],
	national: readonly NationalEntityRow[],
	las: readonly LaEntityRow[]
): CompareEntity[] {
	const laByName = new Map(las.map((l) => [l.la_name, l]));
	const out: CompareEntity[] = [];
	for (const r of reports) {
		const detail = `${KIND_LABELS.report}, fieldwork ${formatIsoDate(r.fieldwork) || 'date not stated'}`;
		out.push({
			id: r.entity_id,
			kind: 'report',
			name: r.service_name,
			shortName: r.local_authority,
			columnLabel: `${r.local_authority} (report${yearOf(r.fieldwork) ? ` ${yearOf(r.fieldwork)}` : ''})`,
			detail,
			accessibleName: `${r.service_name} (${detail})`,
			laNumbers: r.dfe_la_number !== null ? [r.dfe_la_number] : [],
			laNames: r.dfe_la_number !== null ? [r.local_authority] : [],
			country: r.country,
			search: normaliseSearch(`${r.service_name} ${r.local_authority} ${r.service_id} report inspection`),
			report: r
		});
	}
	for (const n of national) {
		const names = (n.la_names ?? '').split(';').map((s) => s.trim()).filter(Boolean);
		const matched = names.map((name) => laByName.get(name)).filter((l): l is LaEntityRow => l !== undefined);
		const detail = `${KIND_LABELS.national}, ${nationalDate(n)}`;
		out.push({
			id: n.entity_id,
			kind: 'national',
			name: n.service,
			shortName: n.service,
			columnLabel: `${n.service} (national${yearOf(n.published || n.published_as_stated) ? ` ${yearOf(n.published || n.published_as_stated)}` : ''})`,
			detail,
			accessibleName: `${n.service} (${detail})`,
			laNumbers: matched.map((l) => l.dfe_la_number),
			laNames: matched.map((l) => l.la_name),
			country: n.country,
			search: normaliseSearch(`${n.service} ${names.join(' ')} ${n.hmip_ref ?? ''} national scores`),
			national: n
		});
	}
	for (const l of las) {
		const detail = `${KIND_LABELS.la}${l.region ? `, ${l.region}` : ''}`;
		out.push({
			id: l.entity_id,
			kind: 'la',
			name: l.la_name,
			shortName: l.la_name,
			columnLabel: `${l.la_name} (LA)`,
			detail,
			accessibleName: `${l.la_name} (${detail})`,
			laNumbers: [l.dfe_la_number],
			laNames: [l.la_name],
			country: 'England',
			search: normaliseSearch(`${l.la_name} ${l.region ?? ''} local authority council la`),
			la: l
		});
	}
	return out;
}

/** Entities whose text contains every word typed, best first (see `rank`). */
export function searchCatalogue(
	catalogue: readonly CompareEntity[],
	query: string,
	exclude: readonly string[] = []
): CompareEntity[] {
	const q = normaliseSearch(query);
	const words = q.split(' ').filter(Boolean);
	const skip = new Set(exclude);
	const hits = catalogue.filter((e) => !skip.has(e.id) && words.every((w) => e.search.includes(w)));
	if (!q) return hits;
	// Name starts with the text, then a word of the name does, then anything else; within a rank the
	// catalogue order holds, so a service's report (the richest column) comes before its other entries.
	const rank = (e: CompareEntity) => {
		const name = normaliseSearch(e.name);
		if (name.startsWith(q)) return 0;
		if (name.split(' ').some((part) => part.startsWith(words[0] ?? ''))) return 1;
		return 2;
	};
	// Array.prototype.sort is stable, so equal ranks keep catalogue order.
	return [...hits].sort((a, b) => rank(a) - rank(b));
}

/** Entities for ids, in canonical (catalogue) order; unknown ids dropped. */
export function entitiesFor(catalogue: readonly CompareEntity[], ids: readonly string[]): CompareEntity[] {
	const wanted = new Set(ids);
	return catalogue.filter((e) => wanted.has(e.id));
}
