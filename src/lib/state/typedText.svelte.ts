/**
 * A text box whose value lives in the URL (`?q=`), redrawn on every
 * keystroke without waiting for the navigation: what was typed is used at
 * once, and the URL follows (replacing the history entry, as typing does).
 * When the URL changes for another reason (Back, Forward, a link), the URL's
 * value takes over again.
 */
import { untrack } from 'svelte';

export class TypedText {
	private typed = $state<string | null>(null);
	private pending = 0;

	/** What the box shows and the page uses: the typed text, else the URL's. */
	readonly value: string = $derived.by(() => this.typed ?? this.fromUrl());

	constructor(
		private readonly fromUrl: () => string,
		private readonly toUrl: (text: string) => Promise<void>
	) {
		$effect(() => {
			const url = this.fromUrl();
			untrack(() => {
				// A URL change we did not cause (Back, Forward): the URL wins.
				if (this.pending === 0 && this.typed !== null && this.typed.trim() !== url) this.typed = null;
			});
		});
	}

	async input(text: string): Promise<void> {
		this.typed = text;
		this.pending++;
		try {
			await this.toUrl(text);
		} finally {
			this.pending--;
		}
	}
}
