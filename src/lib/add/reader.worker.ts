/**
 * The /add page's reader, off the main thread: a PDF's text through pdf.js
 * (self-hosted, its own worker file served from this site), a text file
 * decoded, then the same ingest and checks as `npm run data` (previewReport),
 * the rows the dashboard takes if it is added, and the comparison with the
 * published inspections (their CSVs downloaded and parsed here, while the
 * report is read). pdf.js is imported only when a PDF arrives.
 */
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { readPdf, type PdfJs } from '../extract/pdf';
import { ExtractError } from '../extract/errors';
import { checkLineBreaks, checkPastedText } from '../extract/paste';
import { previewReport, type Preview, type ReportInput } from './preview';
import { added2025Rows, addedRows } from './rows';
import { matchPublished, registerServiceOf, type PublishedMatch, type PublishedTables } from './published';
import { fetchPublished, parsePublished } from './publishedData';
import type { ReadOutcome, ReadReply, ReadRequest } from './protocol';

const post = (reply: ReadReply) => postMessage(reply);

async function loadPdfJs(): Promise<PdfJs> {
	const pdfjs = await import('pdfjs-dist');
	// We start pdf.js's worker ourselves and hand over its port: left to itself inside a worker, pdf.js
	// looks for `window`, fails, and loads its worker code into this one, where it takes over our messages.
	pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(pdfWorkerUrl, { type: 'module' });
	return pdfjs as unknown as PdfJs;
}

async function toInput(request: ReadRequest): Promise<ReportInput> {
	if (request.kind === 'pdf') {
		post({ type: 'progress', step: 'Opening the PDF' });
		const pdf = await readPdf(await loadPdfJs(), new Uint8Array(request.bytes), (page, pages) =>
			post({ type: 'progress', step: `Reading PDF page ${page} of ${pages}` })
		);
		return { name: request.name, kind: 'pdf', text: pdf.text, origins: pdf.origins };
	}
	if (request.kind === 'text') {
		post({ type: 'progress', step: 'Reading the text file' });
		const text = new TextDecoder('utf-8').decode(request.bytes);
		return { name: request.name, kind: 'text', text };
	}
	if (request.kind === 'paste') checkPastedText(request.text);
	return { name: request.name, kind: request.kind, text: request.text };
}

/** The published inspection the preview is, and its register service; a failed download leaves the preview standing. */
async function compare(preview: Preview, published: Promise<string[]>): Promise<{ match: PublishedMatch | null; tables: PublishedTables | null }> {
	try {
		const tables = parsePublished(await published);
		return { match: matchPublished(preview, tables), tables };
	} catch {
		return { match: null, tables: null };
	}
}

onmessage = async (event: MessageEvent<ReadRequest>) => {
	// The published tables download while the report is read.
	const published = fetchPublished(event.data.dataUrl);
	published.catch(() => undefined);
	try {
		const input = await toInput(event.data);
		if (input.text.trim() && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(input.text.slice(0, 4096))) checkLineBreaks(input.text);
		const preview = previewReport(input, (step) => post({ type: 'progress', step: step === 'parsing' ? 'Parsing the report' : 'Checking the figures' }));
		if (!preview.ok) return post({ type: 'done', outcome: preview });
		post({ type: 'progress', step: 'Comparing with the published inspections' });
		const { match, tables } = await compare(preview.preview, published);
		// The rows the dashboard's database takes if the report is added, made here where the ingest is.
		const report = preview.preview.report;
		const service = tables && registerServiceOf(preview.preview, tables);
		preview.preview.rows = report ? addedRows(input, report) : added2025Rows(preview.preview, service?.service_id ?? null);
		// The ingest's records stay here: rows and comparison are made, and the page never reads them
		// (a third of what would be copied to the page's thread, and kept in IndexedDB, for nothing).
		const outcome: ReadOutcome = { ...preview, preview: { ...preview.preview, report: null }, match, compared: tables !== null };
		post({ type: 'done', outcome });
	} catch (e) {
		const message =
			e instanceof ExtractError ? e.message : 'This file could not be read because of an error in the dashboard, so nothing was added: please report the problem.';
		post({ type: 'done', outcome: { ok: false, message } });
	}
};
