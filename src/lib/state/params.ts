/**
 * View state in the URL query, as Evidence settled it:
 * - the URL holds only what the user chose, never defaults, so links stay short;
 * - a URL value beats a preset, which beats a data-driven default (`resolve`);
 * - one canonical order: parameters in spec order, list values in the order of
 *   their allowed values, so equal views give equal links.
 * Pure and framework-free: nothing here imports SvelteKit.
 *
 * Parsing never throws: what can be understood is applied, the rest is dropped
 * with a notice naming it. Values are only ever matched against allow-lists,
 * so nothing from the URL reaches HTML or SQL unchecked.
 */

export interface EnumParam {
	kind: 'enum';
	/** Allowed values, in canonical order. */
	values: readonly string[];
	/** Noun used in notices: "Unknown standard '9.9' ignored". */
	noun: string;
}

export interface ListParam {
	kind: 'list';
	values: readonly string[];
	noun: string;
	/** Most items kept; extra ones are dropped with a notice. */
	max?: number;
}

export interface IntParam {
	kind: 'int';
	min: number;
	max: number;
	noun: string;
}

/** Free text typed by the user (a search). Control characters removed, cut to `maxLength`; only ever matched in memory, never put into SQL or HTML. */
export interface TextParam {
	kind: 'text';
	maxLength: number;
	noun: string;
}
export type ParamSpec = EnumParam | ListParam | IntParam | TextParam;
export type StateSpec = Record<string, ParamSpec>;

export type ValueOf<P extends ParamSpec> = P extends ListParam ? string[] : P extends IntParam ? number : string;
/** A fully resolved view state: every parameter has a value. */
export type ViewState<S extends StateSpec> = { [K in keyof S]: ValueOf<S[K]> };
/** What the user chose: only the parameters they set. */
export type Chosen<S extends StateSpec> = Partial<ViewState<S>>;

export interface Parsed<S extends StateSpec> {
	chosen: Chosen<S>;
	/** Plain-text notices about what was ignored; rendered as text, never HTML. */
	notices: string[];
}

/** Longest value quoted back in a notice; hostile 10 kB values are cut. */
const NOTICE_VALUE_MAX = 40;
/** Longest raw parameter value we even look at. */
const VALUE_MAX = 2_000;

export function quoteForNotice(value: string): string {
	const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
	return clean.length > NOTICE_VALUE_MAX ? `${clean.slice(0, NOTICE_VALUE_MAX)}…` : clean;
}

function parseOne(name: string, spec: ParamSpec, raw: string, notices: string[]): ValueOf<ParamSpec> | undefined {
	if (raw.length > VALUE_MAX) {
		notices.push(`Value of '${name}' is too long and was ignored`);
		return undefined;
	}
	if (spec.kind === 'enum') {
		if (spec.values.includes(raw)) return raw;
		notices.push(`Unknown ${spec.noun} '${quoteForNotice(raw)}' ignored`);
		return undefined;
	}
	if (spec.kind === 'text') {
		const clean = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
		if (clean.length > spec.maxLength) {
			notices.push(`The ${spec.noun} was cut to ${spec.maxLength} characters`);
			return clean.slice(0, spec.maxLength);
		}
		return clean || undefined;
	}
	if (spec.kind === 'int') {
		const n = /^-?\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
		if (Number.isInteger(n) && n >= spec.min && n <= spec.max) return n;
		notices.push(`Invalid ${spec.noun} '${quoteForNotice(raw)}' ignored (expected ${spec.min} to ${spec.max})`);
		return undefined;
	}
	const items = raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
	const kept: string[] = [];
	for (const item of items) {
		if (!spec.values.includes(item)) notices.push(`Unknown ${spec.noun} '${quoteForNotice(item)}' ignored`);
		else if (!kept.includes(item)) kept.push(item);
	}
	const ordered = spec.values.filter((v) => kept.includes(v));
	if (spec.max !== undefined && ordered.length > spec.max) {
		notices.push(`Only ${spec.max} ${spec.noun}s can be shown; the rest were ignored`);
		return ordered.slice(0, spec.max);
	}
	return ordered.length ? ordered : undefined;
}

export function parseQuery<S extends StateSpec>(query: URLSearchParams | string, spec: S): Parsed<S> {
	const params = typeof query === 'string' ? safeParams(query) : query;
	const chosen: Record<string, unknown> = {};
	const notices: string[] = [];
	const seen = new Set<string>();
	for (const [name, raw] of params) {
		if (!Object.hasOwn(spec, name)) {
			notices.push(`Unknown parameter '${quoteForNotice(name)}' ignored`);
			continue;
		}
		if (seen.has(name)) {
			notices.push(`Repeated parameter '${quoteForNotice(name)}': the first value was used`);
			continue;
		}
		seen.add(name);
		const value = parseOne(name, spec[name], raw, notices);
		if (value !== undefined) chosen[name] = value;
	}
	return { chosen: chosen as Chosen<S>, notices };
}

function safeParams(query: string): URLSearchParams {
	try {
		return new URLSearchParams(query);
	} catch {
		return new URLSearchParams();
	}
}

function sameValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
	return a === b;
}

/** Canonical query string (without '?'): chosen values only, defaults left out. */
export function toQuery<S extends StateSpec>(chosen: Chosen<S>, spec: S, defaults: ViewState<S>): string {
	const params = new URLSearchParams();
	for (const name of Object.keys(spec)) {
		const value = chosen[name as keyof S];
		if (value === undefined || sameValue(value, defaults[name as keyof S])) continue;
		const p = spec[name];
		if (p.kind === 'list') {
			const list = (value as string[]).filter((v) => p.values.includes(v));
			const ordered = p.values.filter((v) => list.includes(v));
			if (ordered.length) params.set(name, ordered.join(','));
		} else {
			params.set(name, String(value));
		}
	}
	// Commas and colons read better unescaped and are safe in a query value.
	return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** URL value beats a preset, which beats the data-driven default. */
export function resolve<S extends StateSpec>(chosen: Chosen<S>, defaults: ViewState<S>, preset: Chosen<S> = {}): ViewState<S> {
	const out = { ...defaults } as ViewState<S>;
	for (const name of Object.keys(defaults) as (keyof S)[]) {
		if (preset[name] !== undefined) out[name] = preset[name] as ViewState<S>[keyof S];
		if (chosen[name] !== undefined) out[name] = chosen[name] as ViewState<S>[keyof S];
	}
	return out;
}

/** Apply a change the user made: a value equal to the default is dropped from `chosen`. */
export function choose<S extends StateSpec>(
	chosen: Chosen<S>,
	changes: Chosen<S>,
	defaults: ViewState<S>
): Chosen<S> {
	const next = { ...chosen } as Chosen<S>;
	for (const name of Object.keys(changes) as (keyof S)[]) {
		const value = changes[name];
		if (value === undefined || sameValue(value, defaults[name])) delete next[name];
		else next[name] = value;
	}
	return next;
}
