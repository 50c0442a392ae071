/**
 * Services' names in the charts link to their profiles: for each chart, the
 * name of a published service is an SVG link to `<base>/services/<id>`, drawn
 * beside the marks (never inside a `role="img"` mark, whose children screen
 * readers do not read) and outside the marks' one tab stop; the same service
 * as a report added in this browser (an `added-` id), or a local authority,
 * has no profile and so no link; a chart given no base path (on the
 * service's own profile) draws none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import RatingsHeatmap from '../../src/lib/charts/RatingsHeatmap.svelte';
import DomainGrid from '../../src/lib/charts/standards/DomainGrid.svelte';
import KeyQuestionDots from '../../src/lib/charts/standards/KeyQuestionDots.svelte';
import ReportFiguresChart from '../../src/lib/charts/context/ReportFiguresChart.svelte';
import TrendChart from '../../src/lib/charts/context/TrendChart.svelte';
import SpendPerChildChart from '../../src/lib/charts/context/SpendPerChildChart.svelte';
import PeerDotChart from '../../src/lib/charts/peers/PeerDotChart.svelte';
import ScoreStrip from '../../src/lib/charts/scoreDistribution/ScoreStrip.svelte';
import { buildStandardsModel } from '../../src/lib/views/standards/model';
import { standardsDefaults } from '../../src/lib/state/views/standards';
import { shapeReportFigures } from '../../src/lib/views/context/reportFigures';
import { shapeTrends } from '../../src/lib/views/context/trends';
import { shapeSpendPerChild } from '../../src/lib/views/context/spendPerChild';
import { shapePeers } from '../../src/lib/views/peers/model';
import { shapeDistribution } from '../../src/lib/charts/scoreDistribution/shape';
import { peerRow as row } from './peersFixture';
import type { ReportInspectionRow } from '../../src/lib/db/queries/scoreDistribution';
import { HARTLEPOOL_ROWS, SUFFOLK_INSPECTION, SUFFOLK_ROWS } from './ratingsFixture';
import { STANDARDS_FIXTURE } from './standardsFixture';
import { FIGURE_ROWS, SPEND_ROWS, TREND_ROWS } from './contextFixture';

afterEach(() => cleanup());

const BASE = '/yjs';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Rows with `id`'s service id turned into an added report's (`added-<id>`), as the browser's database holds one. */
function asAdded<T extends { service_id: string }>(rows: readonly T[], id: string | null): T[] {
	return rows.map((r) => (id !== null && r.service_id === id ? { ...r, service_id: `added-${id}` } : r));
}
const ids = (list: string[], added: string | null) => list.map((s) => (s === added ? `added-${s}` : s));

interface Case {
	chart: string;
	/** The service whose name should link, and the name as the chart draws it. */
	id: string;
	name: string;
	/** Draws the chart with `base`, `added` (a service id) as an added report. */
	draw: (base: string | undefined, added: string | null) => HTMLElement;
	/** The chart links without a base path given (it has a default). */
	defaultBase?: boolean;
}

const drawn = (component: Component<never>, props: Record<string, unknown>) =>
	render(component as Component<Record<string, unknown>>, { titleId: 't', summaryId: 's', ...props }).container;

const standardsModel = (standard: string, added: string | null) =>
	buildStandardsModel(
		{ ...STANDARDS_FIXTURE, inspections: asAdded(STANDARDS_FIXTURE.inspections, added) },
		{ ...standardsDefaults({ serviceIds: ids(['hartlepool', 'suffolk', 'thurrock'], added) }), standard }
	);


const CASES: Case[] = [
	{
		chart: 'RatingsHeatmap',
		id: 'suffolk',
		name: 'Suffolk',
		draw: (base, added) => drawn(RatingsHeatmap, { rows: asAdded([...HARTLEPOOL_ROWS, ...SUFFOLK_ROWS], added), base })
	},
	{
		chart: 'DomainGrid',
		id: 'thurrock',
		name: 'Thurrock',
		draw: (base, added) => drawn(DomainGrid, { model: standardsModel('2', added), base })
	},
	{
		chart: 'KeyQuestionDots',
		id: 'thurrock',
		name: 'Thurrock',
		draw: (base, added) => drawn(KeyQuestionDots, { model: standardsModel('2.2', added), base })
	},
	{
		chart: 'ReportFiguresChart',
		id: 'west-sussex',
		name: 'West Sussex',
		draw: (base, added) => drawn(ReportFiguresChart, { model: shapeReportFigures(asAdded(FIGURE_ROWS, added), ids(['hartlepool', 'west-sussex'], added)), base })
	},
	{
		chart: 'TrendChart',
		id: 'hartlepool',
		name: 'Hartlepool',
		draw: (base, added) =>
			drawn(TrendChart, {
				model: shapeTrends(asAdded(TREND_ROWS, added), { services: ids(['hartlepool'], added), measure: 'reoffending-10-14', from: 2016, to: 2020, comparator: 'region' }),
				base
			})
	},
	{
		chart: 'SpendPerChildChart',
		id: 'west-sussex',
		name: 'West Sussex',
		draw: (base, added) => drawn(SpendPerChildChart, { model: shapeSpendPerChild(asAdded(SPEND_ROWS, added), ids(['suffolk', 'west-sussex'], added)), base })
	},
	{
		chart: 'ScoreStrip',
		id: 'suffolk',
		name: 'Suffolk 9/36',
		defaultBase: true,
		draw: (base, added) =>
			drawn(ScoreStrip, { model: shapeDistribution([], asAdded([SUFFOLK_INSPECTION], added), { highlight: ids(['suffolk'], added) }), ...(base === undefined ? {} : { base }) })
	}
];

/** Every link to a profile in the chart. */
const profileLinks = (container: HTMLElement) => [...container.querySelectorAll('svg a')].filter((a) => a.getAttribute('href')?.includes('/services/'));
/** The chart's text that reads `name` (a label, linked or not). */
const labelled = (container: HTMLElement, name: string) => [...container.querySelectorAll('svg text')].some((t) => t.textContent?.trim().startsWith(name));

describe.each(CASES)('$chart: a service’s name links to its profile', ({ id, name, draw, defaultBase }) => {
	it('links the published service’s name to <base>/services/<id>, beside the marks', () => {
		const container = draw(BASE, null);
		const links = profileLinks(container).filter((a) => a.textContent?.trim().startsWith(name));
		expect(links.length, `a link named "${name}"`).toBeGreaterThan(0);
		for (const link of links) {
			expect(link.getAttribute('href')).toBe(`${BASE}/services/${id}`);
			// An SVG link (an HTML <a> inside an <svg> is not drawn), never inside a mark, not hidden from screen readers.
			expect(link.namespaceURI).toBe(SVG_NS);
			expect(link.closest('[role="img"]')).toBeNull();
			expect(link.closest('[aria-hidden="true"]')).toBeNull();
			expect(link.querySelector('[aria-hidden="true"]')).toBeNull();
			// An ordinary tab stop, not one of the marks' roving stops.
			expect(link.hasAttribute('tabindex')).toBe(false);
		}
	});

	it('draws an added report’s name as plain text: it has no profile', () => {
		const container = draw(BASE, id);
		expect(labelled(container, name), `"${name}" is still drawn`).toBe(true);
		expect(profileLinks(container).filter((a) => a.textContent?.trim().startsWith(name))).toEqual([]);
		expect(profileLinks(container).some((a) => a.getAttribute('href')?.includes('added-'))).toBe(false);
	});

	it.skipIf(defaultBase)('draws no profile links without a base path (the service’s own profile)', () => {
		const container = draw(undefined, null);
		expect(labelled(container, name)).toBe(true);
		expect(profileLinks(container)).toEqual([]);
	});
});

describe('PeerDotChart: the service links to its profile, its neighbours (local authorities) do not', () => {
	const model = shapePeers([row(0, 845, 'East Sussex', 101), row(1, 878, 'Devon', 132), row(7, 838, 'Dorset', null)], [], {
		service: 'east-sussex',
		measure: 'first-time-entrants',
		year: 2024
	});

	it('links the service’s row label only', () => {
		const container = drawn(PeerDotChart, { model, base: BASE });
		const links = profileLinks(container);
		expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([['▶ East Sussex (this service)', `${BASE}/services/east-sussex`]]);
		expect(links[0].namespaceURI).toBe(SVG_NS);
		expect(links[0].closest('[role="img"]')).toBeNull();
		// The neighbours' names are drawn, unlinked.
		expect(labelled(container, 'Devon')).toBe(true);
		expect(labelled(container, 'Dorset')).toBe(true);
	});

	it('draws no links without a base path (the service’s own profile)', () => {
		expect(profileLinks(drawn(PeerDotChart, { model }))).toEqual([]);
	});
});
