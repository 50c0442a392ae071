import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewReport, type Preview } from '../../../src/lib/add/preview';
import { matchPublished, registerServiceOf, serviceKey, PUBLISHED_TABLES, type PublishedTables } from '../../../src/lib/add/published';
import { parsePublished } from '../../../src/lib/add/publishedData';
import { report2025 } from './report2025';
import { parseReport } from '../../../src/lib/ingest/report';
import { reportText } from '../../../src/lib/ingest/text';
import { parseServiceRegistry } from '../../../src/lib/tables/registry';
import { tablesFromReports } from '../../../src/lib/tables/fromReports';

const raw = (name: string) => readFileSync(`data/reports/${name}.txt`, 'utf8');

/** The published tables as `npm run data` builds them, every value as the CSV's text. */
function publishedTables(): PublishedTables {
	const registry = parseServiceRegistry(readFileSync('data/services.csv', 'utf8'));
	const inputs = registry.map((entry) => {
		const path = `data/reports/${entry.report_file}`;
		const text = readFileSync(path, 'utf8');
		return { entry, report: parseReport(path, text), text: reportText(path, text) };
	});
	const tables = tablesFromReports(inputs);
	const asText = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])));
	return {
		services: asText(tables.services),
		inspections: asText(tables.inspections),
		ratings: asText(tables.ratings),
		key_questions: asText(tables.key_questions)
	} as unknown as PublishedTables;
}

function preview(text: string, name: string): Preview {
	const outcome = previewReport({ name, kind: 'text', text });
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.preview;
}

describe('matchPublished', () => {
	const tables = publishedTables();

	it('folds the ways a service is named to one key', () => {
		expect(serviceKey('West Sussex YJS')).toBe('west sussex');
		expect(serviceKey('West Sussex Youth Justice Service')).toBe('west sussex');
		expect(serviceKey('Hartlepool Youth Offending Service')).toBe('hartlepool');
	});

	it.each(['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'])('%s re-read from its text matches its published inspection figure for figure', (name) => {
		const match = matchPublished(preview(raw(name), `${name}.txt`), tables);
		expect(match?.service_id).toBe(name);
		expect(match!.figures.length).toBeGreaterThan(14);
		expect(match!.figures.filter((f) => !f.same)).toEqual([]);
	});

	it('lists each figure that differs, with both values and both sources', () => {
		const lines = raw('thurrock').split('\n');
		lines[96] = 'Score 24/36';
		lines[108] = 'Requires improvement';
		const match = matchPublished(preview(lines.join('\n'), 'thurrock-copy.txt'), tables)!;
		expect(match.inspection_id).toBe('thurrock-2022');
		expect(match.differing).toBe(2);
		expect(match.figures.filter((f) => !f.same)).toEqual([
			{ figure: 'Score', added: '24/36', addedCite: 'thurrock-copy.txt, line 97', published: '26/36', publishedSource: 'data/reports/thurrock.txt:97', same: false },
			{
				figure: '1.1 Governance and leadership',
				added: 'Requires improvement',
				addedCite: 'thurrock-copy.txt, line 109',
				published: 'Outstanding',
				publishedSource: 'data/reports/thurrock.txt:109',
				same: false
			}
		]);
	});

	it('finds no match for another service, or the same service at another date', () => {
		const lines = raw('thurrock').split('\n');
		lines[93] = 'Altered Valley Youth Justice Service';
		expect(matchPublished(preview(lines.join('\n'), 'a.txt'), tables)).toBeNull();
		const later = raw('thurrock').replace(/May 2022/g, 'May 2025').replace(/August 2022/g, 'August 2025');
		expect(matchPublished(preview(later, 'b.txt'), tables)).toBeNull();
	});
});

describe('a 2025-framework report against the register (static/data, as the reader worker reads it)', () => {
	const tables = parsePublished(PUBLISHED_TABLES.map((name) => readFileSync(`static/data/${name}.csv`, 'utf8')));
	const ratings = { overall: 'Good', assessing: 'Good', planning: 'Good', delivering: 'Outstanding', victims: 'Good' };

	it('finds its register service by name', () => {
		expect(registerServiceOf(preview(report2025('Essex', ratings), 'essex.txt'), tables)).toEqual({ service_id: 'essex', service_name: 'Essex' });
		expect(registerServiceOf(preview(report2025('Exampleshire', ratings), 'x.txt'), tables)).toBeNull();
	});

	it("is not added again when the register holds its service's 2025-framework inspection: the ratings are compared", () => {
		// Wakefield's 2025 inspection is on record (a council page: delivering Outstanding, victims Good).
		const match = matchPublished(preview(report2025('Wakefield', ratings), 'wakefield.txt'), tables)!;
		expect(match).toMatchObject({ inspection_id: 'wakefield-2025', service_id: 'wakefield' });
		const byFigure = Object.fromEntries(match.figures.map((f) => [f.figure, [f.added, f.published]]));
		expect(byFigure['Overall rating']).toEqual(['Good', 'Good']);
		expect(byFigure['Work with children: delivering']).toEqual(['Outstanding', 'Outstanding']);
		expect(byFigure['Work with children: assessing']).toEqual(['Good', 'not published']);
		// A service with no 2025 inspection on record (Essex has none at all) is not a match.
		expect(matchPublished(preview(report2025('Essex', ratings), 'essex.txt'), tables)).toBeNull();
	});
});
