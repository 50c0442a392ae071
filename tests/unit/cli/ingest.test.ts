/**
 * `npm run ingest -- FILE` on the real reports, on re-exports of them as other
 * PDF-to-text tools write them, and on files that are not reports.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const scratch = mkdtempSync(join(tmpdir(), 'yjs-ingest-'));

function ingest(file: string) {
	const run = spawnSync(TSX, ['scripts/ingest.ts', file], { encoding: 'utf8', timeout: 60_000 });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function variant(name: string, text: string): string {
	const path = join(scratch, name);
	writeFileSync(path, text);
	return path;
}

describe('npm run ingest', () => {
	it('prints the parsed inspection as JSON for a real report', () => {
		const { code, stdout, stderr } = ingest('data/reports/thurrock.txt');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		// Thurrock's ratings page: "Score 26/36", "Overall rating" / "Good" (thurrock.txt lines 97-101).
		expect(report.service_name).toBe('Thurrock Youth Justice Service');
		expect(report.score).toBe(26);
		expect(report.overall_rating).toBe('Good');
		expect(report.ratings).toHaveLength(13);
		expect(report.ratings.find((r: { standard_code: string }) => r.standard_code === '3.2').rating).toBe('Requires improvement');
		expect(report.key_questions.length).toBeGreaterThan(20);
		expect(report.key_questions[0]).toHaveProperty('pct_yes');
	});

	it('reads the same figures from CRLF, BOM, non-breaking-space and curly-quote exports', () => {
		const original = readFileSync('data/reports/west-sussex.txt', 'utf8');
		const mangled = '\ufeff' + original.replace(/\n/g, '\r\n').replace(/ {2}/g, '\u00a0 ').replace(/'/g, '\u2019');
		const a = JSON.parse(ingest('data/reports/west-sussex.txt').stdout);
		const b = JSON.parse(ingest(variant('west-sussex.txt', mangled)).stdout);
		expect(b.score).toBe(a.score);
		expect(b.overall_rating).toBe(a.overall_rating);
		expect(b.ratings.map((r: { rating: string }) => r.rating)).toEqual(a.ratings.map((r: { rating: string }) => r.rating));
		expect(b.key_questions.map((k: { pct_yes: number }) => k.pct_yes)).toEqual(a.key_questions.map((k: { pct_yes: number }) => k.pct_yes));
		expect(b.facts.map((f: { value: number }) => f.value)).toEqual(a.facts.map((f: { value: number }) => f.value));
	});

	it.each([
		['empty', '', /is empty/],
		['binary', '\u0000\u0001\u0002PK\u0003\u0004'.repeat(400), /binary/],
		['truncated', readFileSync('data/reports/hartlepool.txt', 'utf8').split('\n').slice(0, 60).join('\n'), /no rating for standard/],
		['another document', 'Minutes of the youth justice management board\nApologies: none\nScore of the match 3-1\n', /no "Score n\/36" ratings page/]
	])('rejects a %s file: nothing on stdout, one line on stderr, non-zero exit', (name, text, reason) => {
		const path = variant(`${name.replace(/ /g, '-')}.txt`, text);
		const { code, stdout, stderr } = ingest(path);
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		const lines = stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(path);
		expect(lines[0]).toMatch(reason);
		expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
	});

	it('names a file that does not exist', () => {
		const { code, stdout, stderr } = ingest(join(scratch, 'missing.txt'));
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr.trim()).toMatch(/missing\.txt: cannot be read/);
	});
});
