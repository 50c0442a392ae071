/**
 * Publication dates as the sources state them ("2024-09-17", "2021-07",
 * "2019/20", "unknown (2025/26)", "2019-04..2020-03 (inspection year 2019/20)")
 * read into what is known: an ISO date at its precision, and the earliest and
 * latest day it can be, used to order inspections and to tell whether two
 * sources describe the same one.
 */

export type DatePrecision = 'day' | 'month' | 'year' | 'period' | 'unknown';

export interface StatedDate {
	/** ISO at the precision known (`2024-09-17`, `2021-07`, `2025`); empty for a period. */
	iso: string;
	precision: DatePrecision;
	earliest: string;
	latest: string;
	label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lastDay(year: number, month: number): string {
	const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const first = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** "2019/20": April 2019 to March 2020 (HMIP's inspection and financial year). */
function yearSpan(text: string): { earliest: string; latest: string; label: string } | null {
	const m = /(\d{4})\/(\d{2})/.exec(text);
	if (!m) return null;
	const start = Number(m[1]);
	return { earliest: first(start, 4), latest: lastDay(start + 1, 3), label: `${m[1]}/${m[2]}` };
}

export function parseStatedDate(stated: string): StatedDate | null {
	const text = stated.trim();
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		return { iso: text, precision: 'day', earliest: text, latest: text, label: `${d} ${MONTHS[mo - 1]} ${y}` };
	}
	if ((m = /^(\d{4})-(\d{2})\/(\d{2})$/.exec(text))) {
		const y = Number(m[1]);
		return { iso: '', precision: 'period', earliest: first(y, Number(m[2])), latest: lastDay(y, Number(m[3])), label: `${MONTHS[Number(m[2]) - 1]}–${MONTHS[Number(m[3]) - 1]} ${y}` };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
		const [y, mo] = [Number(m[1]), Number(m[2])];
		return { iso: text, precision: 'month', earliest: first(y, mo), latest: lastDay(y, mo), label: `${MONTHS[mo - 1]} ${y}` };
	}
	if ((m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})/.exec(text))) {
		const span = yearSpan(text);
		return {
			iso: '',
			precision: 'period',
			earliest: first(Number(m[1]), Number(m[2])),
			latest: lastDay(Number(m[3]), Number(m[4])),
			label: span ? span.label : `${MONTHS[Number(m[2]) - 1]} ${m[1]} – ${MONTHS[Number(m[4]) - 1]} ${m[3]}`
		};
	}
	if ((m = /^(\d{4})(?:\s*\(URL year\))?$/.exec(text))) {
		const y = Number(m[1]);
		return { iso: m[1], precision: 'year', earliest: first(y, 1), latest: lastDay(y, 12), label: m[1] };
	}
	if (/^\d{4}\/\d{2}/.test(text)) {
		const span = yearSpan(text)!;
		return { iso: '', precision: 'period', ...span };
	}
	if (/^unknown/i.test(text)) {
		const span = yearSpan(text);
		if (span) return { iso: '', precision: 'unknown', ...span, label: `${span.label} (month not known)` };
		if ((m = /(\d{4})-(\d{4}) programme/.exec(text))) {
			return { iso: '', precision: 'unknown', earliest: first(Number(m[1]), 1), latest: lastDay(Number(m[2]), 12), label: `not known (${m[1]}–${m[2]} programme)` };
		}
		if ((m = /inspected autumn (\d{4})/.exec(text))) {
			// Published after an autumn inspection: within the following year at most.
			const y = Number(m[1]);
			return { iso: '', precision: 'unknown', earliest: first(y, 9), latest: lastDay(y + 1, 12), label: `not known (inspected autumn ${y})` };
		}
	}
	return null;
}

/** A fieldwork start (ISO day or month): the report follows within the next nine months. */
export function afterFieldwork(fieldwork: string): StatedDate | null {
	const start = parseStatedDate(fieldwork);
	if (!start) return null;
	const [y, mo] = start.earliest.split('-').map(Number);
	const end = new Date(Date.UTC(y, mo - 1 + 9, 1));
	return {
		iso: '',
		precision: 'unknown',
		earliest: start.earliest,
		latest: lastDay(end.getUTCFullYear(), end.getUTCMonth() + 1),
		label: `not printed (fieldwork ${start.label})`
	};
}

const DAY = 86_400_000;

/** True when two stated dates can describe one publication: their spans overlap once each is widened by `slackDays`. */
export function datesCompatible(a: StatedDate, b: StatedDate, slackDays = 183): boolean {
	const t = (s: string) => Date.parse(`${s}T00:00:00Z`);
	return t(a.earliest) - slackDays * DAY <= t(b.latest) && t(b.earliest) - slackDays * DAY <= t(a.latest);
}

/** The middle of a date's span, for ordering. */
export function sortDate(d: StatedDate): string {
	const t = (s: string) => Date.parse(`${s}T00:00:00Z`);
	return new Date((t(d.earliest) + t(d.latest)) / 2).toISOString().slice(0, 10);
}
