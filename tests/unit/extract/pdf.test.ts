import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf, type PdfJs } from '../../../src/lib/extract/pdf';
import { rebuildLines, type PositionedText } from '../../../src/lib/extract/pdfLines';
import { ExtractError } from '../../../src/lib/extract/errors';
import { parseReport } from '../../../src/lib/ingest/report';
import { imageOnlyPdf, passwordPdf, textPdf } from './pdfFixture';

const PDFJS = pdfjs as unknown as PdfJs;

/** An item as pdf.js gives it: font size `size` at (x, y), `width` wide. */
function item(str: string, x: number, y: number, width: number, size = 10): PositionedText {
	return { str, transform: [size, 0, 0, size, x, y], width, height: size };
}

describe('rebuildLines (positioned items to lines)', () => {
	it('joins a baseline left to right whatever order the items come in, and keeps a glued footnote marker on its line', () => {
		const { text } = rebuildLines([[item('entrants', 60, 700, 40), item('First-time', 10, 700, 45), item('3', 100.5, 703, 3, 6)]]);
		expect(text).toBe('First-time entrants3');
	});

	it('turns a column gap into a tab, so the ingest sees a table row', () => {
		const { text } = rebuildLines([[item('2.2 Planning', 10, 700, 60), item('Good', 200, 700, 20)]]);
		expect(text).toBe('2.2 Planning\tGood');
	});

	it('marks a paragraph break (a tall gap) with a blank line and cites page and line', () => {
		const page1 = [item('one', 10, 700, 15), item('two', 10, 688, 15), item('three', 10, 676, 25), item('four', 10, 640, 20)];
		const page2 = [item('five', 10, 700, 20)];
		const { text, origins } = rebuildLines([page1, page2]);
		expect(text.split('\n')).toEqual(['one', 'two', 'three', '', 'four', 'five']);
		expect(origins).toEqual([
			{ page: 1, line: 1 },
			{ page: 1, line: 2 },
			{ page: 1, line: 3 },
			null,
			{ page: 1, line: 4 },
			{ page: 2, line: 1 }
		]);
	});
});

describe('readPdf on PDFs printed at test time', () => {
	for (const name of ['hartlepool', 'west-sussex']) {
		describe(name, () => {
			const raw = readFileSync(`data/reports/${name}.txt`, 'utf8');
			let fromPdf: Awaited<ReturnType<typeof readPdf>>;
			const progress: [number, number][] = [];
			beforeAll(async () => {
				fromPdf = await readPdf(PDFJS, await textPdf(raw), (p, n) => progress.push([p, n]));
			}, 60_000);

			it('reports each page as it reads it', () => {
				expect(progress.length).toBe(fromPdf.pages);
				expect(progress.at(-1)).toEqual([fromPdf.pages, fromPdf.pages]);
				expect(fromPdf.pages).toBeGreaterThan(10);
			});

			it('gives the ingest the same service, score, overall rating and standard ratings as the .txt', () => {
				const txt = parseReport(`${name}.txt`, raw);
				const pdf = parseReport(`${name}.pdf`, fromPdf.text);
				expect(pdf.service_name).toBe(txt.service_name);
				expect(pdf.score).toBe(txt.score);
				expect(pdf.overall_rating).toBe(txt.overall_rating);
				expect(pdf.framework).toBe(txt.framework);
				expect(pdf.ratings.map((r) => [r.standard_code, r.rating])).toEqual(txt.ratings.map((r) => [r.standard_code, r.rating]));
				expect(pdf.fieldwork).toBe(txt.fieldwork);
				expect(pdf.key_questions.map((k) => [k.standard_code, k.pct_yes])).toEqual(txt.key_questions.map((k) => [k.standard_code, k.pct_yes]));
				expect(pdf.findings.filter((f) => f.kind === 'recommendation').length).toBe(txt.findings.filter((f) => f.kind === 'recommendation').length);
			});

			it('cites the score by the page and line it is printed on', () => {
				const pdf = parseReport(`${name}.pdf`, fromPdf.text);
				const line = Number(pdf.score_source.split(':').at(-1));
				const origin = fromPdf.origins[line - 1]!;
				expect(fromPdf.text.split('\n')[line - 1]).toMatch(/Score\s*\d+\/36/);
				expect(origin.page).toBeGreaterThan(0);
				expect(origin.line).toBeGreaterThan(0);
			});
		});
	}
});

describe('readPdf refuses what it cannot read, in one sentence', () => {
	it('an image-only (scanned) PDF', async () => {
		await expect(readPdf(PDFJS, await imageOnlyPdf())).rejects.toThrow(/pictures of pages \(a scan\)/);
	}, 60_000);

	it('a password-protected PDF', async () => {
		await expect(readPdf(PDFJS, passwordPdf())).rejects.toThrow(/protected by a password/);
	});

	it('bytes that are not a PDF', async () => {
		const err = await readPdf(PDFJS, new TextEncoder().encode('%PDF-1.7\nnot really')).catch((e) => e);
		expect(err).toBeInstanceOf(ExtractError);
		expect(err.message).toMatch(/cannot be read as a PDF/);
	});
});
