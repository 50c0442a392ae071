/**
 * PDFs made at test time: report text printed by Chromium (as a board member's
 * "print to PDF" would), a page of pictures only (a scan), and a PDF whose
 * encryption dictionary needs a password.
 */
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function printToPdf(fill: (page: import('playwright-core').Page) => Promise<void>): Promise<Uint8Array> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		await fill(page);
		return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } }));
	} finally {
		await browser.close();
	}
}

/** The text laid out line for line in a monospace font, as a PDF. */
export function textPdf(text: string): Promise<Uint8Array> {
	return printToPdf(async (page) => {
		await page.setContent('<pre style="font: 8px/1.3 monospace; white-space: pre; margin: 0"></pre>');
		await page.evaluate((t) => {
			document.querySelector('pre')!.textContent = t;
		}, text);
	});
}

/** A page holding only a picture: what a scanner produces. */
export function imageOnlyPdf(): Promise<Uint8Array> {
	return printToPdf(async (page) => {
		await page.setContent(
			'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect x="40" y="40" width="520" height="20" fill="#333"/><rect x="40" y="80" width="480" height="20" fill="#333"/></svg>'
		);
	});
}

/**
 * A minimal PDF with a standard security handler (RC4, revision 2) whose
 * check values match no password: pdf.js asks for one, as for a real
 * password-protected report.
 */
export function passwordPdf(): Uint8Array {
	const hex = (n: number) => Array.from({ length: 32 }, (_, i) => ((i * n + 7) % 256).toString(16).padStart(2, '0')).join('');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
		`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(13)}> /U <${hex(29)}> >>`
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}
