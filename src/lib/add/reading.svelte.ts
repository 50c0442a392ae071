/**
 * The /add page's reading state: the progress line, the last sentence of
 * refusal, and the preview. The reader (and with it the ingest and pdf.js) is
 * imported on first use, so no other page, and not even /add's first view,
 * loads it. A newer request supersedes an older one still running.
 */
import type { Preview, PreviewOutcome } from './preview';

export class Reading {
	busy = $state(false);
	progress = $state('');
	message = $state('');
	preview = $state<Preview | null>(null);
	#request = 0;

	async #run(read: (onProgress: (step: string) => void) => Promise<PreviewOutcome>): Promise<void> {
		const request = ++this.#request;
		this.busy = true;
		this.message = '';
		this.progress = 'Starting the report reader';
		let outcome: PreviewOutcome;
		try {
			outcome = await read((step) => {
				if (request === this.#request) this.progress = step;
			});
		} catch {
			outcome = { ok: false, message: 'The report reader could not start in this browser, so nothing was read: reload the page and try again.' };
		}
		if (request !== this.#request) return;
		this.busy = false;
		this.progress = '';
		// A refusal changes nothing else: an earlier preview stays as it was.
		if (outcome.ok) this.preview = outcome.preview;
		else this.message = outcome.message;
	}

	readFile(file: File): Promise<void> {
		return this.#run(async (onProgress) => (await import('./client')).readReportFile(file, onProgress));
	}

	readPaste(text: string): Promise<void> {
		return this.#run(async (onProgress) => (await import('./client')).readPastedText(text, onProgress));
	}
}
