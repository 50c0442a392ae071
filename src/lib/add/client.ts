/**
 * The /add page's side of reading a report: pick the reader by the file's
 * type, refuse what is plainly not a report before reading it (empty, far
 * too large, a type we cannot read), turn a web page into text with the
 * browser's own parser (a worker has no DOMParser), and hand the rest to the
 * reader worker. Nothing leaves the browser.
 */
import ReaderWorker from './reader.worker?worker';
import { htmlToText } from '../extract/html';
import type { ReadInput, ReadOutcome, ReadReply, ReadRequest } from './protocol';

/** Far above any inspection report (the largest PDFs are a few MB). */
export const MAX_BYTES = 25 * 1024 * 1024;

function megabytes(bytes: number): string {
	return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function refuse(message: string): ReadOutcome {
	return { ok: false, message };
}

function run(dataBase: string, input: ReadInput, onProgress: (step: string) => void, transfer: Transferable[] = []): Promise<ReadOutcome> {
	return new Promise((resolve) => {
		const worker = new ReaderWorker();
		const finish = (outcome: ReadOutcome) => {
			worker.terminate();
			resolve(outcome);
		};
		worker.onmessage = (event: MessageEvent<ReadReply>) => {
			if (event.data?.type === 'progress') onProgress(event.data.step);
			else if (event.data?.type === 'done') finish(event.data.outcome);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			finish(refuse('The report reader could not start in this browser, so nothing was read: reload the page and try again.'));
		};
		const request: ReadRequest = { ...input, dataUrl: new URL(dataBase, location.href).href };
		worker.postMessage(request, transfer);
	});
}

function isPdf(bytes: Uint8Array): boolean {
	return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

export async function readReportFile(dataBase: string, file: File, onProgress: (step: string) => void): Promise<ReadOutcome> {
	const name = file.name || 'the file';
	if (file.size === 0) return refuse(`${name} is empty: choose the report file again, or paste its text.`);
	if (file.size > MAX_BYTES) {
		return refuse(`${name} is ${megabytes(file.size)}, far larger than an inspection report (at most ${megabytes(MAX_BYTES)} here): check it is the report, or paste its text.`);
	}
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	onProgress('Reading the file');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (extension === 'pdf' || isPdf(bytes)) return run(dataBase, { kind: 'pdf', name, bytes: bytes.buffer }, onProgress, [bytes.buffer]);
	if (extension === 'html' || extension === 'htm') {
		const doc = new DOMParser().parseFromString(new TextDecoder('utf-8').decode(bytes), 'text/html');
		return run(dataBase, { kind: 'html', name, text: htmlToText(doc) }, onProgress);
	}
	if (extension === 'txt' || extension === '' || file.type === 'text/plain') return run(dataBase, { kind: 'text', name, bytes: bytes.buffer }, onProgress, [bytes.buffer]);
	return refuse(`${name} is not a file this page can read: add the report as a PDF (.pdf), a text file (.txt) or a saved web page (.html).`);
}

export function readPastedText(dataBase: string, text: string, onProgress: (step: string) => void): Promise<ReadOutcome> {
	return run(dataBase, { kind: 'paste', name: 'pasted text', text }, onProgress);
}
