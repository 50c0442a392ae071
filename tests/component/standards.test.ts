/**
 * Standards explorer charts, rendered from rows: the marks, labels, bands and
 * the missing-data states (a key question not printed, a standard not rated,
 * a report with no findings).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import KeyQuestionDots from '../../src/lib/charts/standards/KeyQuestionDots.svelte';
import DomainGrid from '../../src/lib/charts/standards/DomainGrid.svelte';
import FindingsPanel from '../../src/lib/charts/standards/FindingsPanel.svelte';
import StandardsLegend from '../../src/lib/charts/standards/StandardsLegend.svelte';
import { buildStandardsModel, type DomainModel, type StandardModel } from '../../src/lib/views/standards/model';
import { standardsDefaults, type StandardsState } from '../../src/lib/state/views/standards';
import { STANDARDS_FIXTURE } from './standardsFixture';

afterEach(() => cleanup());

const SERVICES = ['hartlepool', 'suffolk', 'thurrock'];
const state = (changes: Partial<StandardsState>): StandardsState => ({ ...standardsDefaults({ serviceIds: SERVICES }), ...changes });
const standard = (changes: Partial<StandardsState>) => buildStandardsModel(STANDARDS_FIXTURE, state(changes)) as StandardModel;
const ids = { titleId: 't', summaryId: 's' };

function marks(container: HTMLElement, service: string) {
	return [...container.querySelectorAll(`[data-service="${service}"] .mark`)].map((m) => ({
		aspect: m.getAttribute('data-aspect'),
		pct: Number(m.getAttribute('data-pct')),
		label: m.querySelector('text.value')?.textContent?.trim()
	}));
}

describe('KeyQuestionDots', () => {
	it('draws one mark per aspect at its % with the value beside it, and the rating in words', () => {
		const { container } = render(KeyQuestionDots, { model: standard({ standard: '2.2' }), ...ids });
		expect(marks(container, 'suffolk')).toEqual([
			{ aspect: 'desistance', pct: 57, label: '57% n≤23' },
			{ aspect: 'safety_of_child', pct: 39, label: '39% n≤23' },
			{ aspect: 'safety_of_others', pct: 35, label: '35% n≤23' }
		]);
		const suffolk = container.querySelector('[data-service="suffolk"]')!;
		expect(suffolk.getAttribute('data-rating')).toBe('Inadequate');
		expect(suffolk.querySelector('.rating text')?.textContent).toContain('Inadequate');
		// Each aspect has its own shape, not only its own colour.
		const paths = [...suffolk.querySelectorAll('.mark path')].map((p) => p.getAttribute('d'));
		expect(new Set(paths).size).toBe(3);
	});

	it('marks derived figures and the rating that departs from its lowest key question', () => {
		const { container } = render(KeyQuestionDots, { model: standard({ standard: '2.2' }), ...ids });
		expect(marks(container, 'hartlepool').map((m) => m.label)).toEqual(['100%* n=6 small', '66.7%* n=6 small', '66.7%* n=6 small']);
		const child = container.querySelector('[data-service="hartlepool"] .mark[data-aspect="safety_of_child"]')!;
		expect(child.getAttribute('aria-label')).toContain('66.7% (4 of 6 cases, derived from counts, a small sample; could plausibly be 30% to 90%)');
		const thurrock = container.querySelector('[data-service="thurrock"]')!;
		expect(thurrock.getAttribute('data-divergence')).toBe('discretion');
		expect(thurrock.textContent).toContain('Discretion applied');
		expect(thurrock.querySelector('.rating')?.getAttribute('aria-label')).toContain(
			'Rated Good although its lowest key question, 63% (up to 8 cases, a small sample; could plausibly be 31% to 87%), is in the Requires improvement band; the report says professional discretion was applied.'
		);
	});

	it('draws the 95% interval behind each mark, dashed for a small sample, from the figure’s own limits', () => {
		const { container } = render(KeyQuestionDots, { model: standard({ standard: '2.2' }), ...ids });
		const child = container.querySelector('[data-service="hartlepool"] .mark[data-aspect="safety_of_child"]')!;
		expect([child.getAttribute('data-ci-low'), child.getAttribute('data-ci-high'), child.getAttribute('data-small-sample')]).toEqual(['30', '90.3', 'true']);
		const bar = child.querySelector('rect.interval')!;
		const dot = child.querySelector('path')!.getAttribute('transform')!;
		const cx = Number(/translate\(([\d.]+),/.exec(dot)![1]);
		const x0 = Number(bar.getAttribute('x'));
		const x1 = x0 + Number(bar.getAttribute('width'));
		expect(x0).toBeLessThan(cx);
		expect(x1).toBeGreaterThan(cx);
		// 0–100 over the plot's 440 px: the bar spans 60.3 points.
		expect(x1 - x0).toBeCloseTo(4.4 * 60.3, 1);
		expect(bar.classList.contains('small')).toBe(true);
		const suffolk = container.querySelector('[data-service="suffolk"] .mark[data-aspect="desistance"] rect.interval')!;
		expect(suffolk.classList.contains('small')).toBe(false);
	});

	it('shades and labels the four bands at 50, 65 and 80 and labels the axis with its unit', () => {
		const { container } = render(KeyQuestionDots, { model: standard({ standard: '2.2' }), ...ids });
		expect([...container.querySelectorAll('.threshold')].map((l) => l.getAttribute('data-threshold'))).toEqual(['50', '65', '80']);
		expect([...container.querySelectorAll('.band')].map((b) => b.getAttribute('data-band'))).toEqual([
			'Inadequate',
			'Requires improvement',
			'Good',
			'Outstanding'
		]);
		expect(container.querySelector('.band-range')?.textContent).toBe('<50%');
		expect(container.querySelector('.axis')?.textContent).toContain("% of inspected cases answered \u2018Yes\u2019");
	});

	it('says "not reported" for a key question the report does not print, with no mark', () => {
		const { container } = render(KeyQuestionDots, { model: standard({ standard: '2.4', services: ['thurrock'] }), ...ids });
		expect(marks(container, 'thurrock').map((m) => m.pct)).toEqual([100, 88]);
		const missing = container.querySelector('[data-service="thurrock"] .missing');
		expect(missing?.getAttribute('data-aspect')).toBe('safety_of_others');
		expect(missing?.textContent).toContain("Other people's safety: not reported in this inspection");
	});

	it('a standard without key questions shows ratings only, and a service not rated says so', () => {
		const { container } = render(KeyQuestionDots, { model: standard({ standard: '4.1' }), ...ids });
		expect(container.querySelectorAll('.mark')).toHaveLength(0);
		expect(container.querySelector('.axis')).toBeNull();
		const hartlepool = container.querySelector('[data-service="hartlepool"]')!;
		expect(hartlepool.getAttribute('data-rating')).toBe('not rated');
		expect(hartlepool.textContent).toContain('Not rated');
		expect(container.querySelector('[data-service="suffolk"]')?.getAttribute('data-rating')).toBe('Good');
	});

	it('shows a tooltip on keyboard focus of a mark', async () => {
		const { container } = render(KeyQuestionDots, { model: standard({ standard: '2.2' }), ...ids });
		const mark = container.querySelector<SVGGElement>('[data-service="suffolk"] .mark[data-aspect="safety_of_others"]')!;
		await fireEvent.focus(mark);
		const tip = await screen.findByRole('tooltip');
		expect(tip.textContent).toContain('35%');
		expect(tip.textContent).toContain('suffolk.txt:441');
	});
});

describe('DomainGrid', () => {
	it('one cell per standard and service, letters and a dashed "not rated" cell', () => {
		const model = buildStandardsModel(STANDARDS_FIXTURE, state({ standard: '4' })) as DomainModel;
		const { container } = render(DomainGrid, { model, ...ids });
		const cells = [...container.querySelectorAll('.cell')].map((c) => [
			c.closest('[data-service]')?.getAttribute('data-service'),
			c.getAttribute('data-rating'),
			c.textContent?.trim()
		]);
		expect(cells).toEqual([
			['suffolk', 'Good', 'G'],
			['hartlepool', 'not rated', 'Not rated'],
			['thurrock', 'not rated', 'Not rated']
		]);
	});

	it('marks a departure from the lowest key question with a dagger', () => {
		const model = buildStandardsModel(STANDARDS_FIXTURE, state({ standard: '2' })) as DomainModel;
		const { container } = render(DomainGrid, { model, ...ids });
		const cell = container.querySelector('[data-service="thurrock"] .cell[data-standard="2.2"]')!;
		expect(cell.getAttribute('data-divergence')).toBe('discretion');
		expect(cell.textContent?.trim()).toBe('G †');
	});
});

describe('FindingsPanel', () => {
	it("shows the standard's prose with its lines, the domain's bullets alongside, and says exactly when a report has nothing", () => {
		const model = standard({ standard: '2.2' });
		const { container } = render(FindingsPanel, { model, headingId: 'f' });
		expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What inspectors said about 2.2 Planning');
		// Suffolk writes 2.2 in prose only: the panel must never say the report is silent.
		const suffolk = container.querySelector<HTMLElement>('[data-service="suffolk"]')!;
		expect(suffolk.getAttribute('data-scope')).toBe('standard');
		expect(within(suffolk).getByText('What inspectors wrote under 2.2 Planning')).toBeTruthy();
		expect(suffolk.querySelector('[data-kind="narrative"]')?.textContent).toContain('The lack of detail and quality of analysis');
		expect(suffolk.querySelector('[data-kind="narrative"] a')?.textContent).toBe('suffolk.txt:443');
		expect(suffolk.textContent).toContain('inspectors wrote in prose');
		expect(suffolk.textContent).not.toMatch(/no findings|prints no/);
		// Hartlepool: prose under 2.2 (987-991), bullets for court disposals as a whole in a labelled disclosure.
		const hartlepool = container.querySelector<HTMLElement>('[data-service="hartlepool"]')!;
		expect(hartlepool.getAttribute('data-scope')).toBe('standard');
		expect(hartlepool.querySelector('[data-kind="narrative"] a')?.textContent).toBe('hartlepool.txt:987\u2013991');
		const domain = hartlepool.querySelector<HTMLElement>('details[data-scope="domain"]')!;
		expect(domain.querySelector('summary')?.textContent).toBe('Also for domain 2 Court disposals as a whole: 1 strength, 1 area for improvement');
		expect(domain.querySelector('[data-kind="strength"] li')?.textContent).toContain('hartlepool.txt:755');
		// Thurrock has nothing in this fixture for 2.2 or domain 2: said exactly so.
		const thurrock = container.querySelector<HTMLElement>('[data-service="thurrock"]')!;
		expect(thurrock.getAttribute('data-scope')).toBe('none');
		expect(thurrock.querySelector('.scope')?.textContent).toBe(
			'This report has no findings, bulleted or in prose, under 2.2 Planning or under domain 2 Court disposals as a whole.'
		);
		expect(thurrock.querySelector('blockquote')?.textContent).toContain('Professional discretion applied');
	});

	it('shows per-standard findings with "None listed" for an empty side', () => {
		const { container } = render(FindingsPanel, { model: standard({ standard: '4.1' }), headingId: 'f' });
		const suffolk = container.querySelector<HTMLElement>('[data-service="suffolk"]')!;
		expect(suffolk.getAttribute('data-scope')).toBe('standard');
		expect(suffolk.textContent).toContain('suffolk.txt:627');
		expect(within(suffolk).getByText('None listed.')).toBeTruthy();
	});
});

describe('StandardsLegend', () => {
	it('names each aspect with its shape', () => {
		render(StandardsLegend, { aspects: ['desistance', 'safety_of_child', 'safety_of_others'], showBands: true });
		const key = screen.getByRole('list', { name: 'Key-question marks' });
		expect(key.textContent).toContain('Desistance (circle)');
		expect(key.textContent).toContain("Child's safety and wellbeing (triangle)");
		expect(key.textContent).toContain("Other people's safety (square)");
	});
});
