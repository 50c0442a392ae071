/**
 * Where a report line sits on paper, read from the real report texts.
 * suffolk.txt:8-13 print "Joint inspection of youth justice services in /
 * Suffolk / HM Inspectorate of Probation, January 2023"; its contents list
 * (lines 18-39) gives Ratings p. 4, Recommendations p. 5, 2.2. Planning p. 16;
 * the headings sit at lines 92, 193 and 428. West Sussex's text starts at the
 * foreword (no contents list), its ratings table at line 47; its running
 * footer (line 94) reads "Inspection of youth offending services West
 * Sussex YJS 5".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedPage, printedPlace, reportOutline, sectionAt } from '../../../src/lib/boardPack/reportOutline';

const outline = (report: string) => reportOutline(readFileSync(`data/reports/${report}.txt`, 'utf8'));

describe('report outline', () => {
	it('reads the title, the publisher date and each section’s page from a report with a contents list', () => {
		const o = outline('suffolk');
		expect(o.title).toBe('Joint inspection of youth justice services in Suffolk');
		expect(o.printedDate).toBe('January 2023');
		expect(o.hasContents).toBe(true);
		expect(o.sections.find((s) => s.title === 'Recommendations')).toEqual({ title: 'Recommendations', line: 193, page: 5 });
		expect(o.sections.find((s) => s.title === '2.2. Planning')).toEqual({ title: '2.2. Planning', line: 428, page: 16 });
	});

	it('cites a line by its section and page', () => {
		const o = outline('suffolk');
		// suffolk.txt:97 is the score on the ratings page; :199 the first recommendation.
		expect(printedPlace(o, 97)).toBe('‘Ratings’, p. 4');
		expect(printedPlace(o, 199)).toBe('‘Recommendations’, p. 5');
		expect(printedPage(o, 440)).toBe('p. 16');
		// Before the first heading there is no section to cite.
		expect(sectionAt(o, 5)).toBeNull();
	});

	it('keeps the ratings table’s standard and domain lines out of the sections', () => {
		const o = outline('suffolk');
		// Lines 105-185 list "1. Organisational delivery", "1.1 Governance and leadership" ... inside Ratings.
		expect(o.sections.filter((s) => s.line > 92 && s.line < 193)).toEqual([]);
		expect(printedPlace(o, 107)).toBe('‘Ratings’, p. 4');
	});

	it('gives sections without pages where the report prints no contents list', () => {
		const o = outline('west-sussex');
		expect(o.hasContents).toBe(false);
		expect(o.title).toBe('Inspection of youth offending services West Sussex YJS');
		expect(o.printedDate).toBeNull();
		expect(printedPlace(o, 50)).toBe('‘Ratings’');
		expect(o.sections.every((s) => s.page === null)).toBe(true);
	});

	it('reads pages from every report that prints a contents list, and none from those that do not', () => {
		expect(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'].map((r) => [r, outline(r).hasContents])).toEqual([
			['east-sussex', true],
			['hartlepool', false],
			['suffolk', true],
			['thurrock', true],
			['west-sussex', false]
		]);
		expect(printedPlace(outline('thurrock'), 300)).toBe('‘Recommendations’, p. 9');
	});
});
