import { describe, expect, it } from 'vitest';
import { downloadName, servicesName } from '../../../src/lib/charts/export/filename';

describe('downloadName', () => {
	it('names the chart and its state', () => {
		expect(downloadName('key-questions', '2.2', 'Planning', ...servicesName(['east-sussex', 'suffolk'], ['east-sussex', 'hartlepool', 'suffolk']))).toBe(
			'key-questions-2.2-planning-east-sussex-suffolk'
		);
		expect(downloadName('trends', 'reoffending-15-17', 2018, 2024, false, null, 'Hartlepool')).toBe('trends-reoffending-15-17-2018-2024-hartlepool');
		expect(downloadName('compare-scores', 'hmip:bromleyyjs', 'la:883')).toBe('compare-scores-hmip-bromleyyjs-la-883');
		expect(downloadName('ratings-domain', '2', 'Court disposals / "Out-of-court" <x>')).toBe('ratings-domain-2-court-disposals-out-of-court-x');
	});

	it('says all-services when every service is chosen, and cuts a long name at a hyphen', () => {
		expect(servicesName(['a', 'b'], ['b', 'a'])).toEqual(['all-services']);
		const long = downloadName('compare-scores', ...Array.from({ length: 30 }, (_, i) => `service-${i}`));
		expect(long.length).toBeLessThanOrEqual(120);
		expect(long).toMatch(/^compare-scores-service-0-service-1-.*-service-\d+$/);
	});
});
