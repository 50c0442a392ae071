/**
 * A chart's SVG as a file that stands alone: a clone of the chart with the
 * computed styles that matter inlined (the page's stylesheet is not in the
 * file), the chart's title above it and its note and "Source: …" line below,
 * on a white background.
 *
 * Needs a DOM (the chart element and its computed styles) but changes nothing
 * on the page: it works on a clone and returns a string.
 */
import { wrapText } from '../../components/chart/layout';

export interface ExportSource {
	label: string;
	href?: string;
}

export interface SvgExportOptions {
	/** Printed at the top of the file. */
	title: string;
	/** Printed at the bottom as "Source: a; b". Absolute http(s) links are shown after their label. */
	sources?: readonly ExportSource[];
	/** Comparator and period, printed above the sources. */
	note?: string | null;
	/** Width of the chart in px; it is scaled to it. Default: the chart's own width. The file is at least 480 px wide. */
	width?: number;
}

export interface SvgExport {
	svg: string;
	width: number;
	height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const TITLE_SIZE = 16;
const TITLE_LINE = 20;
const SMALL_SIZE = 11;
const SMALL_LINE = 14;
/** Average glyph width as a share of font size, for wrapping without measuring. */
const GLYPH = 0.55;

/** Styles that carry what the chart looks like; layout properties are left to the SVG's own attributes. */
const INLINED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing'
] as const;

/** Attributes that only make sense on the live page (ids referred to are not in the file). */
const DROPPED = ['tabindex', 'class', 'data-testid', 'aria-labelledby', 'aria-describedby'];
/** Narrower files would wrap the title into a tall column; a narrower chart is centred instead. */
const MIN_FILE_WIDTH = 480;

/** "Source: a; b (https://…)", or '' when there is no source. */
export function sourceLine(sources: readonly ExportSource[] = []): string {
	if (sources.length === 0) return '';
	const parts = sources.map((s) => (s.href && /^https?:\/\//.test(s.href) ? `${s.label} (${s.href})` : s.label));
	return `Source: ${parts.join('; ')}`;
}

/** The chart's own coordinate box: its viewBox, else its width/height attributes, else its rendered size. */
function intrinsicSize(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
	const vb = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
	if (vb.length === 4 && vb.every(Number.isFinite) && vb[2] > 0 && vb[3] > 0) {
		return { x: vb[0], y: vb[1], width: vb[2], height: vb[3] };
	}
	const w = Number.parseFloat(svg.getAttribute('width') ?? '');
	const h = Number.parseFloat(svg.getAttribute('height') ?? '');
	if (w > 0 && h > 0) return { x: 0, y: 0, width: w, height: h };
	const box = svg.getBoundingClientRect();
	return { x: 0, y: 0, width: box.width || 600, height: box.height || 400 };
}

function inlineStyles(original: Element, clone: Element, view: Window): void {
	const from = [original, ...original.querySelectorAll('*')];
	const to = [clone, ...clone.querySelectorAll('*')];
	const gone: Element[] = [];
	from.forEach((el, i) => {
		const copy = to[i];
		if (!copy) return;
		const computed = view.getComputedStyle(el);
		if (computed.display === 'none' || computed.visibility === 'hidden') {
			gone.push(copy);
			return;
		}
		const declarations = INLINED.map((p) => [p, computed.getPropertyValue(p)] as const)
			.filter(([, v]) => v !== '')
			.map(([p, v]) => `${p}:${v}`);
		if (declarations.length) copy.setAttribute('style', declarations.join(';'));
		for (const name of DROPPED) copy.removeAttribute(name);
	});
	for (const el of gone) el.remove();
}

function textBlock(doc: Document, lines: string[], y: number, size: number, lineHeight: number, weight: string, family: string, fill: string): SVGTextElement {
	const text = doc.createElementNS(SVG_NS, 'text');
	text.setAttribute('x', String(PAD));
	text.setAttribute('y', String(y));
	text.setAttribute('font-size', String(size));
	text.setAttribute('font-weight', weight);
	text.setAttribute('font-family', family);
	text.setAttribute('fill', fill);
	lines.forEach((line, i) => {
		const tspan = doc.createElementNS(SVG_NS, 'tspan');
		tspan.setAttribute('x', String(PAD));
		if (i > 0) tspan.setAttribute('dy', String(lineHeight));
		tspan.textContent = line;
		text.append(tspan);
	});
	return text;
}

/** The standalone SVG and its size in px (for `svgToPngBlob`). */
export function svgExport(svg: SVGSVGElement, options: SvgExportOptions): SvgExport {
	const doc = svg.ownerDocument;
	const view = doc.defaultView;
	const box = intrinsicSize(svg);
	const chartWidth = Math.round(options.width && options.width > 0 ? options.width : box.width);
	const chartHeight = Math.round((box.height * chartWidth) / box.width);
	const width = Math.max(chartWidth, MIN_FILE_WIDTH);
	const family = (view?.getComputedStyle(svg).fontFamily || '').trim() || 'system-ui, sans-serif';

	const titleLines = wrapText(options.title, Math.floor((width - 2 * PAD) / (TITLE_SIZE * GLYPH)));
	const smallChars = Math.floor((width - 2 * PAD) / (SMALL_SIZE * GLYPH));
	const footLines = [...wrapText(options.note ?? '', smallChars), ...wrapText(sourceLine(options.sources), smallChars)];

	const header = PAD + titleLines.length * TITLE_LINE + PAD / 2;
	const footer = footLines.length ? PAD / 2 + footLines.length * SMALL_LINE + PAD : PAD;
	const height = header + chartHeight + footer;

	const root = doc.createElementNS(SVG_NS, 'svg');
	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	root.setAttribute('font-family', family);

	const title = doc.createElementNS(SVG_NS, 'title');
	title.textContent = options.title;
	root.append(title);

	const background = doc.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	root.append(background);

	root.append(textBlock(doc, titleLines, PAD + TITLE_SIZE, TITLE_SIZE, TITLE_LINE, '700', family, '#1d1d1d'));

	const chart = svg.cloneNode(true) as SVGSVGElement;
	if (view) inlineStyles(svg, chart, view);
	chart.removeAttribute('style');
	chart.setAttribute('x', String(Math.round((width - chartWidth) / 2)));
	chart.setAttribute('y', String(header));
	chart.setAttribute('width', String(chartWidth));
	chart.setAttribute('height', String(chartHeight));
	chart.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
	root.append(chart);

	if (footLines.length) {
		root.append(textBlock(doc, footLines, header + chartHeight + PAD / 2 + SMALL_SIZE, SMALL_SIZE, SMALL_LINE, '400', family, '#4a4a4a'));
	}

	const serializer = new (view?.XMLSerializer ?? XMLSerializer)();
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(root)}`, width, height };
}

/** The standalone SVG file's text (see `svgExport` for its size too). */
export function svgForExport(svg: SVGSVGElement, options: SvgExportOptions): string {
	return svgExport(svg, options).svg;
}
