import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPastedText } from '../../../src/lib/extract/paste';

const REPORTS = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
const raw = (name: string) => readFileSync(`data/reports/${name}.txt`, 'utf8');

describe('checkPastedText', () => {
	it.each(REPORTS)('lets %s through as pasted', (name) => {
		expect(() => checkPastedText(raw(name))).not.toThrow();
	});

	it.each(REPORTS)('says plainly when %s has lost its line breaks', (name) => {
		expect(() => checkPastedText(raw(name).replace(/\s*\r?\n\s*/g, ' '))).toThrow(/^This text has lost its line breaks/);
	});

	it('refuses a paste of a few words, and an empty paste', () => {
		expect(() => checkPastedText('Hartlepool Youth Justice Service Score 26/36')).toThrow(/^Only 6 words were pasted/);
		expect(() => checkPastedText('  \n ')).toThrow(/Nothing was pasted/);
	});
});
