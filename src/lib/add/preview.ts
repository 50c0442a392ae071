/**
 * Report text (from a file, a PDF or a paste) to the preview the /add page
 * shows: the same ingest and the same validation checks as `npm run data`,
 * each figure with a citation in the uploaded file (a PDF's by page and
 * line), and a list of what could not be read. Anything that is not a whole
 * 2018-2024 inspection report, or a recognisable 2025 one, becomes one plain
 * sentence instead. Pure: it runs in the worker and in unit tests.
 */
import { STANDARDS, type Rating } from '../framework';
import { parseReport } from '../ingest/report';
import { reportText, sourceOf, type ReportText } from '../ingest/text';
import { parseFramework2025, type Report2025 } from '../ingest/framework2025';
import { ReportParseError, type ParsedReport } from '../ingest/types';
import type { LineOrigin } from '../extract/pdfLines';
import { checkReport, type CheckStatus } from '../validate/checks';
import type { AddedRows } from './rows';

export type InputKind = 'text' | 'pdf' | 'html' | 'paste';

export interface ReportInput {
	/** The uploaded file's name (`pasted text` for a paste): what citations name. */
	name: string;
	kind: InputKind;
	text: string;
	/** For a PDF: the page and line of each text line. */
	origins?: readonly (LineOrigin | null)[];
}

export interface Cited<T = string> {
	value: T;
	/** e.g. `report.pdf, page 3, line 12` or `report.txt, line 57`. */
	cite: string;
}

export interface PreviewRating {
	code: string;
	name: string;
	rating: Rating | null;
	cite: string | null;
}

export interface Preview {
	name: string;
	kind: InputKind;
	framework: 'original' | 'revised' | '2025';
	frameworkLabel: string;
	service: Cited;
	fieldwork: Cited | null;
	published: Cited | null;
	/** Null for a 2025-framework report: it has no score. */
	score: Cited<number> | null;
	overall: Cited<Rating> | null;
	ratings: PreviewRating[];
	keyQuestions: { code: string; question: string; pctYes: number | null; counts: string | null; cite: string }[];
	facts: { measure: string; area: string; value: number; unit: string; period: string | null; text: string; cite: string }[];
	recommendations: { number: number | null; addressedTo: string | null; text: string; cite: string }[];
	checks: { id: string; subject: string; status: CheckStatus; expected: string; actual: string; detail: string; cite: string }[];
	/** What could not be read, in plain words. */
	unread: string[];
	/**
	 * The ingest's own records (null for a 2025 report), from which the reader worker makes the rows;
	 * it does not send them to the page (null there).
	 */
	report: ParsedReport | null;
	/**
	 * The report as rows of the published tables (`rows.ts`), set by the reader worker: a 2018-2024
	 * report's rows of the report tables, a 2025-framework report's of the register's inspection
	 * history. Null in records stored before the dashboard read them.
	 */
	rows: AddedRows | null;
}

export type PreviewOutcome = { ok: true; preview: Preview } | { ok: false; message: string };

const FRAMEWORK_LABELS = {
	original: 'HMIP youth justice framework 2018-2024, first version (3.4 Joint working)',
	revised: 'HMIP youth justice framework 2018-2024 (12 standards, score out of 36)',
	'2025': 'HMIP youth justice framework from 2025 (work with children and victims; no score)'
} as const;

/** Case-based standards whose key-question figures every complete 2018-2024 report prints. */
const CASE_STANDARDS = STANDARDS.filter((s) => s.caseBased).map((s) => s.code);

function lineOf(source: string): number {
	return Number(source.slice(source.lastIndexOf(':') + 1));
}

/** `source` (`name:line` in the extracted text) as the reader's citation. */
export function citation(input: ReportInput, source: string | null): string {
	if (!source) return 'not stated';
	const line = lineOf(source);
	const origin = input.origins?.[line - 1];
	if (input.kind === 'pdf' && origin) return `${input.name}, page ${origin.page}, line ${origin.line}`;
	return `${input.name}, line ${line}`;
}

function cited<T>(input: ReportInput, value: T, source: string): Cited<T> {
	return { value, cite: citation(input, source) };
}

function looksLikeYouthJusticeReport(text: string): boolean {
	return /youth (offending|justice) (service|team)/i.test(text) && /\binspect/i.test(text);
}

/** One sentence for a text the ingest refused. */
function refusal(input: ReportInput, e: ReportParseError): string {
	if (/binary/.test(e.missing)) return 'This file is not text (it looks like a binary file): add the report as a PDF, a text file or a web page.';
	if (/empty/.test(e.missing)) return 'This file is empty: choose the report file again, or paste its text.';
	if (looksLikeYouthJusticeReport(input.text)) {
		return `This looks like a youth justice inspection report, but it is incomplete (${e.missing}): add the whole report.`;
	}
	return 'This is not an HMIP youth justice inspection report (it has no ratings page with a score out of 36): add the inspection report of a youth justice service.';
}

function unreadOf(report: ParsedReport): string[] {
	const unread: string[] = [];
	for (const s of STANDARDS) {
		if (!report.ratings.some((r) => r.standard_code === s.code)) {
			unread.push(s.inScore ? `A rating for standard ${s.code} ${s.name}` : `A rating for ${s.code} ${s.name} (not every inspection rates it)`);
		}
	}
	if (!report.fieldwork) unread.push('When fieldwork took place');
	if (!report.published) unread.push('When the report was published');
	if (report.facts.length === 0) unread.push('Contextual facts (first-time entrants, reoffending, caseload)');
	if (report.demographics.length === 0) unread.push('Caseload demographics (ethnicity, gender, age)');
	if (!report.findings.some((f) => f.kind === 'recommendation')) unread.push('Recommendations');
	if (!report.findings.some((f) => f.kind !== 'recommendation')) unread.push('Strengths and areas for improvement');
	return unread;
}

/** Rated case-based standards with no key-question figure: a report cut short loses them first. */
function missingKeyQuestions(report: ParsedReport): string[] {
	const withFigures = new Set(report.key_questions.filter((k) => k.pct_yes !== null).map((k) => k.standard_code));
	return CASE_STANDARDS.filter((code) => report.ratings.some((r) => r.standard_code === code) && !withFigures.has(code));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const COVER_DATE = new RegExp(`\\b(${MONTHS.join('|')})\\s+(20\\d\\d)\\b`, 'i');

/** A 2025-framework report's cover date ("June 2025", near its title): the one date read from it, at month precision. */
function coverDate(text: ReportText): { value: string; source: string } | null {
	for (const line of text.lines.slice(0, 40)) {
		const m = COVER_DATE.exec(line.text);
		if (m) return { value: `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}`, source: sourceOf(text, line) };
	}
	return null;
}

/** The ingest's area names to the framework's codes (`src/lib/framework/framework2025.ts`, as the register's tables hold them). */
const area2025Code = (area: string) => (area === 'organisational_delivery' ? 'organisational' : area);

function preview2025(input: ReportInput, r: Report2025, text: ReportText): Preview {
	const cover = coverDate(text);
	return {
		name: input.name,
		kind: input.kind,
		framework: '2025',
		frameworkLabel: FRAMEWORK_LABELS['2025'],
		service: cited(input, r.service_name, r.service_name_source),
		fieldwork: null,
		published: cover ? cited(input, cover.value, cover.source) : null,
		score: null,
		overall: r.overall_rating ? cited(input, r.overall_rating, r.overall_rating_source!) : null,
		ratings: r.area_ratings.map((a) => ({ code: area2025Code(a.area), name: a.label, rating: a.rating, cite: citation(input, a.source) })),
		keyQuestions: [],
		facts: [],
		recommendations: [],
		checks: [],
		unread: [cover ? 'When fieldwork took place (the cover gives the month of publication)' : 'Dates of fieldwork and publication', ...r.not_parsed],
		report: null,
		rows: null
	};
}

function preview2018(input: ReportInput, report: ParsedReport, onStep: (step: Step) => void): Preview {
	onStep('checking');
	const checks = checkReport(report, reportText(input.name, input.text));
	return {
		name: input.name,
		kind: input.kind,
		framework: report.framework,
		frameworkLabel: FRAMEWORK_LABELS[report.framework],
		service: cited(input, report.service_name, report.service_name_source),
		fieldwork: report.fieldwork ? cited(input, report.fieldwork, report.fieldwork_source!) : null,
		published: report.published ? cited(input, report.published, report.published_source!) : null,
		score: cited(input, report.score, report.score_source),
		overall: cited(input, report.overall_rating, report.overall_rating_source),
		ratings: STANDARDS.map((s) => {
			const r = report.ratings.find((x) => x.standard_code === s.code);
			return { code: s.code, name: r?.standard_name ?? s.name, rating: r?.rating ?? null, cite: r ? citation(input, r.source) : null };
		}),
		keyQuestions: report.key_questions.map((k) => ({
			code: k.standard_code,
			question: k.question,
			pctYes: k.pct_yes,
			counts: k.n_yes !== null && k.n_cases !== null ? `${k.n_yes} of ${k.n_cases}` : null,
			cite: citation(input, k.source)
		})),
		facts: report.facts.map((f) => ({
			measure: f.measure,
			area: f.area,
			value: f.value,
			unit: f.unit,
			period: f.period,
			text: f.source_text,
			cite: citation(input, f.source)
		})),
		recommendations: report.findings
			.filter((f) => f.kind === 'recommendation')
			.map((f) => ({ number: f.number, addressedTo: f.addressed_to, text: f.text, cite: citation(input, f.source) })),
		checks: checks.map((c) => ({
			id: c.check_id,
			subject: c.subject,
			status: c.status,
			expected: c.expected,
			actual: c.actual,
			detail: c.detail,
			cite: citation(input, c.source)
		})),
		unread: unreadOf(report),
		report,
		rows: null
	};
}

export type Step = 'parsing' | 'checking';

export function previewReport(input: ReportInput, onStep: (step: Step) => void = () => {}): PreviewOutcome {
	onStep('parsing');
	try {
		const text = reportText(input.name, input.text);
		const r2025 = parseFramework2025(text);
		if (r2025) return { ok: true, preview: preview2025(input, r2025, text) };
		const report = parseReport(input.name, input.text);
		const missing = missingKeyQuestions(report);
		if (missing.length) {
			const standards = `standard${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
			return {
				ok: false,
				message: `This report looks cut short: it has no key-question figures for ${standards}, which a complete report prints near its end; add the whole report.`
			};
		}
		return { ok: true, preview: preview2018(input, report, onStep) };
	} catch (e) {
		if (e instanceof ReportParseError) return { ok: false, message: refusal(input, e) };
		// Anything else is our failure, not the reader's: say so without a stack trace.
		return { ok: false, message: 'This report could not be read because of an error in the dashboard, so nothing was added: please report the problem.' };
	}
}
