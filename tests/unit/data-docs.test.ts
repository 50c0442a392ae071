import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCS_BEGIN, DOCS_END, tablesMarkdown } from '../../src/lib/tables/docs';
import { TABLES } from '../../src/lib/tables/schema';
import { measureUses } from '../../scripts/lib/measures';

describe('data/README.md', () => {
	const readme = readFileSync('data/README.md', 'utf8');

	it('documents every column of every published table', () => {
		for (const schema of Object.values(TABLES)) {
			expect(readme, schema.name).toContain(`### \`${schema.name}\``);
			for (const c of schema.columns) expect(readme, `${schema.name}.${c.name}`).toContain(`| \`${c.name}\` | ${c.type} |`);
		}
	});

	it('is up to date with the schema and the measures the reports print (run npm run docs:data)', () => {
		const generated = readme.slice(readme.indexOf(DOCS_BEGIN), readme.indexOf(DOCS_END) + DOCS_END.length);
		expect(generated).toBe(tablesMarkdown(measureUses()));
	});
});
