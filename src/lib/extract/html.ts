/**
 * An HMIP web page (parsed by the browser's own DOMParser) to report text:
 * one line per block (paragraph, heading, list item), a blank line between
 * paragraphs and around headings, a table row as tab-separated cells (the form
 * the ingest reads tables in), a list item with a bullet. Scripts, styles and
 * site furniture (navigation, header, footer, forms) are not report text.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'NAV', 'HEADER', 'FOOTER', 'FORM', 'BUTTON', 'SELECT']);
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'FIGURE', 'HR']);
const BLOCK = new Set([...PARAGRAPH, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'ADDRESS', 'LI', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'DETAILS', 'SUMMARY', 'TR', 'BR']);
const CELL = new Set(['TD', 'TH']);

const ELEMENT = 1;
const TEXT = 3;

function inlineText(s: string): string {
	return s.replace(/\s+/g, ' ');
}

class LineWriter {
	lines: string[] = [];
	current = '';

	text(s: string): void {
		if (this.current === '' || /[\s\t]$/.test(this.current)) s = s.replace(/^ /, '');
		this.current += s;
	}
	endLine(): void {
		const line = this.current.replace(/ *\t */g, '\t').trim();
		if (line) this.lines.push(line);
		this.current = '';
	}
	blank(): void {
		this.endLine();
		if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
	}
}

function walk(node: Node, out: LineWriter): void {
	if (node.nodeType === TEXT) {
		out.text(inlineText(node.textContent ?? ''));
		return;
	}
	if (node.nodeType !== ELEMENT) return;
	const el = node as Element;
	const tag = el.tagName.toUpperCase();
	if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
	if (tag === 'BR') return out.endLine();
	if (PARAGRAPH.has(tag)) out.blank();
	else if (BLOCK.has(tag)) out.endLine();
	if (tag === 'LI') out.text('• ');
	if (CELL.has(tag) && out.current !== '') out.text('\t');
	for (const child of Array.from(el.childNodes)) walk(child, out);
	if (PARAGRAPH.has(tag)) out.blank();
	else if (BLOCK.has(tag)) out.endLine();
}

/** The page's report text: its <main> when it has one (the report itself), else its body. */
export function htmlToText(doc: Document): string {
	const root = doc.querySelector('main') ?? doc.body;
	const out = new LineWriter();
	if (root) walk(root, out);
	out.endLine();
	while (out.lines.at(-1) === '') out.lines.pop();
	return out.lines.join('\n');
}
