import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choose, parseQuery, resolve, toQuery, type StateSpec, type ViewState } from '../../../src/lib/state/params';

const SERVICES = ['east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex'];
const spec = {
	services: { kind: 'list', values: SERVICES, noun: 'service', max: 4 },
	standard: { kind: 'enum', values: ['1.1', '2.2', '3.4', '4.1'], noun: 'standard' },
	from: { kind: 'int', min: 2016, max: 2024, noun: 'year' },
	view: { kind: 'enum', values: ['chart', 'table'], noun: 'view' }
} satisfies StateSpec;
const defaults: ViewState<typeof spec> = { services: [], standard: '2.2', from: 2016, view: 'chart' };

const stateArb = fc.record({
	services: fc.subarray(SERVICES, { maxLength: 4 }),
	standard: fc.constantFrom(...spec.standard.values),
	from: fc.integer({ min: 2016, max: 2024 }),
	view: fc.constantFrom('chart', 'table')
});

describe('URL state', () => {
	it('state -> URL -> state is the identity for every valid state', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				const query = toQuery(state, spec, defaults);
				const back = resolve(parseQuery(query, spec).chosen, defaults);
				expect(back).toEqual(state);
				expect(parseQuery(query, spec).notices).toEqual([]);
			})
		);
	});

	it('leaves defaults out of the URL and uses one canonical order', () => {
		expect(toQuery({ standard: '2.2', view: 'chart' }, spec, defaults)).toBe('');
		expect(toQuery({ view: 'table', services: ['thurrock', 'suffolk'] }, spec, defaults)).toBe('services=suffolk,thurrock&view=table');
		expect(toQuery({ services: ['suffolk', 'thurrock'], view: 'table' }, spec, defaults)).toBe('services=suffolk,thurrock&view=table');
	});

	it('URL value beats preset beats default', () => {
		expect(resolve({}, defaults, { standard: '3.4' }).standard).toBe('3.4');
		expect(resolve({ standard: '1.1' }, defaults, { standard: '3.4' }).standard).toBe('1.1');
		expect(resolve({}, defaults).standard).toBe('2.2');
	});

	it('choosing the default value removes it from the chosen state', () => {
		expect(choose({ standard: '3.4' }, { standard: '2.2' }, defaults)).toEqual({});
		expect(choose({}, { view: 'table' }, defaults)).toEqual({ view: 'table' });
	});

	it('applies what it understands and names what it ignores', () => {
		const { chosen, notices } = parseQuery('services=thurrock,foo&standard=9.9&colour=red&from=1999', spec);
		expect(chosen).toEqual({ services: ['thurrock'] });
		expect(notices).toEqual([
			"Unknown service 'foo' ignored",
			"Unknown standard '9.9' ignored",
			"Unknown parameter 'colour' ignored",
			"Invalid year '1999' ignored (expected 2016 to 2024)"
		]);
	});

	it('cuts hostile values in notices and never echoes markup unescaped into state', () => {
		const hostile = `<script>alert(1)</script>' OR 1=1; DROP TABLE ratings; --`;
		const { chosen, notices } = parseQuery(new URLSearchParams({ standard: hostile, services: 'x'.repeat(10_000) }), spec);
		expect(chosen).toEqual({});
		expect(notices).toHaveLength(2);
		expect(notices[0].length).toBeLessThan(80);
		expect(notices[1]).toBe("Value of 'services' is too long and was ignored");
	});

	it('never throws on random query strings and only yields allowed values', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.dictionary(fc.string(), fc.string()), (raw, dict) => {
				for (const input of [raw, new URLSearchParams(dict)]) {
					const { chosen } = parseQuery(input, spec);
					if (chosen.standard !== undefined) expect(spec.standard.values).toContain(chosen.standard);
					for (const s of chosen.services ?? []) expect(SERVICES).toContain(s);
					if (chosen.from !== undefined) expect(chosen.from).toBeGreaterThanOrEqual(2016);
				}
			})
		);
	});
});
