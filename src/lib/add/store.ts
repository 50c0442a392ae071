/**
 * Reports added in this browser, kept in IndexedDB until removed. Nothing
 * here is sent anywhere. Each record holds the preview exactly as shown, so a
 * reload shows the same figures with the same citations.
 */
import type { Preview } from './preview';
import { serviceKey } from './published';

export interface AddedReport {
	id: string;
	/** ISO timestamp of when it was added. */
	added_at: string;
	preview: Preview;
}

const DB_NAME = 'yjs-dashboard';
const STORE = 'added_reports';

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

function open(): Promise<IDBDatabase> {
	const r = indexedDB.open(DB_NAME, 1);
	r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
	return request(r);
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		const tx = db.transaction(STORE, mode);
		const result = await request(run(tx.objectStore(STORE)));
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
		return result;
	} finally {
		db.close();
	}
}

/** One inspection: the service and the fieldwork (else publication) date. */
export function inspectionKey(preview: Preview): string {
	return `${serviceKey(preview.service.value)}|${preview.fieldwork?.value ?? preview.published?.value ?? 'undated'}`;
}

export async function listAdded(): Promise<AddedReport[]> {
	const all = await withStore('readonly', (s) => s.getAll() as IDBRequest<AddedReport[]>);
	return all.sort((a, b) => a.added_at.localeCompare(b.added_at));
}

/** Adds the report unless the same inspection is already added; returns whether it was added. */
export async function saveAdded(preview: Preview): Promise<boolean> {
	const key = inspectionKey(preview);
	if ((await listAdded()).some((r) => inspectionKey(r.preview) === key)) return false;
	const record: AddedReport = { id: `${key}|${Date.now()}`, added_at: new Date().toISOString(), preview };
	await withStore('readwrite', (s) => s.add(record));
	return true;
}

export async function removeAdded(id: string): Promise<void> {
	await withStore('readwrite', (s) => s.delete(id));
}
