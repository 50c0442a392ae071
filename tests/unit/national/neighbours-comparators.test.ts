import { describe, expect, it } from 'vitest';
import { normaliseCloseness, tidyNeighbours } from '../../../src/lib/national/neighbours';
import { parseRatingCounts, tidyComparators } from '../../../src/lib/national/comparators';
import { formatCsv, parseCsv } from '../../../src/lib/national/csv';

describe('statistical neighbours', () => {
	it('normalises closeness case only', () => {
		expect(['Very Close', 'Very close', 'Extremely Close', 'Not close'].map(normaliseCloseness)).toEqual(['Very close', 'Very close', 'Extremely close', 'Not close']);
	});
	it('types numbers, adds the source and rejects duplicate ranks', () => {
		const r = { la_number: '301', la_name: 'Barking and Dagenham', region: 'London (Outer)', rank: '1', neighbour_la_number: '308', neighbour_la_name: 'Enfield', closeness: 'Close' };
		const [out] = tidyNeighbours([r]);
		expect(out).toMatchObject({ la_number: 301, rank: 1, neighbour_la_number: 308, closeness: 'Close' });
		expect(out.source).toMatch(/statistical neighbours, May 2025/);
		expect(() => tidyNeighbours([r, r])).toThrow(/Duplicate/);
	});
});

describe('national comparators', () => {
	it('splits rating counts into one row each', () => {
		expect(parseRatingCounts('1 Outstanding; 6 Good; 8 RI; 1 Inadequate')).toEqual([
			{ rating: 'Outstanding', count: 1 }, { rating: 'Good', count: 6 }, { rating: 'Requires improvement', count: 8 }, { rating: 'Inadequate', count: 1 }
		]);
		expect(parseRatingCounts('about 8,100')).toBeNull();
		const rows = tidyComparators([
			{ measure: 'HMIP youth inspections 2019/20 outcome counts', period: '2019/20', geography: '16 services', value: '1 Outstanding; 6 Good', unit: 'services', source_url: 'https://example.org/yar2020', notes: '' },
			{ measure: 'First time entrants (count)', period: 'year ending Mar 2025', geography: 'England and Wales', value: '8,100', unit: 'children', source_url: 'https://example.org/yjs', notes: 'just over 8,100' }
		]);
		expect(rows.map((r) => [r.measure, r.value, r.trust])).toEqual([
			['HMIP youth inspections rated Outstanding (count)', 1, 'medium'],
			['HMIP youth inspections rated Good (count)', 6, 'medium'],
			['First time entrants (count)', 8100, 'medium']
		]);
		expect(rows[2].source).toContain('https://example.org/yjs');
	});
	it('rejects a value it cannot read', () => {
		expect(() => tidyComparators([{ measure: 'x', period: '', geography: '', value: 'lots', unit: '', source_url: 'u', notes: '' }])).toThrow(/cannot read/);
	});
});

describe('csv helpers', () => {
	it('reads BOM and CRLF input', () => {
		expect(parseCsv('\uFEFFa,b\r\n1,"x, y"\r\n')).toEqual([{ a: '1', b: 'x, y' }]);
	});
	it('writes missing as empty, quotes per RFC 4180, and rejects unknown keys', () => {
		const text = formatCsv([{ a: null, b: 'say "hi", ok', c: false, d: 0 }], ['a', 'b', 'c', 'd']);
		expect(text).toBe('a,b,c,d\n,"say ""hi"", ok",false,0\n');
		expect(() => formatCsv([{ a: 1, z: 2 }] as Array<{ a: number; z: number }>, ['a'])).toThrow(/not in the output/);
	});
});
