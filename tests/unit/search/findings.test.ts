import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { FINDINGS_INDEX_SQL, type FindingsIndexRow } from '../../../src/lib/db/queries/findings';
import { buildIndex, fold, highlight, inSelection, placeLabel, resultSummary, searchFindings, terms, visibleResults, type IndexEntry } from '../../../src/lib/search/findings';
import { findingsDefaults, type FindingsState } from '../../../src/lib/state/views/findings';
import { parseQuery } from '../../../src/lib/state/params';
import { findingsSpec } from '../../../src/lib/state/views/findings';

const SERVICES = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
let index: IndexEntry[];
beforeAll(async () => {
	const db = await buildDatabase();
	index = buildIndex(await db.query<FindingsIndexRow>(FINDINGS_INDEX_SQL));
});
const state = (changes: Partial<FindingsState>): FindingsState => ({ ...findingsDefaults({ serviceIds: SERVICES }), ...changes });
const lines = (entries: readonly IndexEntry[], service: string) => entries.filter((e) => e.service_id === service).map((e) => e.source.split(':').pop());

describe('search over every finding', () => {
	it('indexes every finding: prose, bullets and recommendations of all five reports', () => {
		expect(new Set(index.map((e) => e.service_id))).toEqual(new Set(SERVICES));
		expect(new Set(index.map((e) => e.kind))).toEqual(new Set(['narrative', 'strength', 'improvement', 'recommendation']));
		expect(index.every((e) => e.folded.length === e.text.length)).toBe(true);
	});

	it('"contingency" finds Suffolk\'s 2.2 paragraphs (suffolk.txt:450, 452) and Thurrock\'s passages, with their lines', () => {
		const { matches } = searchFindings(index, state({ q: 'contingency' }));
		expect(lines(matches, 'suffolk')).toEqual(expect.arrayContaining(['450', '452', '556']));
		// Thurrock's areas for improvement (725, 929) and prose on planning (800, 812, 1003, 1019); the executive summary is not indexed twice.
		expect(lines(matches, 'thurrock')).toEqual(expect.arrayContaining(['725', '800', '812', '929', '1003', '1019']));
		expect(matches.every((m) => m.folded.includes('contingency'))).toBe(true);
	});

	it('all words must appear, in any case; a quoted phrase must appear as written', () => {
		const both = searchFindings(index, state({ q: 'Contingency VICTIMS' })).matches;
		expect(both.length).toBeGreaterThan(0);
		expect(both.every((m) => m.folded.includes('contingency') && m.folded.includes('victims'))).toBe(true);
		const phrase = searchFindings(index, state({ q: '"contingency planning was"' })).matches;
		expect(phrase.map((m) => m.source)).toEqual(expect.arrayContaining(['data/reports/suffolk.txt:452', 'data/reports/thurrock.txt:1019']));
		expect(phrase.every((m) => m.folded.includes('contingency planning was'))).toBe(true);
	});

	it('filters by standard or domain, kind and service', () => {
		const planning = searchFindings(index, state({ q: 'contingency', in: '2.2' })).matches;
		expect(new Set(planning.map((m) => m.standard_code))).toEqual(new Set(['2.2']));
		const domain = searchFindings(index, state({ q: 'contingency', in: '2' })).matches;
		expect(domain.every((m) => m.standard_code?.split('.')[0] === '2')).toBe(true);
		expect(domain.length).toBeGreaterThan(planning.length);
		const improvements = searchFindings(index, state({ q: 'contingency', kind: ['improvement'], services: ['thurrock'] })).matches;
		expect(improvements.map((m) => m.source)).toEqual(['data/reports/thurrock.txt:725', 'data/reports/thurrock.txt:929']);
		const recs = searchFindings(index, state({ kind: ['recommendation'], in: 'all' })).matches;
		expect(recs).toHaveLength(32);
		expect(searchFindings(index, state({ kind: ['recommendation'], in: '2' })).matches).toHaveLength(0);
	});

	it('highlights every occurrence in the text as printed, as plain text segments', () => {
		const [first] = visibleResults(searchFindings(index, state({ q: 'contingency', services: ['suffolk'], in: '2.2' })), 1);
		expect(first.entry.source).toBe('data/reports/suffolk.txt:450');
		expect(first.segments.map((s) => s.text).join('')).toBe(first.entry.text);
		expect(first.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['contingency', 'contingency']);
		expect(highlight('Contingency <b>', fold('Contingency <b>'), terms('contingency <b>'))).toEqual([
			{ text: 'Contingency', hit: true },
			{ text: ' ', hit: false },
			{ text: '<b>', hit: true }
		]);
	});

	it('folds case and accents without moving a character', () => {
		expect(fold('Café ÉTÉ')).toBe('cafe ete');
		expect(terms('  "Risk of  harm"  risk Risk ')).toEqual(['risk of harm', 'risk']);
		expect(inSelection(null, 'all')).toBe(true);
		expect(inSelection(null, '2')).toBe(false);
		expect(inSelection('2.2', '2')).toBe(true);
		expect(inSelection('2', '2.2')).toBe(false);
	});

	it('says what was found in words', () => {
		const result = searchFindings(index, state({ q: 'contingency', kind: ['improvement'], services: ['thurrock'] }));
		expect(resultSummary(result, 'contingency')).toBe('2 passages from 1 service match “contingency”: 2 areas for improvement.');
		expect(resultSummary(searchFindings(index, state({ q: 'zzzz' })), 'zzzz')).toBe('No passage matches “zzzz” with these filters.');
		expect(placeLabel({ standard_code: '2', kind: 'strength', number: null })).toBe('Domain 2: Court disposals');
		expect(placeLabel({ standard_code: null, kind: 'recommendation', number: 3 })).toBe('Recommendation 3');
	});
});

describe('the search in the URL', () => {
	it('keeps free text as text: control characters dropped, cut to 100 characters with a notice', () => {
		const spec = findingsSpec({ serviceIds: SERVICES });
		expect(parseQuery('q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', spec).chosen.q).toBe('<script>alert(1)</script>');
		expect(parseQuery('q=a%00b%0Ac', spec).chosen.q).toBe('a b c');
		const long = parseQuery(`q=${'x'.repeat(150)}`, spec);
		expect(long.chosen.q).toHaveLength(100);
		expect(long.notices).toEqual(['The search was cut to 100 characters']);
		expect(parseQuery('in=9.9&kind=nope', spec).notices).toEqual(["Unknown standard or domain '9.9' ignored", "Unknown kind of finding 'nope' ignored"]);
	});
});
