/**
 * The reports added in this browser as every page sees them: the list (read
 * from IndexedDB after the page mounts, so a prerendered page never waits for
 * it), and removing one, which takes its rows out of the browser's database
 * and makes every live query ask again. One instance for the whole site.
 */
import { database } from '../db/status.svelte';
import { addedInspections, type AddedInspection } from './dashboard';

class AddedState {
	list = $state.raw<AddedInspection[]>([]);
	/** Whether the list has been read (until then a link naming an added id is not yet known missing). */
	loaded = $state(false);
	/** One sentence about the last removal, for a live region. */
	message = $state('');

	async load(): Promise<void> {
		try {
			this.list = addedInspections(await (await import('./store')).listAdded());
		} catch {
			this.list = [];
		}
		this.loaded = true;
	}

	/** The ids of services added here with a 2018-2024 report, for a view of the standards' list of services. */
	serviceIds(): string[] {
		return [...new Set(this.list.filter((a) => a.framework !== '2025').map((a) => a.service_id))];
	}

	async remove(item: AddedInspection): Promise<void> {
		try {
			await (await import('./store')).removeAdded(item.storeId);
			this.message = `${item.service_name} (from ${item.file}) was removed from this browser.`;
		} catch {
			this.message = 'This browser would not let the page change its stored reports, so nothing was removed.';
		}
		await this.changed();
	}

	/** After the store changed (here or on /add): the list and the database take it again. */
	async changed(): Promise<void> {
		await this.load();
		await database.syncAdded().catch(() => undefined);
	}
}

export const added = new AddedState();
