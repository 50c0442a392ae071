import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowsToCsv } from '../../src/lib/charts/export/csv';
import { cellText, isMissing, type TableColumn } from '../../src/lib/charts/export/columns';
import { svgExport, svgForExport, sourceLine } from '../../src/lib/charts/export/svg';
import { wrapText } from '../../src/lib/components/chart/layout';
import { download } from '../../src/lib/charts/export/download';

describe('rowsToCsv', () => {
	const columns: TableColumn[] = [
		{ key: 'name', label: 'Service, area' },
		{ key: 'pct', label: 'Share "met"', numeric: true, format: (v) => `${Number(v) * 100}%` },
		{ key: 'note', label: 'Note' }
	];

	it('writes labels as the header and quotes commas, quotes and line breaks (RFC 4180, CRLF)', () => {
		const csv = rowsToCsv(columns, [{ name: 'Hartlepool, North East', pct: 0.5, note: 'said "good"\nthen more' }]);
		expect(csv).toBe('"Service, area","Share ""met""",Note\r\n"Hartlepool, North East",0.5,"said ""good""\nthen more"\r\n');
	});

	it('leaves missing values empty, keeps 0, and never applies the display format', () => {
		const csv = rowsToCsv(columns, [
			{ name: 'A', pct: null, note: undefined },
			{ name: 'B', pct: 0, note: '' },
			{ name: 'C', pct: Number.NaN },
			{ name: 'D', pct: 0.125, note: 'x' }
		]);
		expect(csv.split('\r\n')).toEqual(['"Service, area","Share ""met""",Note', 'A,,', 'B,0,', 'C,,', 'D,0.125,x', '']);
	});

	it('writes only the header when there are no rows', () => {
		expect(rowsToCsv(columns, [])).toBe('"Service, area","Share ""met""",Note\r\n');
	});
});

describe('table cells', () => {
	it('treat null, undefined, empty text and NaN as missing, but not 0 or false', () => {
		expect([null, undefined, '', Number.NaN].map(isMissing)).toEqual([true, true, true, true]);
		expect([0, false, '0'].map(isMissing)).toEqual([false, false, false]);
	});

	it('show "Not reported" or the column\u2019s own wording for a missing value, the format otherwise', () => {
		const pct: TableColumn = { key: 'v', label: 'V', format: (v) => `${v}%` };
		expect(cellText(pct, { v: null })).toBe('Not reported');
		expect(cellText(pct, { v: 0 })).toBe('0%');
		expect(cellText({ key: 'v', label: 'V', missing: 'Not rated in this inspection' }, {})).toBe('Not rated in this inspection');
	});
});

describe('svgForExport', () => {
	function chart(): SVGSVGElement {
		document.body.innerHTML = `
			<style>.bar { fill: rgb(31, 95, 153); } .label { font-size: 13px; }</style>
			<svg id="c" viewBox="0 0 300 100" width="300" class="live" role="group" aria-labelledby="page-title">
				<rect class="bar" x="0" y="0" width="50" height="20" tabindex="0"></rect>
				<text class="label" x="10" y="50">Suffolk &amp; Thurrock</text>
				<g style="display: none"><text>focus ring</text></g>
			</svg>`;
		return document.getElementById('c') as unknown as SVGSVGElement;
	}

	it('adds the title on top and the note and sources at the bottom of a standalone file', () => {
		const svg = svgForExport(chart(), {
			title: 'Suffolk scores lowest',
			note: 'Inspections 2020-2024',
			sources: [{ label: 'suffolk.txt:97', href: '/sources/suffolk#L97' }, { label: 'YJB release', href: 'https://www.gov.uk/x' }]
		});
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const root = doc.documentElement;
		expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		// Each text block is wrapped into <tspan> lines: read them back as one line.
		const texts = [...root.children]
			.filter((e) => e.tagName.toLowerCase() === 'text')
			.map((t) => [...t.children].map((line) => line.textContent).join(' '));
		expect(texts[0]).toBe('Suffolk scores lowest');
		expect(texts[1]).toContain('Inspections 2020-2024');
		expect(texts[1]).toContain('Source: suffolk.txt:97; YJB release (https://www.gov.uk/x)');
		expect(svg).toContain('Suffolk &amp; Thurrock');
	});

	it('inlines the computed colours and fonts, drops hidden parts and page-only attributes', () => {
		const svg = svgForExport(chart(), { title: 'T' });
		expect(svg).toMatch(/<rect[^>]*style="[^"]*fill:\s*rgb\(31, 95, 153\)/);
		expect(svg).toMatch(/<text[^>]*style="[^"]*font-size:\s*13px/);
		expect(svg).not.toContain('focus ring');
		expect(svg).not.toContain('tabindex');
		expect(svg).not.toContain('class=');
		expect(svg).not.toContain('aria-labelledby');
	});

	it('centres a chart narrower than the minimum file width', () => {
		const out = svgExport(chart(), { title: 'T' });
		const nested = new DOMParser().parseFromString(out.svg, 'image/svg+xml').documentElement.querySelector('svg');
		expect(out.width).toBe(480);
		expect(nested?.getAttribute('width')).toBe('300');
		expect(nested?.getAttribute('x')).toBe('90');
	});

	it('scales the chart to the requested width and reports the file size', () => {
		const out = svgExport(chart(), { title: 'T', width: 600 });
		const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
		const nested = doc.documentElement.querySelector('svg');
		expect(out.width).toBe(600);
		expect(nested?.getAttribute('width')).toBe('600');
		expect(nested?.getAttribute('height')).toBe('200');
		expect(nested?.getAttribute('viewBox')).toBe('0 0 300 100');
		expect(out.height).toBeGreaterThan(200);
		expect(doc.documentElement.getAttribute('height')).toBe(String(out.height));
	});

	it('does not change the chart on the page', () => {
		const live = chart();
		const before = live.outerHTML;
		svgForExport(live, { title: 'T', sources: [{ label: 'S' }] });
		expect(live.outerHTML).toBe(before);
	});
});

describe('export text helpers', () => {
	it('wraps words to the width and keeps every word', () => {
		expect(wrapText('Suffolk scores lowest of the five services', 16)).toEqual(['Suffolk scores', 'lowest of the', 'five services']);
		expect(wrapText('', 10)).toEqual([]);
	});
	it('writes no source line without sources', () => {
		expect(sourceLine([])).toBe('');
		expect(sourceLine([{ label: 'A' }, { label: 'B', href: '/relative' }])).toBe('Source: A; B');
	});
});

describe('download', () => {
	afterEach(() => vi.restoreAllMocks());

	it('clicks a temporary <a download> with a Blob URL, removes it and revokes the URL later', () => {
		vi.useFakeTimers();
		const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		const clicked: { download: string; href: string; attached: boolean }[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			clicked.push({ download: this.download, href: this.href, attached: this.isConnected });
		});
		const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });
		download('ratings-heatmap.csv', blob);
		expect(create).toHaveBeenCalledWith(blob);
		expect(clicked).toEqual([{ download: 'ratings-heatmap.csv', href: 'blob:test/1', attached: true }]);
		expect(document.querySelector('a[download]')).toBeNull();
		expect(revoke).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:test/1');
		vi.useRealTimers();
	});
});
