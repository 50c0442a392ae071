/** Dates as the data gives them (ISO at day, month or year precision) in plain English. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-06-22` → `22 Jun 2022`, `2021-07` → `Jul 2021`, `2025` → `2025`; anything else unchanged. */
export function formatIsoDate(iso: string | null | undefined): string {
	if (!iso) return '';
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
	if (!m) return iso;
	const [, year, month, day] = m;
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (month && !monthName) return iso;
	if (day) return `${Number(day)} ${monthName} ${year}`;
	if (monthName) return `${monthName} ${year}`;
	return year;
}

/** First four-digit year in a date as stated (`2020/21 (fieldwork late 2020)` → 2020), or null. */
export function firstYear(text: string | null | undefined): number | null {
	const m = /\b(\d{4})\b/.exec(text ?? '');
	return m ? Number(m[1]) : null;
}
