/**
 * `npm run bench [-- --runs 7] [--no-build] [--no-national] [--only overview,register,add]`
 *
 * Builds (unless --no-build), serves the build with vite preview, and drives
 * Chromium over N cold visits (a fresh browser context each: empty cache).
 * Prints medians as a table and as JSON, and writes .bench/results.json.
 *
 * Per visit:
 * - first chart painted: the first frame after the overview heatmap (in the
 *   prerendered HTML) is in the document, or first-contentful-paint if later;
 * - database ready: the `db-ready` mark (src/lib/db/status.svelte.ts);
 * - first live result: the `first-live-result` mark (src/lib/db/liveQuery.svelte.ts);
 * - filter → redraw: a control is changed in the page and a MutationObserver
 *   times the last change to the page (the live query's answer included), to
 *   the next animation frame;
 * - bytes (counted on one more cold visit before the timed ones, see countBytes):
 *   what the first view loads before the database worker starts (HTML, JS, CSS,
 *   as served), then the database JS (its worker's too), data files and wasm.
 * Then /add (a cold visit each): thurrock.txt and the same text printed to PDF by Chromium, each
 * given to the real file input, timed to the frame after its preview, with the longest main-thread
 * task meanwhile (Long Tasks API).
 * Then national scale, generated inside DuckDB-WASM with range() (no file
 * ships): 160 services with 3 inspections each and 10 years of 6 indicators,
 * then la_indicators grown past 1,000,000 rows; the same redraws are timed on
 * those tables, plus the filter query alone.
 *
 * Targets (reported, not asserted): first chart ≤ 300 ms, database ready ≤ 1.5 s,
 * filter → redraw ≤ 50 ms (≤ 150 ms at 1M rows), first-view JS < 150 KB gzipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { NATIONAL_SQL, STRESS_QUERY, STRESS_SQL } from './lib/benchData';

/** The parts of a run, each a cold visit of its own: the overview (with its redraws and national scale), the register pages, /add. */
const PARTS = ['overview', 'register', 'add'] as const;
type Part = (typeof PARTS)[number];

interface Options {
	runs: number;
	build: boolean;
	national: boolean;
	/** `--only add` times /add alone (the bytes of the first view are counted whatever is chosen). */
	parts: Set<Part>;
}

function parseParts(value: string | undefined): Set<Part> {
	const names = (value ?? '').split(',').filter(Boolean);
	const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
	if (!names.length || unknown.length) throw new Error(`--only takes a comma-separated list of ${PARTS.join(', ')}`);
	return new Set(names as Part[]);
}

function parseArgs(argv: string[]): Options {
	const options: Options = { runs: 7, build: true, national: true, parts: new Set(PARTS) };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--runs') options.runs = Number(argv[++i]);
		else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice(7));
		else if (arg === '--no-build') options.build = false;
		else if (arg === '--no-national') options.national = false;
		else if (arg === '--only') options.parts = parseParts(argv[++i]);
		else if (arg.startsWith('--only=')) options.parts = parseParts(arg.slice(7));
		else throw new Error(`Unknown option ${arg} (use --runs N, --no-build, --no-national, --only ${PARTS.join(',')})`);
	}
	if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
	return options;
}

// ---------------------------------------------------------------- in-page code

/** Installed before any page script: the bench hook and the first-chart observer. */
function benchInit(): void {
	const w = window as unknown as { __yjsBench: boolean; __bench: { chartInDom: number | null; chartFrame: number | null; fcp: number | null } };
	w.__yjsBench = true;
	const b = (w.__bench = { chartInDom: null, chartFrame: null, fcp: null } as typeof w.__bench);
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	const seen = () => {
		if (b.chartInDom !== null || !document.querySelector('[data-testid="ratings-heatmap"]')) return false;
		b.chartInDom = performance.now();
		requestAnimationFrame(() => (b.chartFrame = performance.now()));
		return true;
	};
	const observer = new MutationObserver(() => seen() && observer.disconnect());
	observer.observe(document, { childList: true, subtree: true });
}

/** A service's checkbox on /context (one of several ticked, so it can be unticked). */
const CONTEXT_SERVICE = '#context-service-thurrock';

type Action =
	| { kind: 'select'; selector: string }
	| { kind: 'click'; selector: string }
	| { kind: 'requery' }
	/** One keystroke in a text box: `text` appended and an input event sent, as typing does. */
	| { kind: 'type'; selector: string; text: string };

interface Redraw {
	/** First change to the page after the action (the chart redrawn from the rows it had). */
	firstChangeMs: number | null;
	/** Frame after the last change (the live query's answer drawn), i.e. the redraw is complete. */
	settledMs: number | null;
	/** When the live query answered, if it did. */
	liveResultMs: number | null;
}

/**
 * Runs in the page: perform the action, then watch `main` until it has been
 * quiet for `quietMs` (and the live query has answered, when one is expected).
 */
async function measureRedraw(args: { action: Action; expectLive: boolean; quietMs: number; capMs: number }): Promise<Redraw> {
	const main = document.querySelector('main')!;
	let first: number | null = null;
	let lastChange = 0;
	let settled: number | null = null;
	let t0 = 0;
	// `data-origin` says where a chart's rows came from (the build or the live database): a marker for
	// tests, not drawn. When the live answer holds the rows already drawn, only it changes, and the
	// chart was complete at the redraw before; any visible change (text, marks, attributes) counts.
	const observer = new MutationObserver((records) => {
		if (records.every((r) => r.type === 'attributes' && r.attributeName === 'data-origin')) return;
		const t = performance.now();
		first ??= t;
		lastChange = t;
		requestAnimationFrame(() => {
			if (lastChange === t) settled = performance.now();
		});
	});
	observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
	const liveAfter = () => performance.getEntriesByName('live-result').find((m) => m.startTime >= t0)?.startTime ?? null;

	t0 = performance.now();
	const { action } = args;
	if (action.kind === 'select') {
		const select = document.querySelector<HTMLSelectElement>(action.selector)!;
		select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
		select.dispatchEvent(new Event('input', { bubbles: true }));
		select.dispatchEvent(new Event('change', { bubbles: true }));
	} else if (action.kind === 'click') {
		document.querySelector<HTMLElement>(action.selector)!.click();
	} else if (action.kind === 'type') {
		const input = document.querySelector<HTMLInputElement>(action.selector)!;
		input.value += action.text;
		input.dispatchEvent(new InputEvent('input', { bubbles: true, data: action.text, inputType: 'insertText' }));
	} else {
		// Same engine, new identity: every LiveQuery on the page runs its SQL again.
		const db = (window as unknown as { __yjsDatabase: { engine: { query: unknown; close: unknown } } }).__yjsDatabase;
		const engine = db.engine;
		db.engine = { query: engine.query, close: engine.close };
	}
	// Done when the live query has answered (if one is expected) and nothing has changed for quietMs.
	// A re-query whose answer equals what is drawn changes nothing: then the answer itself ends it.
	await new Promise<void>((resolve) => {
		const tick = () => {
			const now = performance.now();
			const live = liveAfter();
			const answered = !args.expectLive || live !== null;
			const lastEvent = Math.max(lastChange, live ?? 0, t0);
			const drawn = first === null || settled !== null;
			if ((answered && drawn && now - lastEvent >= args.quietMs) || now - t0 > args.capMs) resolve();
			else setTimeout(tick, 10);
		};
		tick();
	});
	observer.disconnect();
	const live = liveAfter();
	return {
		firstChangeMs: first === null ? null : first - t0,
		settledMs: settled === null ? null : (settled as number) - t0,
		liveResultMs: live === null ? null : live - t0
	};
}

/** Runs in the page: SQL through the app's own DuckDB-WASM connection. */
async function runSql(statements: string[]): Promise<number> {
	const db = (window as unknown as { __yjsDatabase: { engine: { query: (sql: string, p?: unknown[]) => Promise<unknown[]> } } }).__yjsDatabase;
	const t0 = performance.now();
	for (const sql of statements) await db.engine.query(sql);
	return performance.now() - t0;
}

/** Runs in the page: one parameterised query, timed. */
async function timeQuery(args: { sql: string; params: (string | number)[] }): Promise<{ ms: number; rows: number }> {
	const db = (window as unknown as { __yjsDatabase: { engine: { query: (sql: string, p?: unknown[]) => Promise<unknown[]> } } }).__yjsDatabase;
	const t0 = performance.now();
	const rows = await db.engine.query(args.sql, args.params);
	return { ms: performance.now() - t0, rows: rows.length };
}

// ------------------------------------------------------- national-scale data
// The generated tables (NATIONAL_SQL, STRESS_SQL) live in scripts/lib/benchData.ts.

// ------------------------------------------------------------------- a visit

interface Visit {
	firstChartMs: number | null;
	fcpMs: number | null;
	dbReadyMs: number | null;
	/** Start-up steps (marks in src/lib/db/client.ts): wasm downloaded and compiled, engine open, data files fetched. */
	dbSteps: Record<string, number | null>;
	firstLiveResultMs: number | null;
	repeatDbReadyMs?: number | null;
	repeatFirstChartMs?: number | null;
	filter: Record<string, Redraw | null>;
	national: Record<string, Redraw | number | null>;
	/** Register pages, each a cold visit of its own (issue 16). */
	register?: RegisterVisit;
	/** /add: a report dropped on the file input, to its preview (issue 21). */
	add?: { text: AddVisit; pdf: AddVisit };
}

interface AddVisit {
	/** From the file input's change event to the frame after the preview names the service. */
	previewMs: number | null;
	/** To the frame after the whole preview is drawn (it is drawn in steps). */
	completeMs: number | null;
	/** The longest main-thread task (Long Tasks API) until the whole preview was drawn; none over 50 ms reads 0. */
	longestTaskMs: number | null;
	/** Long tasks as [start from the change event, duration] in ms, the one it was sent from included. */
	tasks: [number, number][];
}

interface RegisterVisit {
	servicesFcpMs: number | null;
	/** The services table is in the prerendered HTML: its first paint is the page's first contentful paint. */
	servicesTableMs: number | null;
	/** One keystroke in the search box ("d" then "e"), to the frame after the list is redrawn. */
	servicesKeystroke: Redraw | null;
	servicesSecondKeystroke: Redraw | null;
	/** A service without a report (Derby): first contentful paint and its first chart (the LAIT trends). */
	profileFcpMs: number | null;
	profileFirstChartMs: number | null;
}

interface FileBytes {
	url: string;
	servedGzip: number;
	raw: number;
}
interface Bytes {
	html: FileBytes[];
	firstViewJs: FileBytes[];
	firstViewCss: FileBytes[];
	databaseJs: FileBytes[];
	data: FileBytes[];
	wasm: FileBytes[];
}

/**
 * Runs in the page: resolves once the database is ready (or failed) and the first chart (or, on
 * `/services`, the table) shows a live answer. The visit waits with this, not with Playwright's locators: the first locator used
 * in a page makes Playwright evaluate its own helper script there (330 KB, about 75 ms of the main
 * thread here), which landed in the middle of the start-up being timed, before the first paint.
 */
function startUpSettled(timeoutMs: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the start-up did not settle within ${timeoutMs} ms`)), timeoutMs);
		const settled = () => {
			const failed = performance.getEntriesByName('db-failed').length > 0;
			const ready = performance.getEntriesByName('db-ready').length > 0 && document.querySelector('main [data-origin="live"]') !== null;
			if (!failed && !ready) return;
			clearTimeout(timer);
			clearInterval(poll);
			resolve();
		};
		// Polled, not observed: the marks are timestamps, so a late look changes no figure, and the
		// page does no work for the bench while it starts.
		const poll = setInterval(settled, 50);
		settled();
	});
}

async function markTime(page: Page, name: string): Promise<number | null> {
	return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
}

async function clientNavigate(page: Page, path: string): Promise<boolean> {
	const link = page.locator(`header nav a[href$="${path}"]`).first();
	if ((await link.count()) === 0) return false;
	await link.click();
	await page.waitForURL((url) => url.pathname.endsWith(path));
	// Every chart fed by a query has its live answer (none still shows the build rows), then a quiet
	// moment: a change timed while the page's own first queries are still arriving would be charged for them.
	await page.waitForFunction(
		() => document.querySelector('main [data-origin="live"]') !== null && document.querySelector('main [data-origin="build"]') === null,
		null,
		{ timeout: 60_000 }
	);
	await page.waitForTimeout(QUIET.quietMs);
	return true;
}

const QUIET = { quietMs: 300, capMs: 15_000 };

/** A client-side navigation to a page with no database-fed chart: wait for `ready` and a quiet moment. */
async function clientNavigateStatic(page: Page, path: string, ready: string): Promise<boolean> {
	const link = page.locator(`header nav a[href$="${path}"]`).first();
	if ((await link.count()) === 0) return false;
	await link.click();
	await page.waitForURL((url) => url.pathname.endsWith(path));
	await page.locator(ready).waitFor();
	await page.waitForTimeout(QUIET.quietMs);
	return true;
}

async function redraw(page: Page, action: Action, expectLive: boolean): Promise<Redraw | null> {
	if (action.kind !== 'requery' && (await page.locator(action.selector).count()) === 0) return null;
	return page.evaluate(measureRedraw, { action, expectLive, ...QUIET });
}

/** Requests the page's own resource timing cannot see (its worker's: DuckDB's script, the wasm), with their sizes. */
function watchWorkerRequests(page: Page): () => Promise<{ url: string; start: number; servedBytes: number }[]> {
	const seen: Promise<{ url: string; start: number; servedBytes: number } | null>[] = [];
	page.on('requestfinished', (request) => {
		seen.push(
			request.sizes().then(
				(sizes) => ({ url: request.url(), start: request.timing().startTime, servedBytes: sizes.responseBodySize }),
				() => null
			)
		);
	});
	return async () => (await Promise.all(seen)).filter((r) => r !== null);
}

/**
 * The database's JS, by the build's Vite manifest: the chunk of src/lib/db/client.ts with what only it
 * imports, and the two worker scripts. The page asks for them from db-prefetch on, before it has
 * hydrated, so they cannot be told from the first view's JS by time.
 */
function databaseFiles(): Set<string> {
	type Chunk = { file: string; imports?: string[]; isEntry?: boolean };
	const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;
	const closure = (keys: string[]) => {
		const seen = new Set<string>();
		const visit = (key: string) => {
			if (seen.has(key) || !manifest[key]) return;
			seen.add(key);
			for (const k of manifest[key].imports ?? []) visit(k);
		};
		keys.forEach(visit);
		return seen;
	};
	const entries = closure(Object.keys(manifest).filter((k) => manifest[k].isEntry));
	const roots = Object.keys(manifest).filter((k) => /^src\/lib\/db\/(client\.ts|engineWorker\.js)$|^node_modules\/@duckdb\/duckdb-wasm\/.*\.js$/.test(k));
	if (!roots.some((k) => k.endsWith('client.ts'))) throw new Error('the build manifest has no src/lib/db/client.ts: the bench cannot tell the database JS apart');
	return new Set([...closure(roots)].filter((k) => !entries.has(k)).map((k) => `/${manifest[k].file}`));
}

/** Size of a built file, by its URL path (the site is static). */
function builtSize(pathname: string): number {
	const file = `build${decodeURIComponent(pathname)}`;
	return existsSync(file) ? statSync(file).size : 0;
}

async function readBytes(page: Page, workerRequests: () => Promise<{ url: string; start: number; servedBytes: number }[]>): Promise<Bytes> {
	const { origin, entries } = await page.evaluate(() => {
		// The first view is what the page loads until it has hydrated and asks for the database
		// (db-start, the layout's onMount); the database's own files, fetched from db-prefetch on, are told
		// apart by name (see databaseFiles), not by time.
		const start = (performance.getEntriesByName('db-start')[0] ?? performance.getEntriesByName('db-prefetch')[0])?.startTime ?? Infinity;
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		return {
			origin: performance.timeOrigin,
			entries: [
				{ url: nav.name, start: 0, gzip: nav.encodedBodySize, raw: nav.decodedBodySize, beforeDb: true, document: true },
				...resources.map((r) => ({ url: r.name, start: r.startTime, gzip: r.encodedBodySize, raw: r.decodedBodySize, beforeDb: r.startTime < start, document: false }))
			]
		};
	});
	const known = new Set(entries.map((e) => e.url));
	for (const r of await workerRequests()) {
		if (known.has(r.url) || r.url.startsWith('data:')) continue;
		known.add(r.url);
		const pathname = new URL(r.url).pathname;
		entries.push({ url: r.url, start: r.start - origin, gzip: r.servedBytes, raw: builtSize(pathname), beforeDb: false, document: false });
	}
	const pick = (test: (e: (typeof entries)[number]) => boolean): FileBytes[] =>
		entries.filter(test).map((e) => ({ url: new URL(e.url).pathname, servedGzip: e.gzip, raw: e.raw }));
	const database = databaseFiles();
	const isJs = (e: (typeof entries)[number]) => /\.js$/.test(new URL(e.url).pathname);
	const isDatabase = (e: (typeof entries)[number]) => database.has(new URL(e.url).pathname);
	return {
		html: pick((e) => e.document),
		firstViewJs: pick((e) => e.beforeDb && isJs(e) && !isDatabase(e)),
		firstViewCss: pick((e) => e.beforeDb && /\.css$/.test(e.url)),
		databaseJs: pick((e) => isJs(e) && (isDatabase(e) || !e.beforeDb)),
		data: pick((e) => /\/data\/[^/]+\.(csv|parquet|json)$/.test(e.url)),
		wasm: pick((e) => /\.wasm$/.test(e.url))
	};
}

/** A fresh browser context (empty cache) that can run the functions this script passes into the page. */
async function coldContext(browser: Browser, base: string): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
	// tsx (esbuild keepNames) wraps named functions in __name(); the functions passed into the page need it too.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	return context;
}

/**
 * One more cold visit, untimed, before the timed ones: it counts the bytes. Counting the worker's
 * requests needs Playwright to listen to every request and ask for its sizes, which cost the
 * start-up about 70 ms (median of 10 alternating visits), so the timed visits do not listen.
 */
async function countBytes(browser: Browser, base: string): Promise<Bytes> {
	const context = await coldContext(browser, base);
	const page = await context.newPage();
	const workerRequests = watchWorkerRequests(page);
	try {
		await page.goto('/');
		await page.evaluate(startUpSettled, 120_000);
		return await readBytes(page, workerRequests);
	} finally {
		await context.close();
	}
}

/** Installed before any page script: when `selector` first appears, and the frame after it. */
function firstMarkInit(selector: string): void {
	const w = window as unknown as { __mark: { inDom: number | null; frame: number | null; fcp: number | null } };
	const b = (w.__mark = { inDom: null, frame: null, fcp: null } as typeof w.__mark);
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	const seen = () => {
		if (b.inDom !== null || !document.querySelector(selector)) return false;
		b.inDom = performance.now();
		requestAnimationFrame(() => (b.frame = performance.now()));
		return true;
	};
	const observer = new MutationObserver(() => seen() && observer.disconnect());
	observer.observe(document, { childList: true, subtree: true });
}

/** A cold visit of `path`: first contentful paint, and when `selector` was first painted. */
async function firstPaintOf(browser: Browser, base: string, path: string, selector: string): Promise<{ context: BrowserContext; page: Page; fcp: number | null; first: number | null }> {
	const context = await coldContext(browser, base);
	await context.addInitScript(firstMarkInit, selector);
	const page = await context.newPage();
	await page.goto(path);
	await page.waitForFunction(() => (window as unknown as { __mark: { frame: number | null; fcp: number | null } }).__mark.fcp !== null, null, { timeout: 60_000 });
	const m = await page.evaluate(() => (window as unknown as { __mark: { inDom: number | null; frame: number | null; fcp: number | null } }).__mark);
	const first = m.inDom === null ? null : m.fcp !== null && m.fcp >= m.inDom ? m.fcp : m.frame;
	return { context, page, fcp: m.fcp, first };
}

async function registerVisit(browser: Browser, base: string): Promise<RegisterVisit> {
	const list = await firstPaintOf(browser, base, '/services', '[data-testid="services-table"] tbody tr');
	let keystroke: Redraw | null = null;
	let second: Redraw | null = null;
	try {
		await list.page.evaluate(startUpSettled, 120_000);
		await list.page.waitForTimeout(QUIET.quietMs);
		// The list is filtered from the rows in hand: no query per keystroke.
		keystroke = await redraw(list.page, { kind: 'type', selector: '#services-search', text: 'd' }, false);
		second = await redraw(list.page, { kind: 'type', selector: '#services-search', text: 'e' }, false);
	} finally {
		await list.context.close();
	}
	const profile = await firstPaintOf(browser, base, '/services/derby', '[data-testid="profile-trends"] svg');
	await profile.context.close();
	return {
		servicesFcpMs: list.fcp,
		servicesTableMs: list.first,
		servicesKeystroke: keystroke,
		servicesSecondKeystroke: second,
		profileFcpMs: profile.fcp,
		profileFirstChartMs: profile.first
	};
}

/** Installed before /add's scripts: when a file is chosen, when the preview shows, and the long tasks. */
function addInit(): void {
	const w = window as unknown as { __add: { start: number | null; shown: number | null; complete: number | null; longTasks: { start: number; duration: number }[] } };
	const a = (w.__add = { start: null, shown: null, complete: null, longTasks: [] } as typeof w.__add);
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) a.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	document.addEventListener('change', (e) => {
		if ((e.target as Element | null)?.matches?.('[data-testid="report-file"]')) a.start = performance.now();
	}, true);
	let seen = false;
	let drawn = false;
	new MutationObserver(() => {
		if (a.start === null) return;
		if (!seen && document.querySelector('[data-testid="add-preview"] [data-testid="preview-service"]')?.textContent?.trim()) {
			seen = true;
			requestAnimationFrame(() => (a.shown = performance.now()));
		}
		// The preview is drawn in steps; its last part is the list of what could not be read.
		if (!drawn && document.querySelector('[data-testid="add-preview"] [data-testid="preview-unread"]')) {
			drawn = true;
			requestAnimationFrame(() => (a.complete = performance.now()));
		}
	}).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * A cold visit of /add: once its database has settled (so its start-up's tasks are not charged to
 * the report), `file` is given to the real file input, and the time to its preview is read.
 */
async function addVisit(browser: Browser, base: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<AddVisit> {
	const context = await coldContext(browser, base);
	await context.addInitScript(addInit);
	const page = await context.newPage();
	try {
		await page.goto('/add');
		await page.waitForFunction(() => performance.getEntriesByName('db-ready').length + performance.getEntriesByName('db-failed').length > 0, null, { timeout: 120_000 });
		// The first locator makes Playwright evaluate its own helper script in the page (a long task of
		// 50-75 ms here): used once before the timing, so the report is not charged with it.
		const input = page.locator('[data-testid="report-file"]');
		await input.waitFor({ state: 'attached' });
		await page.waitForTimeout(QUIET.quietMs);
		await input.setInputFiles(file);
		await page.waitForFunction(() => (window as unknown as { __add: { complete: number | null } }).__add.complete !== null, null, { timeout: 60_000 });
		const a = await page.evaluate(
			() => (window as unknown as { __add: { start: number; shown: number; complete: number; longTasks: { start: number; duration: number }[] } }).__add
		);
		// Every task from the file's arrival until the whole preview is drawn, its later steps included. Not
		// the task the change event was sent from: that is Playwright's own (it builds the File from the bytes
		// it was given), where a real drop is a task of the browser's; `tasks` keeps it, for the JSON.
		const during = a.longTasks.filter((t) => t.start >= a.start && t.start <= a.complete);
		// Every long task that ended after the change event, from it (ms; a negative start began before it), for the JSON.
		const tasks = a.longTasks.filter((t) => t.start + t.duration >= a.start && t.start <= a.complete).map((t) => [Math.round(t.start - a.start), Math.round(t.duration)]);
		return { previewMs: a.shown - a.start, completeMs: a.complete - a.start, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)), tasks };
	} finally {
		await context.close();
	}
}

/**
 * The largest seed report, as text and printed to PDF by Chromium (as a board member's "save as PDF"
 * would), in a type size that makes it over 40 pages: the target is a 40-page PDF.
 */
async function addFiles(browser: Browser): Promise<{ text: { name: string; mimeType: string; buffer: Buffer }; pdf: { name: string; mimeType: string; buffer: Buffer }; pdfPages: number }> {
	const text = readFileSync('data/reports/thurrock.txt', 'utf8');
	const page = await browser.newPage();
	try {
		await page.setContent('<pre style="font: 18px/1.5 monospace; white-space: pre-wrap; margin: 0"></pre>');
		await page.evaluate((t) => {
			document.querySelector('pre')!.textContent = t;
		}, text);
		const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
		const pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
		return {
			text: { name: 'thurrock.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
			pdf: { name: 'thurrock.pdf', mimeType: 'application/pdf', buffer: pdf },
			pdfPages
		};
	} finally {
		await page.close();
	}
}

/** A run without the overview's visit (`--only` left it out): its figures are missing, not zero. */
function notVisited(): Visit {
	return { firstChartMs: null, fcpMs: null, dbReadyMs: null, dbSteps: {}, firstLiveResultMs: null, filter: {}, national: {} };
}

async function visit(browser: Browser, base: string, national: boolean): Promise<Visit> {
	const context = await coldContext(browser, base);
	await context.addInitScript(benchInit);
	const page = await context.newPage();
	try {
		await page.goto('/');
		await page.evaluate(startUpSettled, 120_000);
		const status = page.locator('.db-status');
		if ((await status.getAttribute('data-status')) !== 'ready') throw new Error(`the database failed: ${await status.textContent()}`);
		const b = await page.evaluate(() => (window as unknown as { __bench: { chartInDom: number | null; chartFrame: number | null; fcp: number | null } }).__bench);
		// The first paint that can show the chart: first-contentful-paint if the chart was already parsed, else the frame after it was.
		const firstChartMs = b.chartInDom === null ? null : b.fcp !== null && b.fcp >= b.chartInDom ? b.fcp : b.chartFrame;
		const result: Visit = {
			firstChartMs,
			fcpMs: b.fcp,
			dbReadyMs: await markTime(page, 'db-ready'),
			dbSteps: Object.fromEntries(
				await Promise.all(['db-prefetch', 'db-start', 'db-wasm-compiled', 'db-engine-started', 'db-files-fetched'].map(async (m) => [m, await markTime(page, m)] as const))
			),
			firstLiveResultMs: await markTime(page, 'first-live-result'),
			filter: {},
			national: {}
		};

		// Real data: the overview's chart/table toggle, then /standards' standard and /context's measure.
		result.filter['overview: show table'] = await redraw(page, { kind: 'click', selector: 'main section[data-origin] button[data-view-toggle]' }, false);
		await redraw(page, { kind: 'click', selector: 'main section[data-origin] button[data-view-toggle]' }, false); // back to the chart
		// Another standard of the same domain is drawn from the rows in hand (the live queries ask by domain).
		if (await clientNavigate(page, '/standards'))
			result.filter['standards: change standard'] = await redraw(page, { kind: 'select', selector: '#standards-standard' }, false);
		if (await clientNavigate(page, '/context')) {
			// The measure and the years are drawn from the rows in hand; a change of services asks the database.
			result.filter['context: change measure'] = await redraw(page, { kind: 'select', selector: '#context-measure' }, false);
			result.filter['context: change first year'] = await redraw(page, { kind: 'select', selector: '#context-from' }, false);
			result.filter['context: change services'] = await redraw(page, { kind: 'click', selector: CONTEXT_SERVICE }, true);
		}
		// /findings searches its build-time index in memory: a keystroke asks no query (target: one frame).
		if (await clientNavigateStatic(page, '/findings', '#findings-q')) {
			result.filter['findings: type a first letter'] = await redraw(page, { kind: 'type', selector: '#findings-q', text: 'c' }, false);
			result.filter['findings: type "contingency" letter by letter (last letter)'] = await (async () => {
				for (const letter of 'ontingenc') await redraw(page, { kind: 'type', selector: '#findings-q', text: letter }, false);
				return redraw(page, { kind: 'type', selector: '#findings-q', text: 'y' }, false);
			})();
		}

		// A repeat visit (warm HTTP cache): the wasm is not downloaded again, but it is compiled again.
		await page.goto('/');
		await page.evaluate(startUpSettled, 120_000);
		result.repeatDbReadyMs = await markTime(page, 'db-ready');
		result.repeatFirstChartMs = await page.evaluate(() => {
			const b = (window as unknown as { __bench: { chartInDom: number | null; chartFrame: number | null; fcp: number | null } }).__bench;
			return b.chartInDom === null ? null : b.fcp !== null && b.fcp >= b.chartInDom ? b.fcp : b.chartFrame;
		});

		if (national) {
			result.national['generate 160 services (ms)'] = await page.evaluate(runSql, NATIONAL_SQL);
			result.national['overview: 480 inspections re-query'] = await redraw(page, { kind: 'requery' }, true);
			// The heatmap draws the first 40 inspections; drawing all 480 (6,240 cells) is the reader's choice.
			result.national['overview: show all 480 inspections'] = await redraw(page, { kind: 'click', selector: '[data-testid="heatmap-show-all"]' }, false);
			if (await clientNavigate(page, '/standards'))
				result.national['standards: change standard (160 services)'] = await redraw(page, { kind: 'select', selector: '#standards-standard' }, false);
			result.national['generate 1M rows (ms)'] = await page.evaluate(runSql, STRESS_SQL);
			const count = await page.evaluate(() =>
				(window as unknown as { __yjsDatabase: { engine: { query: (s: string) => Promise<{ n: number }[]> } } }).__yjsDatabase.engine.query('SELECT count(*) AS n FROM la_indicators')
			);
			result.national['la_indicators rows'] = count[0].n;
			const q: number[] = [];
			for (let i = 0; i < 5; i++) q.push((await page.evaluate(timeQuery, STRESS_QUERY)).ms);
			result.national['filter query alone at 1M rows (ms)'] = median(q);
			if (await clientNavigate(page, '/context')) {
				// The measure and years from the rows in hand; the services ask the database (the big table is probed).
				result.national['context: change measure (1M rows)'] = await redraw(page, { kind: 'select', selector: '#context-measure' }, false);
				result.national['context: change first year (1M rows)'] = await redraw(page, { kind: 'select', selector: '#context-from' }, false);
				result.national['context: change services (1M rows)'] = await redraw(page, { kind: 'click', selector: CONTEXT_SERVICE }, true);
			}
		}
		return result;
	} finally {
		await context.close();
	}
}

// ----------------------------------------------------------------- reporting

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianOf(values: (number | null | undefined)[]): number | null {
	const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	return present.length ? Math.round(median(present) * 10) / 10 : null;
}

const sum = (files: FileBytes[], key: 'servedGzip' | 'raw') => files.reduce((n, f) => n + f[key], 0);

/** gzip -6 of a file in build/, for what the server did not compress (the wasm). */
interface Row {
	metric: string;
	median: number | null;
	unit: string;
	target: string;
}

function summarise(visits: Visit[], bytes: Bytes, addPdfPages = 0) {
	const rows: Row[] = [];
	const add = (metric: string, values: (number | null | undefined)[], unit: string, target = '') =>
		rows.push({ metric, median: medianOf(values), unit, target });
	add('first chart painted', visits.map((v) => v.firstChartMs), 'ms', '≤ 300 ms');
	add('first contentful paint', visits.map((v) => v.fcpMs), 'ms');
	add('database ready', visits.map((v) => v.dbReadyMs), 'ms', '≤ 1500 ms');
	add('  worker started before hydration (db-prefetch)', visits.map((v) => v.dbSteps['db-prefetch']), 'ms');
	add('  database start requested after hydration (db-start)', visits.map((v) => v.dbSteps['db-start']), 'ms');
	add('  wasm downloaded and compiled (streaming)', visits.map((v) => v.dbSteps['db-wasm-compiled']), 'ms');
	add('  engine open', visits.map((v) => v.dbSteps['db-engine-started']), 'ms');
	add('  13 data files fetched', visits.map((v) => v.dbSteps['db-files-fetched']), 'ms');
	add('first live query result (its tables created from CSV)', visits.map((v) => v.firstLiveResultMs), 'ms');
	add('repeat visit (warm cache): first chart painted', visits.map((v) => v.repeatFirstChartMs), 'ms', '≤ 300 ms');
	add('repeat visit (warm cache): database ready', visits.map((v) => v.repeatDbReadyMs), 'ms', '≤ 1500 ms');
	add('/services: first contentful paint', visits.map((v) => v.register?.servicesFcpMs), 'ms', '≤ 300 ms');
	add('/services: list of 155 services painted', visits.map((v) => v.register?.servicesTableMs), 'ms', '≤ 300 ms');
	add('/services: search keystroke → list redrawn (settled)', visits.map((v) => v.register?.servicesKeystroke?.settledMs), 'ms', '≤ 50 ms');
	add('/services: second keystroke → list redrawn (settled)', visits.map((v) => v.register?.servicesSecondKeystroke?.settledMs), 'ms', '≤ 50 ms');
	add('/services/derby (no report): first contentful paint', visits.map((v) => v.register?.profileFcpMs), 'ms', '≤ 300 ms');
	add('/services/derby (no report): first chart painted (LAIT trends)', visits.map((v) => v.register?.profileFirstChartMs), 'ms', '≤ 300 ms');
	add('/add: thurrock.txt (120 KB) dropped → preview', visits.map((v) => v.add?.text.previewMs), 'ms', '≤ 500 ms');
	add('/add: thurrock.txt: whole preview drawn', visits.map((v) => v.add?.text.completeMs), 'ms');
	add('/add: thurrock.txt: longest main-thread task meanwhile', visits.map((v) => v.add?.text.longestTaskMs), 'ms', '≤ 50 ms');
	add(`/add: thurrock.pdf (${addPdfPages} pages, printed by Chromium) dropped → preview`, visits.map((v) => v.add?.pdf.previewMs), 'ms', '≤ 3000 ms');
	add('/add: thurrock.pdf: whole preview drawn', visits.map((v) => v.add?.pdf.completeMs), 'ms');
	add('/add: thurrock.pdf: longest main-thread task meanwhile', visits.map((v) => v.add?.pdf.longestTaskMs), 'ms', '≤ 50 ms');
	const redrawKeys = [...new Set(visits.flatMap((v) => Object.keys(v.filter)))];
	for (const key of redrawKeys) {
		add(`filter → redraw settled: ${key}`, visits.map((v) => v.filter[key]?.settledMs), 'ms', '≤ 50 ms');
		add(`filter → first redraw: ${key}`, visits.map((v) => v.filter[key]?.firstChangeMs), 'ms');
		add(`filter → live query answered: ${key}`, visits.map((v) => v.filter[key]?.liveResultMs), 'ms');
	}
	const nationalKeys = [...new Set(visits.flatMap((v) => Object.keys(v.national)))];
	for (const key of nationalKeys) {
		const values = visits.map((v) => v.national[key]);
		if (values.some((x) => typeof x === 'number')) {
			const unit = key.endsWith('rows') ? 'rows' : 'ms';
			add(`national: ${key.replace(/ \((ms)\)$/, '')}`, values.map((x) => (typeof x === 'number' ? x : null)), unit);
		} else {
			// The re-query is the overview loading at national scale (every query re-run), not a filter change.
			const target = key.includes('show all') || key.includes('re-query') ? '' : key.includes('1M') ? '≤ 150 ms' : '≤ 50 ms';
			const of = (k: keyof Redraw) => values.map((x) => (x && typeof x === 'object' ? x[k] : null));
			add(`national: ${key} (settled)`, of('settledMs'), 'ms', target);
			add(`national: ${key} (first redraw)`, of('firstChangeMs'), 'ms');
			add(`national: ${key} (live query answered)`, of('liveResultMs'), 'ms');
		}
	}
	const kb = (n: number) => Math.round(n / 102.4) / 10;
	const bytesRow = (metric: string, files: FileBytes[], target = '') => {
		rows.push({ metric: `${metric}, gzip as served`, median: kb(sum(files, 'servedGzip')), unit: 'KB', target });
		rows.push({ metric: `${metric}, uncompressed`, median: kb(sum(files, 'raw')), unit: 'KB', target: '' });
	};
	bytesRow('first view HTML', bytes.html);
	bytesRow('first view JS', bytes.firstViewJs, '< 150 KB');
	bytesRow('first view CSS', bytes.firstViewCss);
	bytesRow('database JS (after first view)', bytes.databaseJs);
	bytesRow('data files', bytes.data);
	bytesRow('wasm (brotli, precompressed at build)', bytes.wasm);
	return { rows, bytes };
}

function printTable(rows: Row[]): void {
	const w = Math.max(...rows.map((r) => r.metric.length));
	console.log(`\n${'metric'.padEnd(w)}  ${'median'.padStart(10)}  unit  target`);
	for (const r of rows) console.log(`${r.metric.padEnd(w)}  ${(r.median === null ? '—' : String(r.median)).padStart(10)}  ${r.unit.padEnd(4)}  ${r.target}`);
}

// ---------------------------------------------------------------------- main

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	let buildMs: number | null = null;
	if (options.build) {
		// `npm run build` with every page (155 service pages since issue 16): data, then vite build and prerender.
		const started = performance.now();
		const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (built.status !== 0) throw new Error('npm run build failed');
		buildMs = performance.now() - started;
	}
	if (!existsSync('build/index.html')) throw new Error("No production build in build/: run 'npm run build' or drop --no-build.");
	const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install it or set CHROMIUM_PATH.`);

	const server = await preview({ preview: { port: 4273, strictPort: false, open: false }, logLevel: 'error' });
	const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://localhost:4273';
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	const loadBefore = loadavg()[0];
	const visits: Visit[] = [];
	let bytes: Bytes;
	let addPdfPages = 0;
	try {
		bytes = await countBytes(browser, base);
		const { parts } = options;
		const files = parts.has('add') ? await addFiles(browser) : null;
		addPdfPages = files?.pdfPages ?? 0;
		for (let i = 0; i < options.runs; i++) {
			const v = parts.has('overview') ? await visit(browser, base, options.national) : notVisited();
			if (parts.has('register')) v.register = await registerVisit(browser, base);
			if (files) v.add = { text: await addVisit(browser, base, files.text), pdf: await addVisit(browser, base, files.pdf) };
			visits.push(v);
			const tasks = (t: AddVisit) => `longest task ${t.longestTaskMs?.toFixed(0)} ms; long tasks [start, ms]: ${JSON.stringify(t.tasks)}`;
			const add = v.add ? `; /add: txt ${v.add.text.previewMs?.toFixed(0)} ms (${tasks(v.add.text)}), pdf ${v.add.pdf.previewMs?.toFixed(0)} ms (${tasks(v.add.pdf)})` : '';
			console.error(`run ${i + 1}/${options.runs}: first chart ${v.firstChartMs?.toFixed(0)} ms, database ready ${v.dbReadyMs?.toFixed(0)} ms${add}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}

	const { rows } = summarise(visits, bytes, addPdfPages);
	const pages = spawnSync('find', ['build', '-name', '*.html'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
	rows.unshift({ metric: `npm run build, all ${pages} pages (one run; --no-build skips it)`, median: buildMs === null ? null : Math.round(buildMs), unit: 'ms', target: 'practical for CI' });
	const results = {
		runs: visits.length,
		when: new Date().toISOString(),
		machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage1m: { before: loadBefore, after: loadavg()[0] } },
		chromium: chromiumPath,
		medians: Object.fromEntries(rows.map((r) => [r.metric, { value: r.median, unit: r.unit, target: r.target || undefined }])),
		firstVisitFiles: bytes,
		visits
	};
	// With --only, the parts left out have no figures: their rows are not printed (they stay in the JSON).
	printTable(options.parts.size < PARTS.length ? rows.filter((r) => r.median !== null) : rows);
	console.log(`\nruns: ${visits.length}; machine: ${results.machine.cpus} CPUs, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
	console.log(JSON.stringify({ runs: results.runs, machine: results.machine, medians: results.medians }, null, 2));
	mkdirSync('.bench', { recursive: true });
	writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
	console.log('\nwrote .bench/results.json');
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});

