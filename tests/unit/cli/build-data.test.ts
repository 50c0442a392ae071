/**
 * `npm run data` is all-or-nothing: run the real script on a scratch copy of
 * the inputs and check a bad report leaves the previous tables untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/lib/tables/schema';

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
