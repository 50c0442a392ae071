import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewReport, type Preview } from '../../../src/lib/add/preview';
import { parseReport } from '../../../src/lib/ingest/report';

const REPORTS = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
const raw = (name: string) => readFileSync(`data/reports/${name}.txt`, 'utf8');

function ok(text: string, name = 'report.txt'): Preview {
	const outcome = previewReport({ name, kind: 'text', text });
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.preview;
}
function refused(text: string): string {
	const outcome = previewReport({ name: 'report.txt', kind: 'text', text });
	if (outcome.ok) throw new Error('expected a refusal');
	return outcome.message;
}

describe('previewReport', () => {
	it.each(REPORTS)('%s: the ingest\'s figures, cited by the uploaded file and line, with the checks of npm run data', (name) => {
		const published = parseReport(`data/reports/${name}.txt`, raw(name));
		const steps: string[] = [];
		const outcome = previewReport({ name: `${name}.txt`, kind: 'text', text: raw(name) }, (s) => steps.push(s));
		expect(outcome.ok).toBe(true);
		const p = (outcome as { preview: Preview }).preview;
		expect(steps).toEqual(['parsing', 'checking']);
		expect(p.service.value).toBe(published.service_name);
		expect(p.score?.value).toBe(published.score);
		expect(p.score?.cite).toBe(`${name}.txt, line ${published.score_source.split(':').at(-1)}`);
		expect(p.overall?.value).toBe(published.overall_rating);
		const rated = p.ratings.filter((r) => r.rating);
		expect(rated.map((r) => [r.code, r.rating])).toEqual(published.ratings.map((r) => [r.standard_code, r.rating]));
		expect(p.keyQuestions.length).toBe(published.key_questions.length);
		expect(p.recommendations.length).toBe(published.findings.filter((f) => f.kind === 'recommendation').length);
		expect(p.checks.find((c) => c.id === 'score_recomputed')?.status).toBe('pass');
	});

	it('says what could not be read: Hartlepool (2020) has no 4.1 rating and no publication date', () => {
		const p = ok(raw('hartlepool'));
		expect(p.framework).toBe('original');
		expect(p.unread).toContain('When the report was published');
		expect(p.unread.some((u) => u.startsWith('A rating for 4.1'))).toBe(true);
		expect(p.ratings.find((r) => r.code === '4.1')?.rating).toBeNull();
	});

	it('keeps report text as text: a recommendation with <script> and <img onerror> keeps those characters', () => {
		const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)>';
		const text = raw('west-sussex').replace('1. increase the proportion', `1. ${hostile} increase the proportion`);
		const first = ok(text).recommendations[0];
		expect(first.text).toContain(hostile);
		expect(first.cite).toBe('report.txt, line 104');
	});

	it('refuses a report cut short after its ratings page, naming what is missing', () => {
		const lines = raw('west-sussex').split('\n');
		expect(refused(lines.slice(0, Math.floor(lines.length * 0.3)).join('\n'))).toMatch(/^This report looks cut short: it has no key-question figures for standards 2\.2, 2\.3, 2\.4, 3\.1/);
	});

	it('refuses a report cut before its ratings page as incomplete', () => {
		expect(refused(raw('hartlepool').split('\n').slice(0, 50).join('\n'))).toMatch(/^This looks like a youth justice inspection report, but it is incomplete/);
	});

	it('refuses another document, an empty text and a binary', () => {
		const novel = 'It was a bright cold day in April, and the clocks were striking thirteen.\n'.repeat(300);
		expect(refused(novel)).toMatch(/^This is not an HMIP youth justice inspection report/);
		expect(refused('')).toMatch(/^This file is empty/);
		expect(refused('\u0000\u0001\u0002PK\u0003\u0004'.repeat(200))).toMatch(/^This file is not text/);
	});

	it('recognises a 2025-framework report and does not force it into the 12 standards', () => {
		const text = [
			'An inspection of youth justice work with children and victims in Exampleshire',
			'HM Inspectorate of Probation, June 2025',
			'',
			'Foreword',
			"Overall, Exampleshire Youth Justice Service was rated as 'Good'. The work with victims was",
			'stronger than we expected.',
			'',
			'Ratings',
			'Assessing\tGood',
			'Planning\tOutstanding',
			'Delivering\tRequires improvement',
			'Work with victims\tGood',
			'',
			...Array.from({ length: 40 }, (_, i) => `Paragraph ${i} about the service's work with children.`)
		].join('\n');
		const p = ok(text, 'exampleshire.html');
		expect(p.framework).toBe('2025');
		expect(p.score).toBeNull();
		expect(p.service.value).toBe('Exampleshire');
		expect(p.service.cite).toBe('exampleshire.html, line 1');
		expect(p.overall?.value).toBe('Good');
		expect(p.ratings.map((r) => [r.code, r.rating])).toEqual([
			['children:assessing', 'Good'],
			['children:planning', 'Outstanding'],
			['children:delivering', 'Requires improvement'],
			['victims', 'Good']
		]);
		expect(p.checks).toEqual([]);
		expect(p.unread.join(' ')).toMatch(/Key questions.*not modelled yet/);
	});

	it('cites a PDF figure by page and line', () => {
		const text = raw('hartlepool');
		const origins = text.split('\n').map((_, i) => ({ page: Math.floor(i / 50) + 1, line: (i % 50) + 1 }));
		const outcome = previewReport({ name: 'hartlepool.pdf', kind: 'pdf', text, origins });
		expect(outcome.ok && outcome.preview.score?.cite).toBe('hartlepool.pdf, page 2, line 3');
	});
});
