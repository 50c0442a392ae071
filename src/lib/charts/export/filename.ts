/**
 * Download names that say what was saved: the chart, then its state, e.g.
 * `key-questions-2.2-planning-east-sussex-suffolk`. Each part is cut to
 * lower-case letters, digits, dots and hyphens; empty parts are left out;
 * a long name is cut at a hyphen. Pure.
 */
const MAX_LENGTH = 120;

export function slugPart(part: string): string {
	return part
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9.]+/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
}

export function downloadName(...parts: ReadonlyArray<string | number | null | undefined | false>): string {
	const name = parts
		.filter((p): p is string | number => p !== null && p !== undefined && p !== false && p !== '')
		.map((p) => slugPart(String(p)))
		.filter(Boolean)
		.join('-');
	if (name.length <= MAX_LENGTH) return name || 'chart';
	const cut = name.slice(0, MAX_LENGTH);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_LENGTH);
}

/** The services part of a name: their ids, or `all-services` when every one is chosen. */
export function servicesName(chosen: readonly string[], all: readonly string[]): string[] {
	return all.length > 1 && all.every((id) => chosen.includes(id)) ? ['all-services'] : [...chosen];
}
