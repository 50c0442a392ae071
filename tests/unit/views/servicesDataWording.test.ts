/** The English of /services and /data, on their own. */
import { describe, expect, it } from 'vitest';
import { countWords, filterLabel, SORT_LABELS } from '../../../src/lib/views/services/wording';
import { builtWords, rowsWords, sizeWords } from '../../../src/lib/views/data/wording';

describe('/services wording', () => {
	it('counts the services shown, with the search', () => {
		expect(countWords(155, 155, '')).toBe('All 155 services');
		expect(countWords(2, 155, 'derby')).toBe('2 of 155 services matching “derby”, best matches first');
	});
	it('names filter values and sorts in words', () => {
		expect(filterLabel('all')).toBe('All');
		expect(filterLabel('none')).toBe('No inspection on record');
		expect(filterLabel('youth-2025')).toBe('2025 framework');
		expect(filterLabel('Wales')).toBe('Wales');
		expect(SORT_LABELS.rating).toBe('Rating, best first');
	});
});

describe('/data wording', () => {
	it('words the build date, sizes and rows', () => {
		expect(builtWords('2026-12-05T11:00:00Z')).toBe('5 December 2026');
		expect(sizeWords(null)).toBe('');
		expect(sizeWords(2048)).toBe(' (2 KB)');
		expect(rowsWords(1)).toBe('1 row');
		expect(rowsWords(1234)).toBe('1,234 rows');
	});
});
