/** `npm run docs:data`: regenerate the table documentation in data/README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceGenerated, tablesMarkdown } from '../src/lib/tables/docs';
import { measureUses } from './lib/measures';

const path = 'data/README.md';
writeFileSync(path, replaceGenerated(readFileSync(path, 'utf8'), tablesMarkdown(measureUses())));
console.log(`docs: ${path} updated`);
