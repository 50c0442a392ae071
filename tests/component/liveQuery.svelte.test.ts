/**
 * LiveQuery asks the browser database once per question: a change of the
 * page's state that leaves its SQL and parameters as they were asks nothing
 * again, and a new question shows the prerendered rows (never the previous
 * question's answer) until its own answer arrives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { LiveQuery } from '../../src/lib/db/liveQuery.svelte';
import { database } from '../../src/lib/db/status.svelte';

type Row = { v: string };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
	database.engine = null;
});

describe('LiveQuery', () => {
	it('asks again only when the question changes', async () => {
		const asked: string[] = [];
		let release: () => void = () => {};
		const engine = {
			query: async (_sql: string, params: readonly string[]) => {
				asked.push(params[0]);
				if (params[0] === '3') await new Promise<void>((resolve) => (release = resolve));
				return [{ v: `live ${params[0]}` }];
			}
		};
		// As a view's URL state: a new object whenever any parameter changes.
		let state = $state.raw({ domain: '2', standard: '2.1' });
		let query!: LiveQuery<Row>;
		const stop = $effect.root(() => {
			query = new LiveQuery<Row>(() => [{ v: 'build' }], () => 'SELECT ?', () => [state.domain]);
		});
		database.engine = engine as unknown as typeof database.engine;
		flushSync();
		await settle();
		expect([asked, query.rows, query.origin]).toEqual([['2'], [{ v: 'live 2' }], 'live']);

		// Another standard of the same domain: the same question, nothing asked, the rows stay.
		state = { ...state, standard: '2.2' };
		flushSync();
		await settle();
		expect([asked, query.rows, query.origin]).toEqual([['2'], [{ v: 'live 2' }], 'live']);

		// Another domain: the build rows until the new answer, never domain 2's.
		state = { domain: '3', standard: '3.1' };
		flushSync();
		expect([asked, query.rows, query.origin]).toEqual([['2', '3'], [{ v: 'build' }], 'build']);
		release();
		await settle();
		expect([query.rows, query.origin]).toEqual([[{ v: 'live 3' }], 'live']);

		// A report added in this browser changes the tables: the same question is asked again.
		database.revision++;
		flushSync();
		await settle();
		expect(asked).toEqual(['2', '3', '3']);
		stop();
	});
});
