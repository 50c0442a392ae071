/**
 * Contextual figures that newer reports print only in sentences (East Sussex's
 * background: "Girls make up 21 per cent of the current caseload in the YJS").
 *
 * Prose is read conservatively: each rule below is one sentence shape whose
 * figure has one unambiguous definition. Anything vaguer ("more than half",
 * "one in three", a figure for one town, a share of a partial year's panel
 * decisions) is not read. Age, ethnicity and gender breakdowns belong to the
 * demographics parser and are not read here, except the shares the newer
 * reports print in a sentence instead of a table: girls and children from a
 * minority ethnic background in the current caseload, minority ethnic
 * children in the school population against England, and (Suffolk) the age
 * and ethnicity of children cautioned or sentenced. Those last are read over
 * two sentences, because the first names the group and the second gives the
 * figure; a share whose wording names something else ("11 per cent of
 * offences are recorded as unknown") is left in the quoted sentence, not read.
 */
import type { Line, ReportText } from '../text';
import { sourceOf, stripBullet, wordOrNumber } from '../text';
import type { FactRecord } from '../types';
import { isPageFooter, SUPERSCRIPT_CLASS } from './markers';

const WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
/** A percentage or small figure: `21`, `32.4`, `nine`. */
const NUM = `(\\d+(?:\\.\\d+)?|${WORDS})`;
/** A count: `112,000`. */
const COUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
const PCT = '\\s?(?:per cent|percent|%)';
const QUALIFIER = '(almost|nearly|about|around|approximately|roughly|over|more than|just over|just under|under)';
const SERVICE = '(?:yjs|yos|yot|service)';

interface Figure {
	measure: string;
	unit: string;
	/** Capture group holding the figure. */
	group: number;
	/** `service`, a fixed comparator, or a capture group holding the comparator as printed. */
	area?: string | { group: number; suffix?: string };
	periodGroup?: number;
	qualifierGroup?: number;
}

interface ProseRule {
	re: RegExp;
	figures: Figure[] | ((m: RegExpExecArray) => Figure[]);
	/** Match over this sentence and the one before it, in the same paragraph: the first names whom the figure counts. */
	withPrevious?: boolean;
}

const rx = (source: string) => new RegExp(source, 'gid');

const RULES: ProseRule[] = [
	{
		// "the binary reoffending rate for the most recent cohort has fallen to 32.4 per cent"
		re: rx(`\\bbinary reoffending rate\\b.{0,80}?\\b(?:fallen|risen|increased|decreased|reduced|dropped|is|was|stands at|of)(?: to)? ${NUM}${PCT}`),
		figures: [{ measure: 'reoffending_rate', unit: '%', group: 1 }]
	},
	{
		// "Girls make up 21 per cent of the current caseload"; not "... of the YJS court caseload"
		re: rx(`\\bgirls (?:make up|form|account for|represent|comprise) ${NUM}${PCT} of the (?:current )?caseload\\b`),
		figures: [{ measure: 'caseload_girls_pct', unit: '%', group: 1 }]
	},
	{
		// "Girls make up 21 per cent of the current caseload in the YJS, 11.5 per cent of children are from a
		// minority ethnic background, ...": the same list, so the share is of the current caseload.
		re: rx(`\\bof the (?:current )?caseload(?: in the ${SERVICE})?, ${NUM}${PCT} of (?:the )?children are from (?:a )?minority ethnic backgrounds?\\b`),
		figures: [{ measure: 'caseload_minority_ethnic_pct', unit: '%', group: 1 }]
	},
	{
		// "Children from a minority ethnic background make up 15.4 per cent of the school population compared
		// with 36 per cent in England (January 2023)"
		re: rx(
			`\\bchildren from (?:a )?minority ethnic backgrounds? make up ${NUM}${PCT} of the school population,? compared (?:with|to) ${NUM}${PCT} in (England(?: and Wales)?)(?: \\(((?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})\\))?`
		),
		figures: [
			{ measure: 'school_minority_ethnic_pct', unit: '%', group: 1, periodGroup: 4 },
			{ measure: 'school_minority_ethnic_pct', unit: '%', group: 2, area: { group: 3 }, periodGroup: 4 }
		]
	},
	{
		// "18.6 per cent are in low-income families, compared with 16.2 of the county's statistical neighbours"
		re: rx(
			`${NUM}${PCT} (?:are|live|living) in low-income families,? compared (?:with|to) ${NUM}(?:${PCT})? (?:of|in|for|among|across) (?:the |its )?(?:county's |authority's |area's )?(statistical neighbours|national average|England(?: and Wales)?)\\b`
		),
		figures: [
			{ measure: 'low_income_families_pct', unit: '%', group: 1 },
			{ measure: 'low_income_families_pct', unit: '%', group: 2, area: { group: 3 } }
		]
	},
	{
		// "almost 112,000 children and young people aged 0 to 19 years in the county"
		re: rx(`(?:\\b${QUALIFIER} )?\\b${COUNT} children and young people aged 0 (?:to|-) 19\\b`),
		figures: [{ measure: 'population_aged_0_19', unit: 'count', group: 2, qualifierGroup: 1 }]
	},
	{
		// "over 68,000 children in school"
		re: rx(`(?:\\b${QUALIFIER} )?\\b${COUNT} children in school\\b`),
		figures: [{ measure: 'children_in_school', unit: 'count', group: 2, qualifierGroup: 1 }]
	},
	{
		// "67 per cent have an assessed substance misuse need"
		re: rx(`\\b${NUM}${PCT} (?:of (?:the )?(?:children|caseload) )?have an? (?:assessed |identified )?substance misuse needs?\\b`),
		figures: [{ measure: 'substance_misuse_pct', unit: '%', group: 1 }]
	},
	{
		// "37 per cent have emotional wellbeing needs"
		re: rx(`\\b${NUM}${PCT} (?:of (?:the )?(?:children|caseload) )?have (?:an? )?(?:assessed |identified )?emotional (?:wellbeing|health) needs?\\b`),
		figures: [{ measure: 'emotional_wellbeing_needs_pct', unit: '%', group: 1 }]
	},
	{
		// "with 28 per cent of its children living in a deprived household"
		re: rx(`\\b${NUM}${PCT} of (?:its |the )?children (?:are )?living in (?:a )?deprived households?\\b`),
		figures: [{ measure: 'children_in_deprived_household_pct', unit: '%', group: 1 }]
	},
	{
		// "Staffing vacancy rates have reduced from 20 per cent to nine per cent": the current rate.
		re: rx(`\\bvacancy rates? (?:has|have) (?:reduced|fallen|decreased|dropped|risen|increased|gone down|gone up) from ${NUM}${PCT} to ${NUM}${PCT}`),
		figures: [{ measure: 'vacancy_rate_pct', unit: '%', group: 2 }]
	},
	{
		// "Staff sickness averages 6.3 days per person" / "sickness absence rate is low, averaging at 2.5 working days"
		re: rx(`\\bsickness\\b.{0,60}?\\baverag(?:es|ing|ed)(?: at)? ${NUM} (?:working )?days\\b`),
		figures: [{ measure: 'sickness_days_per_staff', unit: 'days', group: 1 }]
	},
	{
		// "... which is lower than the UK's 2021 national average rate of 4.6"
		re: rx(`\\bsickness\\b.{0,200}?\\b(?:lower|higher) than the (UK|England|national)(?:'s)? (\\d{4}) national average(?: rate)?(?: of)? ${NUM}`),
		figures: [{ measure: 'sickness_days_per_staff', unit: 'days', group: 3, area: { group: 1, suffix: ' national average' }, periodGroup: 2 }]
	},
	{
		// "30 per cent of the children who work with the YOS have speech and language recognition needs"
		re: rx(`\\b${NUM}${PCT} of (?:the )?children (?:who work with|working with|supervised by|open to) the ${SERVICE} have speech,? (?:and )?language`),
		figures: [{ measure: 'speech_language_needs_pct', unit: '%', group: 1 }]
	},
	{
		// "out-of-court disposals, which currently form 63 per cent of the YJS caseload"
		// "out-of-court disposals make up about 60 per cent of the YOS's annual caseload"
		re: rx(
			`\\bout-of-court disposals,? (?:which )?(?:currently )?(?:make up|form|account for|represent) (?:${QUALIFIER} )?${NUM}${PCT} of the ${SERVICE}(?:'s)? (annual )?caseload\\b`
		),
		figures: (m) => [
			{ measure: m[3] ? 'annual_caseload_oocd_pct' : 'caseload_oocd_pct', unit: '%', group: 2, qualifierGroup: 1 }
		]
	},
	{
		// "Of the children who are cautioned or sentenced 55 per cent identify as white. Black and minority ethnic
		// children make up 34 per cent, and 11 per cent of offences are recorded as unknown."
		re: rx(
			`\\bof (?:the )?children (?:who are|who were) cautioned or sentenced,? ${NUM}${PCT} (?:identify|are identified|are recorded) as white\\. black,? (?:asian )?and minority ethnic children make up ${NUM}${PCT}`
		),
		withPrevious: true,
		figures: [
			{ measure: 'cautioned_sentenced_white_pct', unit: '%', group: 1 },
			{ measure: 'cautioned_sentenced_minority_ethnic_pct', unit: '%', group: 2 }
		]
	},
	{
		// "Children who are cautioned or sentenced in Suffolk tend to be younger than elsewhere in the east of
		// England region or nationally. 31 per cent of children were aged 10 to 14, while the national figure is 18 per cent."
		re: rx(
			`\\bchildren (?:who are|who were) cautioned or sentenced in [a-z][a-z' -]{1,40}? tend to be younger\\b[^.]*\\. ${NUM}${PCT} of (?:the )?children (?:were|are) aged 10 (?:to|-) 14,? (?:while|whereas) the national figure is ${NUM}${PCT}`
		),
		withPrevious: true,
		figures: [
			{ measure: 'cautioned_sentenced_aged_10_14_pct', unit: '%', group: 1 },
			{ measure: 'cautioned_sentenced_aged_10_14_pct', unit: '%', group: 2, area: 'national figure' }
		]
	},
	{
		// "75 per cent of case managers are qualified"
		re: rx(`\\b${NUM}${PCT} of (?:the )?case managers are qualified\\b`),
		figures: [{ measure: 'qualified_case_managers_pct', unit: '%', group: 1 }]
	}
];

interface Stream {
	text: string;
	/** Start offset in `text` of each line's contribution, ascending. */
	starts: number[];
	/** Line for each entry of `starts`. */
	lines: Line[];
}

const LIST_ITEM = /^(?:[-*+|#>]\s|\u2022|\u25cf|\u25aa|\u25e6|\uf0b7|\d+\.\s+[a-z])/;

/**
 * All lines as one text, so sentences wrapped over lines (and over the blank
 * lines and page footers PDF export puts inside them) read whole. A hard break
 * ('\n') goes where a paragraph or list item starts.
 */
function buildStream(lines: readonly Line[]): Stream {
	let text = '';
	const starts: number[] = [];
	const out: Line[] = [];
	let blank = false;
	let prev = '';
	for (const line of lines) {
		if (line.text.length === 0) {
			blank = true;
			continue;
		}
		if (isPageFooter(line.text)) continue;
		const item = LIST_ITEM.test(line.text);
		const body = stripBullet(line.text).replace(/^[-*+>]\s+/, '');
		let sep = ' ';
		if (text.length === 0) sep = '';
		else if (item || /^\|/.test(line.text)) sep = '\n';
		else if (blank && (/[.!?:]["')]?$/.test(prev) || /^[A-Z0-9"'(]/.test(body))) sep = '\n';
		text += sep;
		starts.push(text.length);
		out.push(line);
		text += body;
		prev = body;
		blank = false;
	}
	return { text, starts, lines: out };
}

function lineAt(stream: Stream, offset: number): Line {
	let lo = 0;
	let hi = stream.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (stream.starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return stream.lines[lo];
}

const SENTENCE_END = new RegExp(`[.!?]["')\\]]*${SUPERSCRIPT_CLASS}*\\s+(?=["'(]?[A-Z0-9])|\\n`, 'g');

function sentences(text: string): { text: string; start: number }[] {
	const out: { text: string; start: number }[] = [];
	let start = 0;
	for (const m of text.matchAll(SENTENCE_END)) {
		const end = m.index! + m[0].length;
		out.push({ text: text.slice(start, end), start });
		start = end;
	}
	out.push({ text: text.slice(start), start });
	return out;
}

function toNumber(s: string): number | null {
	const t = s.replace(/,/g, '');
	if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
	return wordOrNumber(t);
}

export function parseProseFacts(report: ReportText): FactRecord[] {
	const stream = buildStream(report.lines);
	const facts: FactRecord[] = [];
	const list = sentences(stream.text);
	list.forEach((sentence, i) => {
		for (const rule of RULES) {
			// A two-sentence window starts at the previous sentence; its text keeps the space between them,
			// and a paragraph break ('\n') between them fails the rule's `\. ` so the pair is one paragraph.
			const prev = list[i - 1];
			const window = !rule.withPrevious ? sentence : prev ? { text: stream.text.slice(prev.start, sentence.start + sentence.text.length), start: prev.start } : null;
			if (window) facts.push(...readRule(rule, window, stream, report));
		}
	});
	return facts;
}

function readRule(rule: ProseRule, window: { text: string; start: number }, stream: Stream, report: ReportText): FactRecord[] {
	const trimmed = window.text.trim();
	if (trimmed.length === 0) return [];
	const lead = window.text.indexOf(trimmed);
	const facts: FactRecord[] = [];
	rule.re.lastIndex = 0;
	for (const m of trimmed.matchAll(rule.re)) {
		const figures = typeof rule.figures === 'function' ? rule.figures(m) : rule.figures;
		for (const figure of figures) {
			const raw = m[figure.group];
			const at = m.indices?.[figure.group];
			if (raw === undefined || !at) continue;
			const value = toNumber(raw);
			if (value === null || (figure.unit === '%' && value > 100)) continue;
			const area =
				figure.area === undefined
					? 'service'
					: typeof figure.area === 'string'
						? figure.area
						: (m[figure.area.group] ?? '') + (figure.area.suffix ?? '');
			if (!area) continue;
			const qualifier = figure.qualifierGroup ? m[figure.qualifierGroup] : undefined;
			const fact: FactRecord = {
				measure: figure.measure,
				area,
				value,
				unit: figure.unit,
				period: figure.periodGroup ? (m[figure.periodGroup] ?? null) : null,
				source: sourceOf(report, lineAt(stream, window.start + lead + at[0])),
				from_prose: true,
				source_text: trimmed
			};
			if (qualifier) fact.approximate = true;
			facts.push(fact);
		}
	}
	return facts;
}
