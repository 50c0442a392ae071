/**
 * The browser database's life cycle as reactive state. Pages render from
 * their prerendered (build-time) rows at once and switch to live query
 * results when the database is ready; a failure leaves the prerendered
 * charts in place and offers a retry.
 */
import type { BrowserDatabase } from './client';

export type DatabaseStatus = 'idle' | 'loading' | 'ready' | 'failed';

class DatabaseState {
	status = $state<DatabaseStatus>('idle');
	/** Plain-language reason shown to the user; never a stack trace. */
	problem = $state<string | null>(null);
	engine = $state.raw<BrowserDatabase | null>(null);
	private starting: Promise<void> | null = null;

	/** Start loading (once); safe to call from every page's onMount. */
	start(dataBase: string): Promise<void> {
		if (this.status === 'ready' || this.starting) return this.starting ?? Promise.resolve();
		this.status = 'loading';
		this.problem = null;
		this.starting = (async () => {
			try {
				const { openBrowserDatabase } = await import('./client');
				this.engine = await openBrowserDatabase(dataBase);
				this.status = 'ready';
			} catch (error) {
				this.status = 'failed';
				this.problem = describeFailure(error);
			} finally {
				this.starting = null;
			}
		})();
		return this.starting;
	}

	retry(dataBase: string): Promise<void> {
		this.status = 'idle';
		return this.start(dataBase);
	}
}

function describeFailure(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	if (/wasm|WebAssembly|worker|engine|instantiate/i.test(message)) return 'the database engine could not start in this browser';
	if (/could not be loaded|Failed to fetch|NetworkError|404/i.test(message)) return 'a data file could not be loaded';
	return 'the database could not be opened';
}

export const database = new DatabaseState();
