/**
 * A PDF's bytes to rebuilt text lines with pdf.js. pdf.js is passed in, not
 * imported, so the browser's worker hands over its self-hosted build and the
 * unit tests Node's legacy build: the same code reads the PDF in both.
 */
import { rebuildLines, textCharacters, type PositionedText, type RebuiltText } from './pdfLines';
import { ExtractError } from './errors';

interface PdfPage {
	getTextContent(): Promise<{ items: readonly (PositionedText | { type: string })[] }>;
	cleanup(): void;
}
interface PdfDocument {
	numPages: number;
	getPage(n: number): Promise<PdfPage>;
	destroy(): Promise<void>;
}
/** The slice of pdf.js's module we use. */
export interface PdfJs {
	getDocument(source: {
		data: Uint8Array;
		isEvalSupported: boolean;
		disableFontFace: boolean;
		useSystemFonts: boolean;
		stopAtErrors: boolean;
		verbosity: number;
	}): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

/** An image-only page still carries a page number or a stamp: below this, a page has no text. */
const MIN_TEXT_PER_PAGE = 20;

function isText(item: PositionedText | { type: string }): item is PositionedText {
	return 'str' in item;
}

function readFailure(e: unknown): ExtractError {
	const name = (e as { name?: string } | null)?.name;
	if (name === 'PasswordException') {
		return new ExtractError('This PDF is protected by a password: open it, save or print an unprotected copy, and add that instead.');
	}
	return new ExtractError('This file cannot be read as a PDF: it may be damaged or not a PDF at all. Try the text of the report instead.');
}

export async function readPdf(
	pdfjs: PdfJs,
	data: Uint8Array,
	onPage: (page: number, pages: number) => void = () => {}
): Promise<RebuiltText & { pages: number }> {
	const task = pdfjs.getDocument({
		data,
		// Text only: no font is rendered, so no font program is compiled (and no `eval` is needed).
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		stopAtErrors: false,
		verbosity: 0
	});
	let doc: PdfDocument;
	try {
		doc = await task.promise;
	} catch (e) {
		await task.destroy().catch(() => {});
		throw readFailure(e);
	}
	try {
		const pages: PositionedText[][] = [];
		let characters = 0;
		for (let n = 1; n <= doc.numPages; n++) {
			onPage(n, doc.numPages);
			const page = await doc.getPage(n);
			const items = (await page.getTextContent()).items.filter(isText);
			page.cleanup();
			characters += textCharacters(items);
			pages.push(items);
		}
		if (characters < MIN_TEXT_PER_PAGE * doc.numPages) {
			throw new ExtractError(
				'This PDF holds pictures of pages (a scan), not text, so it cannot be read here: use the report PDF published by HM Inspectorate of Probation, or paste its text.'
			);
		}
		return { ...rebuildLines(pages), pages: doc.numPages };
	} catch (e) {
		throw e instanceof ExtractError ? e : readFailure(e);
	} finally {
		await doc.destroy().catch(() => {});
	}
}
