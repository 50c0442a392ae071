/**
 * The /add page's reader, off the main thread: a PDF's text through pdf.js
 * (self-hosted, its own worker file served from this site), a text file
 * decoded, then the same ingest and checks as `npm run data` (previewReport).
 * pdf.js is imported only when a PDF arrives.
 */
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { readPdf, type PdfJs } from '../extract/pdf';
import { ExtractError } from '../extract/errors';
import { checkLineBreaks, checkPastedText } from '../extract/paste';
import { previewReport, type ReportInput } from './preview';
import { addedRows } from './rows';
import type { ReadReply, ReadRequest } from './protocol';

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

onmessage = async (event: MessageEvent<ReadRequest>) => {
	try {
		const input = await toInput(event.data);
		if (input.text.trim() && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(input.text.slice(0, 4096))) checkLineBreaks(input.text);
		const outcome = previewReport(input, (step) => post({ type: 'progress', step: step === 'parsing' ? 'Parsing the report' : 'Checking the figures' }));
		// The rows the dashboard's database takes if the report is added, made here where the ingest is.
		if (outcome.ok && outcome.preview.report) outcome.preview.rows = addedRows(input, outcome.preview.report);
		post({ type: 'done', outcome });
	} catch (e) {
		const message =
			e instanceof ExtractError ? e.message : 'This file could not be read because of an error in the dashboard, so nothing was added: please report the problem.';
		post({ type: 'done', outcome: { ok: false, message } });
	}
};
