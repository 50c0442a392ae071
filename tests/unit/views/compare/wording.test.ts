/**
 * The compare view's English on its own, from hand-made figures: the score
 * chart's and the standards grid's findings, ties, missing scores and the
 * side-by-side heading.
 */
import { describe, expect, it } from 'vitest';
import { STANDARDS, type Rating } from '../../../../src/lib/framework';
import type { ScoreBar, StandardSpread, StandardsRow } from '../../../../src/lib/views/compare/model';
import type { CompareEntity } from '../../../../src/lib/views/compare/catalogue';
import {
	compareSummary,
	compareTitle,
	domainOf,
	scoresSummary,
	scoresTitle,
	standardsSummary,
	standardsTitle
} from '../../../../src/lib/views/compare/wording';

const bar = (name: string, score: number | null, rating: Rating | null, missingReason: string | null = null): ScoreBar => ({
	entityId: name.toLowerCase(),
	name,
	score,
	rating,
	missingReason,
	source: null
});

const standardsRow = (name: string, ratings: Record<string, Rating>): StandardsRow => {
	const cells = STANDARDS.map((s) => ({ code: s.code, name: s.name, rating: ratings[s.code] ?? null, source: null }));
	return { entityId: name.toLowerCase(), name, hasRatings: cells.some((c) => c.rating), cells };
};

const entity = (columnLabel: string, accessibleName = columnLabel) => ({ columnLabel, accessibleName }) as CompareEntity;

describe('score chart wording', () => {
	it('names the highest and lowest with their ratings', () => {
		const bars = [bar('A', 26, 'Good'), bar('B', 9, 'Requires improvement'), bar('C', 20, null)];
		expect(scoresTitle(3, bars)).toBe('A scores highest, 26/36 (Good); B lowest, 9/36 (Requires improvement)');
	});

	it('names every column tied for the highest score', () => {
		expect(scoresTitle(3, [bar('A', 26, 'Good'), bar('B', 26, 'Good'), bar('C', 9, null)])).toBe('A and B score highest, 26/36 (Good); C lowest, 9/36');
	});

	it('says when all score the same, when one or none has a score, and when nothing is chosen', () => {
		expect(scoresTitle(2, [bar('A', 20, 'Good'), bar('B', 20, 'Good')])).toBe('The chosen services all score 20/36');
		expect(scoresTitle(2, [bar('A', 20, 'Good'), bar('B', null, null, 'Not reported')])).toBe('Only A has a score out of 36: 20/36 (Good)');
		expect(scoresTitle(1, [bar('B', null, null, 'Not reported')])).toBe('None of the chosen columns has a score out of 36');
		expect(scoresTitle(0, [])).toBe('No service chosen');
	});

	it('gives each column its score, or why it has none, in the summary', () => {
		const bars = [bar('A', 20, 'Good'), bar('L', null, null, 'Not reported: a local authority, not an inspection')];
		expect(scoresSummary(bars)).toBe('A: 20/36, Good. L: Not reported: a local authority, not an inspection.');
	});
});

describe('standards grid wording', () => {
	const a = standardsRow('A', { '1.1': 'Outstanding', '1.2': 'Good' });
	const b = standardsRow('B', { '1.1': 'Inadequate', '1.2': 'Good' });
	const spread = (code: string, hi: StandardsRow, lo: StandardsRow, gap: number): StandardSpread => ({
		code,
		name: STANDARDS.find((s) => s.code === code)!.name,
		hi,
		lo,
		gap
	});

	it('names the one standard with the widest gap, with its domain', () => {
		expect(standardsTitle([a, b], ['1.1'], [spread('1.1', a, b, 3)])).toBe(
			`Rated differently on 1 of ${STANDARDS.length} standards; widest gap on 1.1 Governance and leadership (${domainOf('1.1')}): A Outstanding, B Inadequate`
		);
	});

	it('lists every standard tied for the widest gap', () => {
		expect(standardsTitle([a, b], ['1.1', '1.2'], [spread('1.1', a, b, 1), spread('1.2', a, b, 1)])).toMatch(
			/; widest gap, 1 point, on 2 standards: 1\.1 Governance and leadership and 1\.2 /
		);
	});

	it('says when fewer than two columns are rated or none differ', () => {
		const none = standardsRow('N', {});
		expect(standardsTitle([], [], [])).toBe('None of the chosen columns has standard ratings (inspection reports only)');
		expect(standardsTitle([a], [], [])).toBe('Only A has standard ratings among the chosen columns');
		expect(standardsTitle([a, a], [], [])).toBe('The chosen services are rated the same on every standard they share');
		expect(standardsSummary([a, none])).toBe(`A: 1 Outstanding, 1 Good, ${STANDARDS.length - 2} not rated. N: Not reported (no standard ratings).`);
	});
});

describe('side-by-side heading', () => {
	it('asks for two or more, then names the columns and the number of measures', () => {
		expect(compareTitle([], 0)).toBe('Choose two or more services to compare');
		expect(compareTitle([entity('A')], 5)).toBe('A on its own: choose at least one more to compare');
		expect(compareTitle([entity('A'), entity('B'), entity('C')], 40)).toBe('A, B and C side by side on 40 measures');
		expect(compareSummary([])).toBe('Nothing chosen yet.');
		expect(compareSummary([entity('A', 'A (report)')])).toBe('Columns: A (report). A measure a column does not have reads "Not reported".');
	});
});
