/**
 * The generated part of data/README.md: every published table and column
 * (from the schema) and every facts measure (from the parsed reports), so the
 * documentation cannot drift from the data. `npm run docs:data` rewrites it;
 * a unit test fails when it is stale.
 */
import { TABLES } from './schema';

export const DOCS_BEGIN = '<!-- generated:tables:begin (npm run docs:data) -->';
export const DOCS_END = '<!-- generated:tables:end -->';

export interface MeasureUse {
	measure: string;
	unit: string;
	inspections: string[];
	from_prose: boolean;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function tablesMarkdown(measures: readonly MeasureUse[]): string {
	const parts: string[] = [];
	for (const schema of Object.values(TABLES)) {
		parts.push(`### \`${schema.name}\`\n\n${schema.description}\n\n| column | type | meaning |\n| --- | --- | --- |`);
		for (const c of schema.columns) parts.push(`| \`${c.name}\` | ${c.type} | ${cell(c.description)} |`);
		parts.push('');
	}
	parts.push('### Measures in `facts`\n\n| measure | unit | reported by | read from |\n| --- | --- | --- | --- |');
	for (const m of measures) {
		parts.push(`| \`${m.measure}\` | ${cell(m.unit)} | ${m.inspections.join(', ')} | ${m.from_prose ? 'prose (sentence kept in `source_text`)' : 'table'} |`);
	}
	return `${DOCS_BEGIN}\n${parts.join('\n')}\n${DOCS_END}`;
}

export function replaceGenerated(readme: string, generated: string): string {
	const start = readme.indexOf(DOCS_BEGIN);
	const end = readme.indexOf(DOCS_END);
	if (start < 0 || end < start) throw new Error('data/README.md has no generated-tables markers');
	return readme.slice(0, start) + generated + readme.slice(end + DOCS_END.length);
}
