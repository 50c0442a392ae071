/**
 * The catalogue of published tables, made at build time beside them
 * (static/data/manifest.json): each table's row count and where its rows
 * come from, and the build's date. The /data page and the dictionary in the
 * whole-dataset zip are written from it and from the schema, so a table added
 * to `TABLES` appears in both without other changes. Pure: no I/O.
 */
import { csvFormatRows } from 'd3-dsv';
import { TABLES, type Row, type TableSchema } from './schema';
import { tablesMarkdown, type MeasureUse } from './docs';

export const MANIFEST_FILE = 'manifest.json';
/** The whole dataset, with the dictionary inside. */
export const ZIP_FILE = 'youth-justice-inspections-data.zip';
export const DICTIONARY_FILE = 'DICTIONARY.md';
export const DICTIONARY_CSV_FILE = 'dictionary.csv';

/** At most this many distinct origins are listed per table; the rest are counted. */
const MAX_ORIGINS = 8;

export interface SourceOrigin {
	/** A report file (`data/reports/suffolk.txt`), a release or a page address. */
	origin: string;
	rows: number;
}

export interface TableEntry {
	rows: number;
	/** Where the rows come from, most rows first (from each row's `source`). */
	origins: SourceOrigin[];
	/** Distinct origins past the first MAX_ORIGINS. */
	otherOrigins: number;
}

export interface Manifest {
	/** ISO timestamp of the build that wrote the tables. */
	built: string;
	tables: Record<string, TableEntry>;
}

/** Every origin a report line cites is the report file: `data/reports/x.txt:12` → `data/reports/x.txt`. */
export function sourceOrigin(source: string): string {
	return source.replace(/^(\S+\.txt):\d+$/, '$1');
}

/**
 * Where a row came from: its `source`, else (a table that cites each figure apart, like
 * `inspection_history`'s `rating_source` and `score_source`) the first of its `*_source` columns.
 */
function rowSource(row: Row): string | null {
	const columns = ['source', ...Object.keys(row).filter((k) => k.endsWith('_source') || k === 'source_url')];
	for (const column of columns) {
		const value = row[column];
		if (typeof value === 'string' && value !== '') return value;
	}
	return null;
}

function origins(rows: readonly Row[]): Pick<TableEntry, 'origins' | 'otherOrigins'> {
	const counts = new Map<string, number>();
	for (const row of rows) {
		const source = rowSource(row);
		if (source === null) continue;
		const origin = sourceOrigin(source);
		counts.set(origin, (counts.get(origin) ?? 0) + 1);
	}
	const sorted = [...counts].map(([origin, n]) => ({ origin, rows: n })).sort((a, b) => b.rows - a.rows || a.origin.localeCompare(b.origin));
	return { origins: sorted.slice(0, MAX_ORIGINS), otherOrigins: Math.max(0, sorted.length - MAX_ORIGINS) };
}

export function buildManifest(tables: Readonly<Record<string, readonly Row[]>>, built: Date): Manifest {
	return {
		built: built.toISOString(),
		tables: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, { rows: rows.length, ...origins(rows) }]))
	};
}

/**
 * Licence of the figures. Every figure is Crown copyright under the Open
 * Government Licence v3.0 (HMIP, YJB/MoJ, DfE); the national scores were
 * compiled by the MIT-licensed data-to-insight scrape (see data/national/README.md).
 */
export const OGL = 'Crown copyright, Open Government Licence v3.0';
const LICENCE_NOTES: Readonly<Record<string, string>> = {
	national_scores: `${OGL}; compiled by the data-to-insight HMIP scrape (MIT licence)`,
	national_comparators: `${OGL} (headline figures of Youth Justice Board and HMIP publications, hand-transcribed)`
};

export function tableLicence(name: string): string {
	return LICENCE_NOTES[name] ?? OGL;
}

/** The facts measures and who reports them, from the facts table's rows (what data/README.md lists). */
export function measureUsesFromFacts(facts: readonly Row[]): MeasureUse[] {
	const uses = new Map<string, MeasureUse>();
	for (const f of facts) {
		const measure = String(f.measure);
		const use = uses.get(measure) ?? { measure, unit: String(f.unit ?? ''), inspections: [], from_prose: true };
		const id = String(f.inspection_id);
		if (!use.inspections.includes(id)) use.inspections.push(id);
		use.from_prose &&= f.from_prose === true;
		uses.set(measure, use);
	}
	return [...uses.values()].sort((a, b) => a.measure.localeCompare(b.measure));
}

const schemas = (): TableSchema[] => Object.values(TABLES);

/** The dictionary shipped in the zip: what is in it, conventions, then every table's columns. */
export function dictionaryMarkdown(manifest: Manifest, measures: readonly MeasureUse[]): string {
	const lines = [
		'# Youth justice inspections: published tables',
		'',
		`Built ${manifest.built}. Each table is here as \`<table>.csv\` (UTF-8, header row, RFC 4180 quoting) and`,
		'`<table>.parquet` (the same rows, typed). A missing figure is an empty field: never 0, never imputed.',
		'Every row carries its `source`: `data/reports/<file>:<line>` for a figure read from an inspection report,',
		'otherwise the release or page it came from. `dictionary.csv` lists every column in one table.',
		'',
		`Licence: ${OGL}, unless a table says otherwise below.`,
		'',
		'| table | rows | licence |',
		'| --- | --- | --- |',
		...schemas().map((s) => `| \`${s.name}\` | ${manifest.tables[s.name]?.rows ?? 'not built'} | ${tableLicence(s.name)} |`),
		'',
		'## Tables',
		'',
		tablesMarkdown(measures)
	];
	return lines.join('\n') + '\n';
}

/** One row per column of every table: table, column, type, meaning. */
export function dictionaryCsv(): string {
	const rows = [['table', 'column', 'type', 'description'], ...schemas().flatMap((s) => s.columns.map((c) => [s.name, c.name, c.type, c.description]))];
	return csvFormatRows(rows) + '\n';
}

/** One table as /data lists it. */
export interface CatalogueEntry extends TableEntry {
	name: string;
	description: string;
	columns: TableSchema['columns'];
	licence: string;
	/** File sizes in bytes; null when the file is missing. */
	csvBytes: number | null;
	parquetBytes: number | null;
}

/** Every table in the schema, in its order, with what the build wrote about it. */
export function catalogueEntries(manifest: Manifest, sizeOf: (file: string) => number | null): CatalogueEntry[] {
	return schemas().map((s) => ({
		name: s.name,
		description: s.description,
		columns: s.columns,
		licence: tableLicence(s.name),
		rows: manifest.tables[s.name]?.rows ?? 0,
		origins: manifest.tables[s.name]?.origins ?? [],
		otherOrigins: manifest.tables[s.name]?.otherOrigins ?? 0,
		csvBytes: sizeOf(`${s.name}.csv`),
		parquetBytes: sizeOf(`${s.name}.parquet`)
	}));
}

/** "24 KB", "1.3 MB": sizes beside the download links. */
export function formatBytes(bytes: number): string {
	if (bytes < 1_000) return `${bytes} bytes`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} KB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Text with `code` spans, as parts to render (never as HTML). */
export function codeParts(text: string): { code: boolean; text: string }[] {
	return text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part })).filter((p) => p.text !== '');
}
