/**
 * Search over every finding of every inspection, in memory: pure functions
 * from the build-time index and the URL state to the results shown.
 *
 * Matching: the query's words, each folded (lower case, accents dropped),
 * must all appear in the passage (a word may be part of a longer one:
 * `contingen` finds "contingency"); `"quoted words"` match as a phrase.
 * Folding keeps every character's position, so the matches are highlighted
 * in the text as printed. Results are plain text segments: nothing here, and
 * nothing the page does with them, is HTML.
 */
import { DOMAINS, STANDARDS } from '../framework';
import type { FindingsIndexRow } from '../db/queries/findings';
import type { FindingKind, FindingsState } from '../state/views/findings';

export interface IndexEntry extends FindingsIndexRow {
	/** The text folded for matching, same length as `text`. */
	folded: string;
}

/** Lower case without accents, one character for one character. */
export function fold(text: string): string {
	let out = '';
	for (const ch of text) {
		const base = ch.normalize('NFKD')[0] ?? ch;
		const lower = base.toLowerCase();
		// Keep one UTF-16 unit per unit of the original so positions line up.
		out += lower.length === ch.length ? lower : ch.length === 1 ? ' ' : ch;
	}
	return out;
}

export function buildIndex(rows: readonly FindingsIndexRow[]): IndexEntry[] {
	return rows.map((r) => ({ ...r, folded: fold(r.text) }));
}

/** The query's terms: quoted phrases and single words, folded, longest first, no repeats. */
export function terms(query: string): string[] {
	const out: string[] = [];
	for (const m of fold(query).matchAll(/"([^"]+)"|(\S+)/g)) {
		const t = (m[1] ?? m[2]).replace(/\s+/g, ' ').trim().replace(/^["']+|["']+$/g, '');
		if (t && !out.includes(t)) out.push(t);
	}
	return out.sort((a, b) => b.length - a.length);
}

export interface Segment {
	text: string;
	hit: boolean;
}

/** The text cut into plain and matched pieces, every occurrence of every term marked. */
export function highlight(text: string, folded: string, queryTerms: readonly string[]): Segment[] {
	const marks = new Uint8Array(text.length);
	for (const t of queryTerms) {
		for (let i = folded.indexOf(t); i !== -1; i = folded.indexOf(t, i + 1)) marks.fill(1, i, i + t.length);
	}
	const out: Segment[] = [];
	let start = 0;
	for (let i = 1; i <= text.length; i++) {
		if (i === text.length || marks[i] !== marks[start]) {
			out.push({ text: text.slice(start, i), hit: marks[start] === 1 });
			start = i;
		}
	}
	return out.length ? out : [{ text, hit: false }];
}

/** Does a finding sit under the selection: `all`, a domain (and its standards) or one standard? */
export function inSelection(code: string | null, selection: string): boolean {
	if (selection === 'all') return true;
	if (code === null) return false;
	return selection.includes('.') ? code === selection : code.split('.')[0] === selection;
}

export interface FindingResult {
	entry: IndexEntry;
	segments: Segment[];
}

export interface SearchResult {
	/** Every match, in service and report order. */
	matches: IndexEntry[];
	terms: string[];
	services: number;
}

export function searchFindings(index: readonly IndexEntry[], state: FindingsState): SearchResult {
	const queryTerms = terms(state.q);
	const kinds = new Set<string>(state.kind);
	const services = new Set(state.services);
	const matches = index.filter(
		(e) =>
			kinds.has(e.kind) &&
			services.has(e.service_id) &&
			inSelection(e.standard_code, state.in) &&
			queryTerms.every((t) => e.folded.includes(t))
	);
	return { matches, terms: queryTerms, services: new Set(matches.map((m) => m.service_id)).size };
}

/** A single letter is searched for but not marked: marking every "c" in a passage helps no reader. */
const MARKED_MIN = 2;

/** The results to draw: the first `limit` matches with their highlighted text. */
export function visibleResults(result: SearchResult, limit: number): FindingResult[] {
	const marked = result.terms.filter((t) => t.length >= MARKED_MIN);
	return result.matches.slice(0, limit).map((entry) => ({ entry, segments: highlight(entry.text, entry.folded, marked) }));
}

/** Where a finding sits, in words: `2.2 Planning`, `Domain 2: Court disposals`, `Recommendation 3`. */
export function placeLabel(e: Pick<FindingsIndexRow, 'standard_code' | 'kind' | 'number'>): string {
	if (e.kind === 'recommendation') return e.number !== null ? `Recommendation ${e.number}` : 'Recommendation';
	if (!e.standard_code) return 'Not under a standard';
	const standard = STANDARDS.find((s) => s.code === e.standard_code);
	if (standard) return `${standard.code} ${standard.name}`;
	const domain = DOMAINS.find((d) => d.code === e.standard_code);
	return domain ? `Domain ${domain.code}: ${domain.name}` : e.standard_code;
}

const KIND_COUNT: Record<FindingKind, [string, string]> = {
	narrative: ['paragraph of prose', 'paragraphs of prose'],
	strength: ['strength', 'strengths'],
	improvement: ['area for improvement', 'areas for improvement'],
	recommendation: ['recommendation', 'recommendations']
};

/** "12 passages from 3 services match “contingency”: 9 paragraphs of prose, 3 areas for improvement." */
export function resultSummary(result: SearchResult, query: string): string {
	const n = result.matches.length;
	const what = query.trim() ? ` match “${query.trim()}”` : '';
	if (n === 0) return query.trim() ? `No passage matches “${query.trim()}” with these filters.` : 'No passage matches these filters.';
	const byKind = (Object.keys(KIND_COUNT) as FindingKind[])
		.map((k) => [k, result.matches.filter((m) => m.kind === k).length] as const)
		.filter(([, c]) => c > 0)
		.map(([k, c]) => `${c} ${KIND_COUNT[k][c === 1 ? 0 : 1]}`);
	return `${n} passage${n === 1 ? '' : 's'} from ${result.services} service${result.services === 1 ? '' : 's'}${what}: ${byKind.join(', ')}.`;
}
