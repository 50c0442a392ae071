/** /data: the published tables as the build wrote them (manifest, file sizes), read while prerendering. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MANIFEST_FILE, ZIP_FILE, catalogueEntries, type Manifest } from '../../tables/catalogue';

const DATA_DIR = resolve('static/data');

function sizeOf(file: string): number | null {
	try {
		return statSync(`${DATA_DIR}/${file}`).size;
	} catch {
		return null;
	}
}

export function loadData() {
	const manifest = JSON.parse(readFileSync(`${DATA_DIR}/${MANIFEST_FILE}`, 'utf8')) as Manifest;
	return { built: manifest.built, tables: catalogueEntries(manifest, sizeOf), zipBytes: sizeOf(ZIP_FILE) };
}

export type DataPageData = ReturnType<typeof loadData>;
export type CatalogueTable = DataPageData['tables'][number];
