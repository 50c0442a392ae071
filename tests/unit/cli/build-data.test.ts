/**
 * `npm run data` is all-or-nothing: run the real script on a scratch copy of
 * the inputs and check a bad report leaves the previous tables untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { TABLES } from '../../../src/lib/tables/schema';
import { DICTIONARY_CSV_FILE, DICTIONARY_FILE, MANIFEST_FILE, ZIP_FILE, type Manifest } from '../../../src/lib/tables/catalogue';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

function buildData(env: Record<string, string>) {
	const run = spawnSync(TSX, ['scripts/build-data.ts'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run data', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'yjs-data-'));
	const reports = join(scratch, 'reports');
	const out = join(scratch, 'out');
	cpSync('data/reports', reports, { recursive: true });
	const env = { YJS_REPORTS_DIR: reports, YJS_OUT_DIR: out };

	it('writes every table as CSV and Parquet with the schema header', { timeout: 120_000 }, () => {
		const { code, stdout } = buildData(env);
		expect(code).toBe(0);
		expect(stdout).toMatch(/5 reports parsed/);
		expect(stdout).toMatch(/checks: \d+ pass/);
		for (const name of Object.keys(TABLES)) {
			expect(existsSync(join(out, `${name}.parquet`)), name).toBe(true);
			const header = readFileSync(join(out, `${name}.csv`), 'utf8').split('\n')[0];
			expect(header).toBe(TABLES[name as keyof typeof TABLES].columns.map((c) => c.name).join(','));
		}
	});

	it('writes a manifest with each table\'s rows and origins, and a zip of every table with the dictionary that unzip opens', { timeout: 120_000 }, () => {
		const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as Manifest;
		expect(Date.now() - Date.parse(manifest.built)).toBeLessThan(10 * 60_000);
		for (const name of Object.keys(TABLES)) {
			const csv = readFileSync(join(out, `${name}.csv`), 'utf8');
			expect(manifest.tables[name].rows, name).toBe(csvParse(csv).length);
			expect(manifest.tables[name].origins.length, name).toBeGreaterThan(0);
		}
		expect(manifest.tables.ratings.origins.map((o) => o.origin)).toContain(`${reports}/suffolk.txt`);

		const list = spawnSync('unzip', ['-l', join(out, ZIP_FILE)], { encoding: 'utf8' });
		expect(list.status, list.stderr).toBe(0);
		const names = list.stdout.split('\n').map((l) => l.trim().split(/\s+/).slice(3).join(' ')).filter(Boolean);
		for (const name of Object.keys(TABLES)) expect(names, name).toEqual(expect.arrayContaining([`${name}.csv`, `${name}.parquet`]));
		expect(names).toEqual(expect.arrayContaining([DICTIONARY_FILE, DICTIONARY_CSV_FILE, MANIFEST_FILE]));
		// The files inside are the published ones, byte for byte.
		const ratings = spawnSync('unzip', ['-p', join(out, ZIP_FILE), 'ratings.csv'], { encoding: 'utf8' });
		expect(ratings.stdout).toBe(readFileSync(join(out, 'ratings.csv'), 'utf8'));
		const dictionary = spawnSync('unzip', ['-p', join(out, ZIP_FILE), DICTIONARY_FILE], { encoding: 'utf8' }).stdout;
		for (const schema of Object.values(TABLES)) {
			expect(dictionary).toContain(`| \`${schema.name}\` | ${manifest.tables[schema.name].rows} |`);
			for (const c of schema.columns) expect(dictionary, `${schema.name}.${c.name}`).toContain(`| \`${c.name}\` | ${c.type} |`);
		}
	});

	it('leaves the previous tables untouched and names the report when one fails', { timeout: 120_000 }, () => {
		const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
		writeFileSync(join(reports, 'suffolk.txt'), readFileSync('data/reports/suffolk.txt', 'utf8').replace(/Score 9\/36/, 'Score nine'));
		const { code, stderr } = buildData(env);
		expect(code).not.toBe(0);
		expect(stderr).toMatch(/suffolk\.txt: not an inspection report: no "Score n\/36" ratings page/);
		expect(stderr).toMatch(/unchanged/);
		expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
		const after = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		for (const f of Object.keys(before)) expect(after[f].equals(before[f]), f).toBe(true);
		expect(readdirSync(scratch).filter((f) => f.includes('.tmp-'))).toEqual([]);
	});

	it('refuses a report file that is not in the service registry', { timeout: 120_000 }, () => {
		writeFileSync(join(reports, 'suffolk.txt'), readFileSync('data/reports/suffolk.txt'));
		writeFileSync(join(reports, 'unknown-service.txt'), readFileSync('data/reports/suffolk.txt'));
		const { code, stderr } = buildData(env);
		expect(code).not.toBe(0);
		expect(stderr).toMatch(/unknown-service\.txt: not listed in data\/services\.csv/);
	});
});
