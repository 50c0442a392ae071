/** Citations to report lines as links into the source viewer (`/sources/<report>#L<line>`). */
import { describe, expect, it } from 'vitest';
import { externalUrl, lineId, parseCitation, sourceHref, sourceLabel, sourcePagePath } from '../../src/lib/components/sourceLink';

describe('sourceLink', () => {
	it('links a report line to its line on the source page', () => {
		expect(parseCitation('data/reports/west-sussex.txt:74')).toEqual({ report: 'west-sussex', line: 74 });
		expect(sourceHref('data/reports/west-sussex.txt:74')).toBe('/sources/west-sussex#L74');
		expect(sourceHref('data/reports/suffolk.txt:97', '/dash')).toBe('/dash/sources/suffolk#L97');
		expect(sourceLabel('data/reports/suffolk.txt:97')).toBe('suffolk.txt:97');
		expect(sourcePagePath('thurrock')).toBe('/sources/thurrock');
		expect(lineId(12)).toBe('L12');
	});

	it('refuses anything that is not a report line', () => {
		for (const s of [
			null,
			undefined,
			'',
			'DfE LAIT bds_long_0.parquet @2e30e39, measure FirstYJS',
			'data/reports/west-sussex.txt',
			'data/reports/west-sussex.txt:0',
			'data/reports/../secrets.txt:3',
			'data/reports/West Sussex.txt:3',
			'data/reports/x.txt:12abc',
			'javascript:alert(1)'
		]) {
			expect(sourceHref(s), String(s)).toBeNull();
		}
		expect(sourceLabel('DfE LAIT')).toBe('DfE LAIT');
	});

	it('finds a web address in a non-report source', () => {
		expect(
			externalUrl('https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2021/07/brightonandhoveyos (HMIP press release; via x.csv)')
		).toBe('https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2021/07/brightonandhoveyos');
		expect(externalUrl('hmip_yjs_overall_scores_2021_2025.csv (data-to-insight scrape)')).toBeNull();
	});
});
