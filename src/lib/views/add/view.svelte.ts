/**
 * The /add view: its URL state (none of its own: every parameter is dropped
 * with a notice), the progress line, the last sentence of refusal, the
 * preview, its published twin (if the same inspection is published), and the
 * reports added in this browser. The reader (and with it the ingest, pdf.js
 * and the comparison with the published tables) runs in a worker imported on
 * first use, so no other page, and not even /add's first view, loads it. A
 * newer request supersedes an older one still running.
 */
import type { Preview } from '../../add/preview';
import type { PublishedMatch } from '../../add/published';
import type { ReadOutcome } from '../../add/protocol';
import { inspectionKey, type AddedReport } from '../../add/store';
import { added } from '../../add/added.svelte';
import { UrlState } from '../../state/urlState.svelte';
import type { UrlAccess } from '../../state/urlAccess';
import { ADD_DEFAULTS, addSpec } from '../../state/views/add';

const STORE_FAILED = 'This browser would not let the page keep reports (private browsing can block it), so nothing was changed.';
const READER_FAILED = 'The report reader could not start in this browser, so nothing was read: reload the page and try again.';

export class AddView {
	readonly url: UrlState<typeof addSpec>;
	busy = $state(false);
	progress = $state('');
	message = $state('');
	/** Raw, not deep state: the preview is large (the parsed report and its rows) and never changed in place. */
	preview = $state.raw<Preview | null>(null);
	/** The published inspection this preview is (same service and date), or null. */
	match = $state.raw<PublishedMatch | null>(null);
	/** Whether the published data could be compared at all. */
	compared = $state(false);
	added = $state.raw<AddedReport[]>([]);
	/** One sentence about adding or removing, for the live region. */
	storeMessage = $state('');
	/** Whether the previewed inspection is already among the added ones. */
	readonly isAdded = $derived(this.preview !== null && this.added.some((r) => inspectionKey(r.preview) === inspectionKey(this.preview!)));
	#request = 0;

	/** `dataBase`: where the published tables are (`${base}/data`). */
	constructor(
		url: UrlAccess,
		private readonly dataBase: string
	) {
		this.url = new UrlState({ url, spec: () => addSpec, defaults: () => ADD_DEFAULTS });
	}

	async #run(read: (onProgress: (step: string) => void) => Promise<ReadOutcome>): Promise<void> {
		const request = ++this.#request;
		this.busy = true;
		this.message = '';
		this.storeMessage = '';
		this.progress = 'Starting the report reader';
		let outcome: ReadOutcome;
		try {
			outcome = await read((step) => {
				if (request === this.#request) this.progress = step;
			});
		} catch {
			outcome = { ok: false, message: READER_FAILED };
		}
		if (request !== this.#request) return;
		this.busy = false;
		this.progress = '';
		if (!outcome.ok) {
			// A refusal changes nothing else: an earlier preview stays as it was.
			this.message = outcome.message;
			return;
		}
		// The worker's answer was copied in on arrival (a task of its own, some hundreds of KB): the preview
		// is drawn in the next one, so the two never add up to one long task.
		await new Promise((resolve) => setTimeout(resolve));
		if (request !== this.#request) return;
		this.preview = outcome.preview;
		this.match = outcome.match;
		this.compared = outcome.compared;
	}

	readFile(file: File): Promise<void> {
		return this.#run(async (onProgress) => (await import('../../add/client')).readReportFile(this.dataBase, file, onProgress));
	}

	readPaste(text: string): Promise<void> {
		return this.#run(async (onProgress) => (await import('../../add/client')).readPastedText(this.dataBase, text, onProgress));
	}

	async loadAdded(): Promise<void> {
		try {
			this.added = await (await import('../../add/store')).listAdded();
		} catch {
			this.storeMessage = "Reports added earlier could not be read from this browser's storage.";
		}
	}

	async add(): Promise<void> {
		const preview = this.preview;
		if (!preview || this.match) return;
		try {
			const store = await import('../../add/store');
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
			const store = await import('../../add/store');
			await store.removeAdded(report.id);
			this.added = await store.listAdded();
			void added.changed();
			this.storeMessage = `${report.preview.service.value} was removed from this browser.`;
		} catch {
			this.storeMessage = STORE_FAILED;
		}
	}
}
