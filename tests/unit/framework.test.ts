import { describe, expect, it } from 'vitest';
import { ratingForKeyQuestionPct, ratingForScore, parseRating, STANDARDS, SCORED_STANDARDS } from '../../src/lib/framework';

describe('framework', () => {
	it('has 12 scored standards and 4.1 unscored', () => {
		expect(SCORED_STANDARDS).toHaveLength(12);
		expect(STANDARDS.find((s) => s.code === '4.1')?.inScore).toBe(false);
	});
	it('bands scores at the published boundaries', () => {
		expect([0, 6, 7, 18, 19, 30, 31, 36].map(ratingForScore)).toEqual([
			'Inadequate', 'Inadequate', 'Requires improvement', 'Requires improvement', 'Good', 'Good', 'Outstanding', 'Outstanding'
		]);
		expect(ratingForScore(37)).toBeNull();
		expect(ratingForScore(12.5)).toBeNull();
	});
	it('bands key-question percentages at 50, 65 and 80', () => {
		expect([49.9, 50, 64, 65, 79, 80, 100].map(ratingForKeyQuestionPct)).toEqual([
			'Inadequate', 'Requires improvement', 'Requires improvement', 'Good', 'Good', 'Outstanding', 'Outstanding'
		]);
	});
	it('reads ratings in any case and spacing', () => {
		expect(parseRating(' Requires  Improvement ')).toBe('Requires improvement');
		expect(parseRating('Rating')).toBeNull();
	});
});
