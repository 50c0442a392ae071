/** The citation links depend on the source viewer being in the build; it is (src/routes/sources). */
import { expect, it } from 'vitest';
import { HAS_SOURCE_INDEX, HAS_SOURCE_PAGES } from '../../src/lib/charts/standards/sourcePages';
import { existsSync } from 'node:fs';

it('detects the source viewer routes that exist', () => {
	expect(HAS_SOURCE_PAGES).toBe(existsSync('src/routes/sources/[report]/+page.svelte'));
	expect(HAS_SOURCE_INDEX).toBe(existsSync('src/routes/sources/+page.svelte'));
});
