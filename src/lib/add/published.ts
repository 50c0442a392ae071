/**
 * Is an added report an inspection the dashboard already publishes (same
 * service, same fieldwork or publication month; for a 2025-framework report,
 * a 2025-framework inspection of the same register service)? If so, its
 * figures are set against the published ones, figure by figure: instead of a
 * duplicate, an independent check of the published data. And which register
 * service an added report is (`registerServiceOf`), so a 2025-framework one
 * joins its service's history. Pure: rows in, comparison out (the reader
 * worker runs it).
 */
import type { Preview } from './preview';

/** Rows of the published tables (as in static/data/*.csv), the columns we use. */
export interface PublishedTables {
	services: { service_id: string; service_name: string; local_authority: string }[];
	inspections: { inspection_id: string; service_id: string; fieldwork: string; published: string; score: string; overall_rating: string; overall_rating_source: string; source: string }[];
	ratings: { inspection_id: string; standard_code: string; rating: string; source: string }[];
	key_questions: { inspection_id: string; standard_code: string; question: string; pct_yes: string; source: string }[];
	/** The register of every service and its inspections (where a 2025-framework report is matched). */
	service_register: { service_id: string; service_name: string; la_names: string }[];
	inspection_history: { inspection_key: string; service_id: string; framework: string; published: string; overall_rating: string; rating_source: string }[];
	inspection_area_ratings: { inspection_key: string; level: string; code: string; rating: string; source: string }[];
}

/** The published tables the comparison reads. */
export const PUBLISHED_TABLES = ['services', 'inspections', 'ratings', 'key_questions', 'service_register', 'inspection_history', 'inspection_area_ratings'] as const;

export interface FigureDiff {
	figure: string;
	added: string;
	addedCite: string | null;
	published: string;
	publishedSource: string | null;
	same: boolean;
}

export interface PublishedMatch {
	inspection_id: string;
	service_id: string;
	service_name: string;
	figures: FigureDiff[];
	differing: number;
}

const SERVICE_WORDS = /\b(youth (justice|offending) (service|team)s?|yjs|yos|yot|service|partnership)\b/g;

/** `West Sussex YJS`, `West Sussex Youth Justice Service` -> `west sussex`. */
export function serviceKey(name: string): string {
	return name.toLowerCase().replace(/&/g, 'and').replace(SERVICE_WORDS, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

const month = (date: string | null | undefined) => (date ? date.slice(0, 7) : null);

function normaliseQuestion(q: string): string {
	return q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function figure(name: string, added: string | null, addedCite: string | null, published: string | null, publishedSource: string | null): FigureDiff {
	const a = added ?? 'not read';
	const p = published ?? 'not published';
	return { figure: name, added: a, addedCite, published: p, publishedSource, same: a === p };
}

function matched(inspection_id: string, service: { service_id: string; service_name: string }, figures: FigureDiff[]): PublishedMatch {
	return { inspection_id, service_id: service.service_id, service_name: service.service_name, figures, differing: figures.filter((f) => !f.same).length };
}

/** The register service an added report names (by its name or one of its local authorities), or null. */
export function registerServiceOf(preview: Preview, tables: Pick<PublishedTables, 'service_register'>): { service_id: string; service_name: string } | null {
	const key = serviceKey(preview.service.value);
	const found = tables.service_register.find(
		(s) => serviceKey(s.service_name) === key || s.la_names.split(';').some((la) => serviceKey(la) === key)
	);
	return found ? { service_id: found.service_id, service_name: found.service_name } : null;
}

/** A 2025-framework report against the register's 2025-framework inspection of its service: overall and area ratings. */
function match2025(preview: Preview, tables: PublishedTables): PublishedMatch | null {
	const service = registerServiceOf(preview, tables);
	// The same inspection: its service's 2025-framework one, of the same year where both dates are known.
	const year = preview.published?.value.slice(0, 4);
	const inspection =
		service &&
		tables.inspection_history.find(
			(h) => h.service_id === service.service_id && h.framework === 'youth-2025' && (!year || !h.published || h.published.startsWith(year))
		);
	if (!service || !inspection) return null;
	const areas = tables.inspection_area_ratings.filter((a) => a.inspection_key === inspection.inspection_key && a.level === 'area');
	const figures: FigureDiff[] = [
		figure('Overall rating', preview.overall?.value ?? null, preview.overall?.cite ?? null, inspection.overall_rating || null, inspection.rating_source || null)
	];
	for (const r of preview.ratings) {
		const p = areas.find((a) => a.code === r.code);
		figures.push(figure(r.name, r.rating, r.cite, p?.rating ?? null, p?.source ?? null));
	}
	return matched(inspection.inspection_key, service, figures);
}

export function matchPublished(preview: Preview, tables: PublishedTables): PublishedMatch | null {
	if (preview.framework === '2025') return match2025(preview, tables);
	const key = serviceKey(preview.service.value);
	const services = tables.services.filter((s) => serviceKey(s.service_name) === key || serviceKey(s.local_authority) === key);
	const dates = [month(preview.fieldwork?.value), month(preview.published?.value)].filter((d): d is string => d !== null);
	const inspection = tables.inspections.find(
		(i) => services.some((s) => s.service_id === i.service_id) && dates.some((d) => d === month(i.fieldwork) || d === month(i.published))
	);
	if (!inspection) return null;
	const service = services.find((s) => s.service_id === inspection.service_id)!;

	const figures: FigureDiff[] = [
		figure('Score', preview.score ? `${preview.score.value}/36` : null, preview.score?.cite ?? null, inspection.score ? `${inspection.score}/36` : null, inspection.source),
		figure('Overall rating', preview.overall?.value ?? null, preview.overall?.cite ?? null, inspection.overall_rating || null, inspection.overall_rating_source)
	];
	const ratings = tables.ratings.filter((r) => r.inspection_id === inspection.inspection_id);
	for (const r of preview.ratings) {
		const p = ratings.find((x) => x.standard_code === r.code);
		if (!r.rating && !p) continue;
		figures.push(figure(`${r.code} ${r.name}`, r.rating, r.cite, p?.rating ?? null, p?.source ?? null));
	}
	// A question can be printed twice under one standard (a key question and a sub-question with the same
	// words): the nth printing is matched with the nth published row of the same words.
	const questions = tables.key_questions.filter((k) => k.inspection_id === inspection.inspection_id);
	const seen = new Map<string, number>();
	const pct = (v: number | string | null | undefined) => (v === null || v === undefined || v === '' ? null : `${v}%`);
	for (const k of preview.keyQuestions) {
		const key = `${k.code} ${normaliseQuestion(k.question)}`;
		const nth = seen.get(key) ?? 0;
		seen.set(key, nth + 1);
		const p = questions.filter((x) => `${x.standard_code} ${normaliseQuestion(x.question)}` === key)[nth];
		figures.push(figure(`${k.code} ${k.question}`, pct(k.pctYes), k.cite, pct(p?.pct_yes), p?.source ?? null));
	}
	return matched(inspection.inspection_id, service, figures);
}
