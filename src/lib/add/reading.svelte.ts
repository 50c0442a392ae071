/**
 * The /add page's state: the progress line, the last sentence of refusal,
 * the preview, its published twin (if the same inspection is published), and
 * the reports added in this browser. The reader (and with it the ingest and
 * pdf.js) is imported on first use, so no other page, and not even /add's
 * first view, loads it. A newer request supersedes an older one still running.
 */
import type { Preview, PreviewOutcome } from './preview';
import type { PublishedMatch } from './published';
import { inspectionKey, type AddedReport } from './store';
import { added } from './added.svelte';

const STORE_FAILED = 'This browser would not let the page keep reports (private browsing can block it), so nothing was changed.';

export class Reading {
	busy = $state(false);
	progress = $state('');
	message = $state('');
	preview = $state<Preview | null>(null);
	/** The published inspection this preview is (same service and date), or null. */
	match = $state<PublishedMatch | null>(null);
	/** Whether the published data could be compared at all. */
	compared = $state(false);
	added = $state<AddedReport[]>([]);
	/** One sentence about adding or removing, for the live region. */
	storeMessage = $state('');
	/** Whether the previewed inspection is already among the added ones. */
	readonly isAdded = $derived(this.preview !== null && this.added.some((r) => inspectionKey(r.preview) === inspectionKey(this.preview!)));
	#request = 0;

	constructor(private readonly dataBase: string) {}

	async #run(read: (onProgress: (step: string) => void) => Promise<PreviewOutcome>): Promise<void> {
		const request = ++this.#request;
		this.busy = true;
		this.message = '';
		this.storeMessage = '';
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
		if (!outcome.ok) {
			// A refusal changes nothing else: an earlier preview stays as it was.
			this.busy = false;
			this.progress = '';
			this.message = outcome.message;
			return;
		}
		this.progress = 'Comparing with the published inspections';
		let match: PublishedMatch | null = null;
		let compared = false;
		try {
			const [{ loadPublished }, { matchPublished }] = await Promise.all([import('./publishedData'), import('./published')]);
			match = matchPublished(outcome.preview, await loadPublished(this.dataBase));
			compared = true;
		} catch {
			// The preview stands on its own; only the comparison is missing (said on the page).
		}
		if (request !== this.#request) return;
		this.busy = false;
		this.progress = '';
		this.preview = outcome.preview;
		this.match = match;
		this.compared = compared;
	}

	readFile(file: File): Promise<void> {
		return this.#run(async (onProgress) => (await import('./client')).readReportFile(file, onProgress));
	}

	readPaste(text: string): Promise<void> {
		return this.#run(async (onProgress) => (await import('./client')).readPastedText(text, onProgress));
	}

	async loadAdded(): Promise<void> {
		try {
			this.added = await (await import('./store')).listAdded();
		} catch {
			this.storeMessage = 'Reports added earlier could not be read from this browser\'s storage.';
		}
	}

	async add(): Promise<void> {
		if (!this.preview || this.match) return;
		const preview = $state.snapshot(this.preview) as Preview;
		try {
			const store = await import('./store');
			const done = await store.saveAdded(preview);
			this.added = await store.listAdded();
			// The other views (and this browser's database, once open) take it; the message does not wait for them.
			void added.changed();
			this.storeMessage = done
				? `${preview.service.value} was added in this browser.`
				: `${preview.service.value} (the same inspection) is already added in this browser: nothing was changed.`;
		} catch {
			this.storeMessage = STORE_FAILED;
		}
	}

	async remove(report: AddedReport): Promise<void> {
		try {
			const store = await import('./store');
			await store.removeAdded(report.id);
			this.added = await store.listAdded();
			void added.changed();
			this.storeMessage = `${report.preview.service.value} was removed from this browser.`;
		} catch {
			this.storeMessage = STORE_FAILED;
		}
	}
}
