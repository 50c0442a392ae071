/**
 * Everything the compare view can put side by side. The unit is a service of
 * the register (155 in England and Wales, id = its slug): one with an
 * inspection report here is a `report` entity, any other a `service` entity
 * (its latest inspection on record, its member authorities' LAIT figures).
 * Rows of the national scores table (`hmip:…`, `national:…`) and English
 * local authorities (`la:…`) stay in the catalogue so links made before keep
 * opening the same view, but the picker lists register services only
 * (`pickerOptions`), one entry each, with their inspections and authorities
 * in the entry. Ids come from the SQL (`db/queries/compare.ts`); this module
 * only labels, orders and searches them. Pure.
 *
 * Canonical order (the URL's and the columns'): register services (report or
 * not) by name, then national rows, then local authorities, each
 * alphabetical as the SQL orders them.
 */
import type { LaEntityRow, NationalEntityRow, RegisterEntityRow, ReportEntityRow } from '../../db/queries/compare';
import { formatIsoDate } from '../../charts/scoreDistribution/dates';
import { FRAMEWORK_LABELS } from '../../charts/register/list';
import { variantLabel } from '../../charts/register/history';
import { searchRows } from '../../charts/register/search';
import { listWords } from '../../charts/words';
import { ADDED_LABEL, ADDED_SHORT_LABEL, isAddedId } from '../../add/dashboard';

export type EntityKind = 'report' | 'service' | 'national' | 'la';

export const KIND_LABELS: Record<EntityKind, string> = {
	report: 'Inspection report',
	service: 'Youth justice service',
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
	/** The register service (report and service kinds); the picker lists these. */
	register?: RegisterEntityRow;
	/** What the service has and why a measure is missing, for the picker: "Welsh services have no LAIT figures; inspections: 2020 Inadequate". */
	holdings: string;
	/** The source row of the entity (by kind; a register service with a report has both). */
	report?: ReportEntityRow;
	national?: NationalEntityRow;
	la?: LaEntityRow;
}

function yearOf(text: string | null | undefined): string | null {
	return /(\d{4})/.exec(text ?? '')?.[1] ?? null;
}

function nationalDate(n: NationalEntityRow): string {
	if (n.published) return `published ${formatIsoDate(n.published)}`;
	return n.published_as_stated ? n.published_as_stated : 'date not stated';
}

/** The framework of an inspection in words: "2025 framework", "2018–2024 standards (revised version: 4.1 Resettlement)". */
export function frameworkWords(framework: string | null, variant: string | null): string {
	if (!framework) return 'no inspection on record';
	return `${FRAMEWORK_LABELS[framework] ?? framework}${variantLabel(variant)}`;
}

/** The register row's member authorities in LAIT: names and DfE numbers, in the same order. */
function laitMembers(g: RegisterEntityRow): { names: string[]; numbers: number[] } {
	const names = (g.lait_la_names ?? '').split(';').filter(Boolean);
	const numbers = (g.lait_la_numbers ?? '').split(';').filter(Boolean).map(Number);
	return names.length === numbers.length ? { names, numbers } : { names: [], numbers: [] };
}

/** What a register service has here and why a measure is missing, in one line. */
export function holdingsOf(g: RegisterEntityRow, hasReport: boolean): string {
	const parts: string[] = [];
	const members = laitMembers(g);
	if (g.nation === 'Wales') parts.push('Welsh services have no LAIT figures');
	else if (!members.names.length) parts.push('no member authority in LAIT');
	else parts.push(`LAIT: ${listWords(members.names)}`);
	parts.push(g.inspections ? `inspections: ${g.inspections.replace(/; /g, ', ')}` : 'no inspection on record here');
	if (g.framework === 'youth-2025') parts.push('latest on the 2025 framework, which has no score');
	else if (g.inspection_key && (g.score === null || !g.comparable)) parts.push('no published score for the latest inspection');
	parts.push(hasReport ? 'inspection report here: every standard and key question' : 'no inspection report here, so no standard ratings');
	return parts.join('; ');
}

/** A report service the register does not list, under its own id. */
function unlistedEntity(r: ReportEntityRow): CompareEntity {
	const detail = `${KIND_LABELS.report}, fieldwork ${formatIsoDate(r.fieldwork) || 'date not stated'}`;
	return {
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
		holdings: 'inspection report here',
		report: r
	};
}

/**
 * A report added in this browser (`src/lib/add`): its rows are in the
 * browser's tables only, so it is said in every label that it is not
 * published. Its `local_authority` already ends "(added in this browser)".
 */
function addedEntity(r: ReportEntityRow): CompareEntity {
	const place = r.local_authority.replace(` (${ADDED_SHORT_LABEL})`, '');
	const year = yearOf(r.fieldwork);
	const detail = `${KIND_LABELS.report} ${ADDED_LABEL}, fieldwork ${formatIsoDate(r.fieldwork) || 'date not stated'}`;
	return {
		...unlistedEntity(r),
		columnLabel: `${place} (report${year ? ` ${year}` : ''}, ${ADDED_SHORT_LABEL})`,
		detail,
		accessibleName: `${r.service_name} (${detail})`,
		holdings: `inspection report ${ADDED_LABEL}: every standard and key question`
	};
}

export function buildCatalogue(
	register: readonly RegisterEntityRow[],
	reports: readonly ReportEntityRow[],
	national: readonly NationalEntityRow[],
	las: readonly LaEntityRow[]
): CompareEntity[] {
	const laByName = new Map(las.map((l) => [l.la_name, l]));
	const reportById = new Map(reports.map((r) => [r.service_id, r]));
	const out: CompareEntity[] = [];
	const listed = new Set<string>();
	for (const g of register) {
		const members = laitMembers(g);
		const r = g.report_service_id ? reportById.get(g.report_service_id) : undefined;
		const holdings = holdingsOf(g, r !== undefined);
		if (r) {
			listed.add(r.service_id);
			const own = unlistedEntity(r);
			// The register's member authorities in LAIT, else the report's own authority.
			const laNumbers = members.numbers.length ? members.numbers : own.laNumbers;
			const laNames = members.numbers.length ? members.names : own.laNames;
			out.push({ ...own, id: g.entity_id, laNumbers, laNames, holdings, register: g });
			continue;
		}
		const year = yearOf(g.published_label);
		const detail = g.inspection_key
			? `${KIND_LABELS.service}, latest inspection ${g.published_label ?? 'date not stated'} (${frameworkWords(g.framework, g.variant)})`
			: `${KIND_LABELS.service}, no inspection on record here`;
		out.push({
			id: g.entity_id,
			kind: 'service',
			name: g.service_name,
			shortName: g.service_name,
			columnLabel: `${g.service_name} (${g.inspection_key ? `inspected ${year ?? g.published_label}` : 'no inspection'})`,
			detail,
			accessibleName: `${g.service_name} (${detail})`,
			laNumbers: members.numbers,
			laNames: members.names,
			country: g.nation,
			holdings,
			register: g
		});
	}
	// A report added in this browser (not in the register), or a report service missing from it (not expected), stays comparable under its own id.
	for (const r of reports) {
		if (listed.has(r.service_id) || out.some((e) => e.id === r.entity_id)) continue;
		out.push(isAddedId(r.service_id) ? addedEntity(r) : unlistedEntity(r));
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
			holdings: 'a row of the national scores table: score and overall rating only',
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
			holdings: 'a local authority: LAIT figures only, no inspection',
			la: l
		});
	}
	return out;
}

/**
 * The picker's options: one per register service, not yet chosen, ranked by
 * the register's search (`searchRank`: exact name, then name prefix, then a
 * member authority, then a word; "Derby" lists Derby before Derbyshire), ties
 * in catalogue (name) order. National-table rows and local authorities are
 * not listed: they are inside their service's entry. Reports added in this
 * browser are listed after the register's services.
 */
export function pickerOptions(catalogue: readonly CompareEntity[], query: string, exclude: readonly string[] = []): CompareEntity[] {
	const skip = new Set(exclude);
	const rows = catalogue
		.filter((e) => (e.register !== undefined || isAddedId(e.id)) && !skip.has(e.id))
		.map((e) => ({ service_name: e.register?.service_name ?? e.name, la_names: e.register?.la_names ?? e.shortName, entity: e }));
	return searchRows(rows, query).map((r) => r.entity);
}

/** Entities for ids, in canonical (catalogue) order; unknown ids dropped. */
export function entitiesFor(catalogue: readonly CompareEntity[], ids: readonly string[]): CompareEntity[] {
	const wanted = new Set(ids);
	return catalogue.filter((e) => wanted.has(e.id));
}
