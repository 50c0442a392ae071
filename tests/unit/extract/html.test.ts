import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { htmlToText } from '../../../src/lib/extract/html';
import { parseReport } from '../../../src/lib/ingest/report';

function parse(html: string): Document {
	const window = new Window();
	return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A report text as a web page: each run of lines a paragraph (lines kept by <br>), wrapped in site furniture. */
function reportPage(raw: string): string {
	const paragraphs = raw
		.split(/\r?\n\s*\r?\n/)
		.map((p) => p.split(/\r?\n/).map(escape).join('<br>\n'))
		.filter((p) => p.trim())
		.map((p) => `<p>${p}</p>`);
	return `<!doctype html><html><head><title>Report</title><style>p { color: red }</style><script>var s = "Score 1/36";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><h1>An inspection of youth offending services</h1>\n${paragraphs.join('\n')}</main>
<footer>Cookies · Accessibility</footer></body></html>`;
}

describe('htmlToText', () => {
	it('makes a line per block, a blank line between paragraphs, bullets for list items and tabs between table cells', () => {
		const doc = parse(`<body><main>
			<h2>Ratings</h2>
			<p>Hartlepool   Youth <b>Justice</b> Service<br>Score 26/36</p>
			<table><tr><th>1.1</th><td>Governance and leadership</td><td>Good</td></tr><tr><td>1.2</td><td>Staff</td><td>Outstanding</td></tr></table>
			<ul><li>Strong <em>partnership</em> work</li><li>Staff feel valued</li></ul>
			<div hidden>secret</div><script>alert(1)</script>
		</main></body>`);
		expect(htmlToText(doc).split('\n')).toEqual([
			'Ratings',
			'',
			'Hartlepool Youth Justice Service',
			'Score 26/36',
			'',
			'1.1\tGovernance and leadership\tGood',
			'1.2\tStaff\tOutstanding',
			'',
			'• Strong partnership work',
			'• Staff feel valued'
		]);
	});

	it('keeps a page built from a report text readable by the ingest, with the same figures as the .txt', () => {
		const raw = readFileSync('data/reports/west-sussex.txt', 'utf8');
		const txt = parseReport('west-sussex.txt', raw);
		const text = htmlToText(parse(reportPage(raw)));
		expect(text).not.toMatch(/Score 1\/36|Cookies|News/);
		const html = parseReport('west-sussex.html', text);
		expect(html.service_name).toBe(txt.service_name);
		expect(html.score).toBe(txt.score);
		expect(html.overall_rating).toBe(txt.overall_rating);
		expect(html.ratings.map((r) => [r.standard_code, r.rating])).toEqual(txt.ratings.map((r) => [r.standard_code, r.rating]));
		expect(html.key_questions.map((k) => k.pct_yes)).toEqual(txt.key_questions.map((k) => k.pct_yes));
		expect(html.fieldwork).toBe(txt.fieldwork);
	});
});
