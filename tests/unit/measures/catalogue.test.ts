/**
 * The measures catalogue is the one place a LAIT measure is named: every
 * measure the import writes to la_indicators has exactly one entry, and every
 * LAIT entry names the LAIT code its rows cite. ARCHITECTURE.md's recipe "Add a
 * LAIT measure" ends here: import it, add its entry, and this test agrees.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { MEASURES, measuresFor } from '../../../src/lib/measures/catalogue';
import { LA_MEASURES } from '../../../src/lib/measures/laMeasures';

const rows = csvParse(readFileSync('data/national/la_indicators.csv', 'utf8'));
const inData = [...new Set(rows.map((r) => r.measure!))].sort();
const lait = MEASURES.filter((m) => m.source === 'lait');

describe('measures catalogue', () => {
	it('has one entry for every LAIT measure in la_indicators, and no LAIT entry without rows', () => {
		expect(lait.map((m) => m.id).sort()).toEqual(inData);
		expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
		expect(new Set(MEASURES.map((m) => m.param)).size).toBe(MEASURES.length);
	});

	it("names the LAIT code each measure's rows cite", () => {
		for (const m of lait) {
			const sources = new Set(rows.filter((r) => r.measure === m.id).map((r) => r.source));
			expect([...sources], m.id).toEqual([expect.stringContaining(`measure ${m.sourceCode}`)]);
		}
	});

	it('gives the context and peers views their measures from the catalogue, with polarity', () => {
		expect(LA_MEASURES.map((m) => m.id)).toEqual(measuresFor('context').map((m) => m.id));
		const polarity = Object.fromEntries(MEASURES.map((m) => [m.id, m.polarity]));
		expect(polarity.first_time_entrant_rate).toBe('lower_is_better');
		expect(polarity.reoffending_rate_15_17).toBe('lower_is_better');
		expect(polarity.youth_justice_spend).toBe('neither');
		expect(polarity.demographic_share).toBe('neither');
	});
});
