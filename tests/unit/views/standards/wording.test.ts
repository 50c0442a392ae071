/**
 * Standards explorer wording: the chart's title (its finding), summary and
 * notes, on models of the real reports and on hand-made ones. Expected values
 * were read from the report texts in data/reports/ (line numbers beside them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../../src/lib/server/database';
import { loadStandards } from '../../../../src/lib/views/standards/load';
import { buildStandardsModel, type StandardModel, type StandardsRows } from '../../../../src/lib/views/standards/model';
import { chartNote, divergenceSentence, notRatedReason, standardsWording } from '../../../../src/lib/views/standards/wording';
import { figureText, pctText } from '../../../../src/lib/charts/standards/format';
import { listWords } from '../../../../src/lib/charts/words';
import { STANDARDS } from '../../../../src/lib/framework';
import { standardsDefaults, type StandardsState } from '../../../../src/lib/state/views/standards';

const SERVICES = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
const state = (changes: Partial<StandardsState>): StandardsState => ({ ...standardsDefaults({ serviceIds: SERVICES }), ...changes });

let all: StandardsRows;
beforeAll(async () => {
	all = await loadStandards(await buildDatabase());
});

const wordingOf = (changes: Partial<StandardsState>) => {
	const s = state(changes);
	return standardsWording(buildStandardsModel(all, s), s);
};

describe('titles state the finding', () => {
	it('2.2 Planning: the weakest ratings named, the rest counted', () => {
		// Ratings pages: east-sussex.txt:121 Inadequate, suffolk.txt:141 Inadequate, west-sussex.txt:69, hartlepool.txt:77, thurrock.txt:141 Good.
		expect(wordingOf({ standard: '2.2' }).title).toBe('East Sussex and Suffolk are rated Inadequate on 2.2 Planning; the other three services are Good');
		expect(wordingOf({ standard: '2.2', services: ['suffolk', 'thurrock'] }).title).toBe('Suffolk is rated Inadequate on 2.2 Planning; Thurrock is Good');
	});

	it('an aspect filter names the lowest and highest service on it', () => {
		// suffolk.txt:441 35%; thurrock.txt:780 75%.
		expect(wordingOf({ standard: '2.2', aspect: 'safety_of_others' }).title).toBe(
			"Suffolk has the lowest % 'Yes' on other people's safety in 2.2 Planning (35%); Thurrock the highest (75%)"
		);
	});

	it('a key question a report does not print is said to be not reported (Thurrock 2.4)', () => {
		// thurrock.txt:875-876 print only desistance and the child's safety.
		expect(wordingOf({ standard: '2.4', sort: 'safety_of_others' }).title).toContain('not reported for Thurrock');
	});

	it('4.1: Hartlepool was not rated', () => {
		expect(wordingOf({ standard: '4.1' }).title).toMatch(/Hartlepool was not rated$/);
	});

	it('domain 2: who is rated Good or better on how many standards', () => {
		// thurrock.txt:135-153: Outstanding, Good, Outstanding, Outstanding; suffolk.txt:135-153: RI, I, I, I.
		expect(wordingOf({ standard: '2' }).title).toBe('Court disposals: Thurrock is rated Good or better on all 4 standards; Suffolk on none');
	});

	it('no services: an explicit empty title', () => {
		expect(wordingOf({ standard: '2.1', services: ['nobody'] })).toEqual({
			title: 'No services selected for 2.1 Assessment',
			summary: 'No services are selected.',
			notes: []
		});
	});
});

describe('notes', () => {
	it("3.4: Hartlepool's printed name", () => {
		// hartlepool.txt:97 "3.4 Joint working Outstanding".
		expect(wordingOf({ standard: '3.4' }).notes.join(' ')).toContain('"Joint working"');
	});

	it('a domain sorted by an aspect says it is sorted by rating, and that the aspect filter applies to one standard', () => {
		const notes = wordingOf({ standard: '2', sort: 'desistance', aspect: 'desistance' }).notes.join(' ');
		expect(notes).toContain('sorted by rating');
		expect(notes).toContain('aspect filter applies to one standard at a time');
	});

	it("the chart's note: what is compared, how to read the figures, then the notes", () => {
		const s = state({ standard: '2.2' });
		const model = buildStandardsModel(all, s) as StandardModel;
		const note = chartNote(model, ['Last.'], ['East Sussex 2023', 'Suffolk 2022']);
		expect(note).toMatch(/^Services compared with each other on their latest inspection \(East Sussex 2023, Suffolk 2022\), not with a national average\. /);
		expect(note).toContain('95% Wilson interval');
		expect(note).toContain('* Hartlepool 2020 printed counts');
		expect(note).toMatch(/ Last\.$/);
	});
});

describe('sentences the model carries', () => {
	const standard = (code: string) => STANDARDS.find((s) => s.code === code)!;
	const mark = { aspect: 'safety_of_child', question: 'Q?', pct: 63, nYes: null, nCases: 8, basis: 'domain_cases_inspected', ci: { low: 31, high: 87 }, derived: false, band: 'Requires improvement', source: 'x:1' } as const;

	it('why a standard is not rated', () => {
		expect(notRatedReason({ framework: 'original', year: '2020' }, standard('4.1'))).toBe(
			'Not rated: resettlement was not a rated standard in the framework of this 2020 inspection'
		);
		expect(notRatedReason({ framework: 'revised', year: '2022' }, standard('4.1'))).toBe('Not rated in this inspection');
	});

	it('a rating that departs from the band of its lowest key question', () => {
		expect(divergenceSentence('discretion', 'Good', 'Requires improvement', mark)).toBe(
			`Rated Good although its lowest key question, ${figureText(mark)}, is in the Requires improvement band; the report says professional discretion was applied.`
		);
		expect(divergenceSentence('flag', 'Good', 'Requires improvement', null)).toBe(
			'Rated Good although its lowest key question is in the Requires improvement band; the report does not say why.'
		);
	});

	it('formats figures as printed', () => {
		expect(pctText(66.7)).toBe('66.7%');
		expect(pctText(35)).toBe('35%');
		expect(figureText({ pct: 100, nYes: 1, nCases: 1, derived: true })).toBe('100% (1 of 1 case, derived from counts)');
		expect(figureText({ pct: 63, nYes: null, nCases: null, derived: false })).toBe('63% (no sample printed)');
		expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
	});
});
