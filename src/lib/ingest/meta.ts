/**
 * Inspection metadata read from prose: when fieldwork began, when the report
 * was published, how many cases were inspected and how many case managers
 * were interviewed.
 *
 * The sentences we need wrap over lines ("beginning on 14" / "March 2022"),
 * so we search a flow of the whole text: non-blank lines joined by a space,
 * paragraph breaks kept as "¶" so no pattern runs across paragraphs, page
 * footers dropped. Each match is mapped back to the line its figure is
 * printed on for `source`.
 */
import { sourceOf, wordOrNumber, type ReportText } from './text';

export type CaseKind = 'court' | 'out_of_court' | 'resettlement' | 'total';

export interface CasesInspected {
	kind: CaseKind;
	n: number;
	source: string;
	/** The sentence the number was read from. */
	source_text: string;
	/**
	 * True when n is the sum of printed parts ("22 community sentences and one
	 * custodial sentence" -> 23), used only when no total is printed.
	 */
	derived?: boolean;
}

export interface ReportMeta {
	/** `YYYY-MM-DD` when the start day is stated, else `YYYY-MM`. */
	fieldwork: string | null;
	fieldwork_source: string | null;
	/** `YYYY-MM-DD`, `YYYY-MM`, or `YYYY` (from the copyright line only). */
	published: string | null;
	published_source: string | null;
	cases_inspected: CasesInspected[];
	case_manager_interviews: { n: number; source: string; source_text: string } | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
/** A count: digits or a number word ("twelve"); checked with wordOrNumber. */
const NUM = '(\\d{1,4}|[A-Za-z]+)';
const FOOTER = /^(an )?inspection of youth (offending|justice) serv\w* .*\d+$/i;
const PARAGRAPH = '¶';

interface Flow {
	text: string;
	/** For each character of `text`, the index into report.lines it came from. */
	lineAt: number[];
}

function buildFlow(report: ReportText): Flow {
	let text = '';
	const lineAt: number[] = [];
	const push = (s: string, index: number) => {
		text += s;
		for (let k = 0; k < s.length; k++) lineAt.push(index);
	};
	let inParagraph = false;
	report.lines.forEach((line, index) => {
		const t = line.text.replace(/\*+/g, '');
		if (!t) {
			if (inParagraph) push(` ${PARAGRAPH} `, index);
			inParagraph = false;
			return;
		}
		if (FOOTER.test(t)) return;
		push(inParagraph ? ` ${t}` : t, index);
		inParagraph = true;
	});
	return { text, lineAt };
}

function monthNumber(name: string): string {
	return String(MONTHS.indexOf(name.toLowerCase()) + 1).padStart(2, '0');
}

function sourceAt(report: ReportText, flow: Flow, offset: number): string {
	const index = flow.lineAt[Math.min(Math.max(offset, 0), flow.lineAt.length - 1)] ?? 0;
	return sourceOf(report, report.lines[index]);
}

/** The sentence around `offset`: from the previous full stop or paragraph break to the next. */
function sentenceAt(flow: Flow, offset: number): string {
	const text = flow.text;
	let start = offset;
	while (start > 0 && text[start - 1] !== PARAGRAPH && !(text[start - 1] === ' ' && /[.!?]/.test(text[start - 2] ?? ''))) start--;
	let end = offset;
	while (end < text.length && text[end] !== PARAGRAPH && !(/[.!?]/.test(text[end]) && (end + 1 >= text.length || text[end + 1] === ' '))) end++;
	return text.slice(start, Math.min(text.length, end + 1)).replace(PARAGRAPH, '').trim();
}

interface Hit {
	/** The first capture group is the prefix before the figure of interest. */
	m: RegExpExecArray;
	/** Offset of the figure in the flow. */
	at: number;
}

function* hits(flow: Flow, pattern: RegExp): Generator<Hit> {
	const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
	let m: RegExpExecArray | null;
	while ((m = re.exec(flow.text))) {
		yield { m, at: m.index + (m[1]?.length ?? 0) };
		if (m[0].length === 0) re.lastIndex++;
	}
}

// ---- fieldwork ------------------------------------------------------------

/** "fieldwork ... beginning on 14 March 2022", "took place between 26 October and 29 October 2020". */
const FIELDWORK_DAY = new RegExp(
	`(\\bfieldwork\\b[^.${PARAGRAPH}]{0,160}?\\b(?:beginning|starting|commencing|began|started|commenced|took place)\\s+(?:on\\s+|from\\s+|between\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+)?)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}?([^.${PARAGRAPH}]{0,60})`,
	'i'
);
/** "Fieldwork started June 2022", "Fieldwork took place in March 2022", "Fieldwork started: May 2022". */
const FIELDWORK_MONTH = new RegExp(
	`(\\bfieldwork\\s*(?:started|began|commenced|took place|date)?\\s*:?\\s*(?:in\\s+|on\\s+)?)${MONTH}\\s+(\\d{4})`,
	'i'
);

function validDay(year: number, month: number, day: number): boolean {
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function fieldwork(report: ReportText, flow: Flow): { date: string; source: string } | null {
	for (const { m, at } of hits(flow, FIELDWORK_DAY)) {
		const day = Number(m[2]);
		const rest = m[4] ?? '';
		// "between 26 October and 29 October 2020": the year is printed once, after the end date.
		const month = m[3] ?? new RegExp(MONTH, 'i').exec(rest)?.[1];
		const year = /\b(20\d{2}|19\d{2})\b/.exec(rest)?.[1];
		if (!month || !year) continue;
		const mm = monthNumber(month);
		if (!validDay(Number(year), Number(mm), day)) continue;
		return { date: `${year}-${mm}-${String(day).padStart(2, '0')}`, source: sourceAt(report, flow, at) };
	}
	for (const { m, at } of hits(flow, FIELDWORK_MONTH)) {
		return { date: `${m[3]}-${monthNumber(m[2])}`, source: sourceAt(report, flow, at) };
	}
	return null;
}

// ---- publication date -----------------------------------------------------

/** "Published 12 August 2022", "Publication date: August 2022". Not "Published by:" nor "Published scoring rules". */
const PUBLISHED = new RegExp(`(\\b(?:published|publication date)(?:\\s+on)?\\s*:?\\s*)(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH}\\s+(\\d{4})`, 'i');
/** The cover line: "HM Inspectorate of Probation, August 2022". */
const COVER = new RegExp(`^(HM Inspectorate of Probation,\\s*)${MONTH}\\s+(\\d{4})$`, 'i');
const COPYRIGHT = /^(©\s*Crown copyright\s*)(\d{4})\b/i;

function published(report: ReportText, flow: Flow): { date: string; source: string } | null {
	for (const { m, at } of hits(flow, PUBLISHED)) {
		const [year, mm] = [m[4], monthNumber(m[3])];
		if (m[2] && validDay(Number(year), Number(mm), Number(m[2]))) {
			return { date: `${year}-${mm}-${m[2].padStart(2, '0')}`, source: sourceAt(report, flow, at) };
		}
		return { date: `${year}-${mm}`, source: sourceAt(report, flow, at) };
	}
	for (const line of report.lines) {
		const m = COVER.exec(line.text);
		if (m) return { date: `${m[3]}-${monthNumber(m[2])}`, source: sourceOf(report, line) };
	}
	for (const line of report.lines) {
		const m = COPYRIGHT.exec(line.text.replace(/\*+/g, ''));
		if (m) return { date: m[2], source: sourceOf(report, line) };
	}
	return null;
}

// ---- cases inspected ------------------------------------------------------

interface CasePattern {
	kind: CaseKind;
	pattern: RegExp;
}

/**
 * In priority order per kind: the methodology annexe's plain statement first,
 * then the annexe's summary, then the domain introductions.
 */
const CASE_PATTERNS: CasePattern[] = [
	{ kind: 'court', pattern: new RegExp(`(\\bWe (?:examined|inspected) )${NUM} court disposals\\b`, 'i') },
	{ kind: 'court', pattern: new RegExp(`(\\ba sample of )${NUM} court disposals\\b`, 'i') },
	{ kind: 'out_of_court', pattern: new RegExp(`(\\bWe (?:examined|inspected) )${NUM} out-of-court disposals\\b`, 'i') },
	{ kind: 'out_of_court', pattern: new RegExp(`(\\ba sample of \\S+ court disposals and )${NUM} out-of-court disposals\\b`, 'i') },
	{
		kind: 'out_of_court',
		pattern: new RegExp(`(\\bWe inspected )${NUM} cases managed by the \\w+ that had received an out-of-court disposal`, 'i')
	},
	{
		kind: 'resettlement',
		pattern: new RegExp(`(\\bwe inspected )${NUM} cases? managed by the \\w+ that had received a custodial sentence`, 'i')
	},
	{
		kind: 'resettlement',
		pattern: new RegExp(`(\\bexamining )${NUM} case files?\\b[^.${PARAGRAPH}]*?\\bcustodial sentences?`, 'i')
	},
	{
		kind: 'resettlement',
		pattern: new RegExp(`(\\bin the )${NUM} cases? where (?:a child|children) had received a custodial sentence`, 'i')
	},
	{ kind: 'total', pattern: new RegExp(`(\\b(?:we inspected a total of|a total sample of|a sample of) )${NUM} cases\\b`, 'i') }
];

/** "We took a detailed look at 22 community sentences and one custodial sentence". */
const COURT_PARTS = new RegExp(
	`(\\bWe took a detailed look at )${NUM} (community|custodial) sentences?(?: and ${NUM} (community|custodial) sentences?)?`,
	'i'
);

function casesInspected(report: ReportText, flow: Flow): CasesInspected[] {
	const found = new Map<CaseKind, CasesInspected>();
	for (const { kind, pattern } of CASE_PATTERNS) {
		if (found.has(kind)) continue;
		for (const { m, at } of hits(flow, pattern)) {
			const n = wordOrNumber(m[2]);
			if (n === null) continue;
			found.set(kind, { kind, n, source: sourceAt(report, flow, at), source_text: sentenceAt(flow, at) });
			break;
		}
	}
	if (!found.has('court')) {
		for (const { m, at } of hits(flow, COURT_PARTS)) {
			const first = wordOrNumber(m[2]);
			const second = m[4] === undefined ? 0 : wordOrNumber(m[4]);
			if (first === null || second === null) continue;
			const derived = m[4] !== undefined;
			found.set('court', {
				kind: 'court',
				n: first + second,
				source: sourceAt(report, flow, at),
				source_text: sentenceAt(flow, at),
				...(derived ? { derived } : {})
			});
			break;
		}
	}
	const order: CaseKind[] = ['court', 'out_of_court', 'resettlement', 'total'];
	return order.flatMap((k) => (found.has(k) ? [found.get(k)!] : []));
}

// ---- case manager interviews ---------------------------------------------

/**
 * "We also conducted 40 interviews with case managers" (background) or, in
 * older reports, the methodology's "we conducted 10 interviews with case
 * managers". "interviews with the relevant case managers" counts one domain
 * only and is skipped.
 */
const INTERVIEWS = new RegExp(`(\\bconducted )${NUM} interviews with case managers\\b`, 'i');

function caseManagerInterviews(report: ReportText, flow: Flow): ReportMeta['case_manager_interviews'] {
	for (const { m, at } of hits(flow, INTERVIEWS)) {
		const n = wordOrNumber(m[2]);
		if (n === null) continue;
		return { n, source: sourceAt(report, flow, at), source_text: sentenceAt(flow, at) };
	}
	return null;
}

export function parseMeta(report: ReportText): ReportMeta {
	const flow = buildFlow(report);
	const fw = fieldwork(report, flow);
	const pub = published(report, flow);
	return {
		fieldwork: fw?.date ?? null,
		fieldwork_source: fw?.source ?? null,
		published: pub?.date ?? null,
		published_source: pub?.source ?? null,
		cases_inspected: casesInspected(report, flow),
		case_manager_interviews: caseManagerInterviews(report, flow)
	};
}
