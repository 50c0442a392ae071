/**
 * The score strip chart on hand-made rows: Suffolk's report (9/36,
 * suffolk.txt:97, Requires improvement, published Jan 2023) and its row in
 * the national table, plus three other inspections as static/data/
 * national_scores.csv has them (Newcastle 16, Slough 3, Norfolk 22).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ScoreStrip from '../../src/lib/charts/scoreDistribution/ScoreStrip.svelte';
import ScoreDistributionCard from '../../src/lib/charts/scoreDistribution/ScoreDistributionCard.svelte';
import { shapeDistribution } from '../../src/lib/charts/scoreDistribution/shape';
import { ratingForScore } from '../../src/lib/framework/framework';
import type { NationalScoreRow, ReportInspectionRow } from '../../src/lib/db/queries/scoreDistribution';
import { SUFFOLK_INSPECTION } from './ratingsFixture';

afterEach(cleanup);

const SCRAPE = 'hmip_yjs_overall_scores_2021_2025.csv (data-to-insight scrape of HMIP reports, hmi-probation-youth-justice-scrape @9dd53af)';
const nat = (service: string, published: string, score: number, overall_rating: string): NationalScoreRow => ({
	service,
	hmip_ref: null,
	published,
	published_as_stated: published,
	framework: 'youth-2018',
	score,
	score_basis: 'scraped_ratings_page',
	overall_rating,
	flag: null,
	report_url: null,
	source: SCRAPE
});
const NATIONAL = [
	nat('Slough', '2025-01-14', 3, 'Inadequate'),
	nat('Suffolk', '2023-01-18', 9, 'Requires improvement'),
	nat('Newcastle', '2025-02-18', 16, 'Requires improvement'),
	nat('Norfolk', '2025-01-28', 22, 'Good')
];
const SUFFOLK = SUFFOLK_INSPECTION;

describe('ScoreStrip', () => {
	const model = shapeDistribution(NATIONAL, [SUFFOLK], { highlight: ['suffolk'] });

	it('draws one dot per inspection, Suffolk once, highlighted and labelled', () => {
		const { container } = render(ScoreStrip, { model, titleId: 't', summaryId: 's' });
		const dots = container.querySelectorAll('circle.dot');
		expect(dots).toHaveLength(4);
		const suffolk = container.querySelectorAll('circle[data-service-id="suffolk"]');
		expect(suffolk).toHaveLength(1);
		expect(suffolk[0].getAttribute('data-highlighted')).toBe('true');
		expect(suffolk[0].getAttribute('data-origin')).toBe('report');
		const label = container.querySelector('.label[data-service="suffolk"]')!;
		expect(label.textContent).toContain('Suffolk 9/36');
		expect(label.textContent).toContain('Requires improvement');
		expect(label.textContent).toContain('published Jan 2023');
		expect(label.querySelector('a')?.getAttribute('href')).toBe('/services/suffolk');
	});

	it('shades and labels the four bands with their ranges and counts', () => {
		const { container } = render(ScoreStrip, { model, titleId: 't', summaryId: 's' });
		const bands = [...container.querySelectorAll('.band')].map((b) => [
			b.getAttribute('data-rating'),
			b.querySelector('.band-name')?.textContent?.trim(),
			b.querySelector('.band-range')?.textContent?.trim()
		]);
		expect(bands).toEqual([
			['Inadequate', 'Inadequate', '0–6 · 1 inspection'],
			['Requires improvement', 'Requires improvement', '7–18 · 2 inspections'],
			['Good', 'Good', '19–30 · 1 inspection'],
			['Outstanding', 'Outstanding', '31–36 · 0 inspections']
		]);
		expect(container.querySelector('.axis-title')?.textContent).toContain('Score out of 36');
	});

	it('names each dot in full for screen readers, with its source', () => {
		const { container } = render(ScoreStrip, { model, titleId: 't', summaryId: 's' });
		const labels = [...container.querySelectorAll('circle.dot')].map((d) => d.getAttribute('aria-label'));
		expect(labels).toContain('Slough: 3 out of 36, Inadequate, published 14 Jan 2025. Source: data-to-insight scrape of HMIP reports.');
		expect(labels).toContain('Suffolk: 9 out of 36, Requires improvement, published Jan 2023. Source: inspection report, suffolk.txt:97.');
	});

	it('has one tab stop; focus shows the tooltip and arrow keys move along the scores', async () => {
		const { container } = render(ScoreStrip, { model, titleId: 't', summaryId: 's' });
		const dots = [...container.querySelectorAll<SVGCircleElement>('circle.dot')];
		expect(dots.filter((d) => d.getAttribute('tabindex') === '0')).toHaveLength(1);
		dots[0].focus();
		await fireEvent.focus(dots[0]);
		const tip = await screen.findByTestId('chart-tooltip');
		expect(tip.textContent).toContain('Slough');
		expect(tip.textContent).toContain('3/36 · Inadequate');
		expect(tip.textContent).toContain('published 14 Jan 2025');
		expect(tip.textContent).toContain('Source: data-to-insight scrape of HMIP reports');
		await fireEvent.keyDown(dots[0], { key: 'ArrowRight' });
		expect(document.activeElement).toBe(dots[1]);
		expect(dots[1].getAttribute('data-service-id')).toBe('suffolk');
		expect(dots[1].getAttribute('tabindex')).toBe('0');
		expect(dots[0].getAttribute('tabindex')).toBe('-1');
	});
});

describe('ScoreStrip with many highlighted services', () => {
	/** n report inspections shaped like Suffolk's, each its own service with its own score. */
	const reports = (n: number): ReportInspectionRow[] =>
		Array.from({ length: n }, (_, i) => ({
			...SUFFOLK,
			inspection_id: `service-${i}-2022`,
			service_id: `service-${i}`,
			service_name: `Service ${i} Youth Justice Service`,
			local_authority: `Service ${i}`,
			score: (i * 3) % 37,
			overall_rating: ratingForScore((i * 3) % 37) ?? 'Inadequate'
		}));
	const shaped = (n: number) => shapeDistribution([], reports(n), { highlight: reports(n).map((r) => r.service_id) });

	it('labels up to twelve, each joined to its dot', () => {
		const { container } = render(ScoreStrip, { model: shaped(12), titleId: 't', summaryId: 's' });
		expect(container.querySelectorAll('.label')).toHaveLength(12);
		expect(container.querySelectorAll('line.leader')).toHaveLength(12);
		expect(screen.queryByTestId('strip-labels-note')).toBeNull();
	});

	it('labels none of thirteen and says where their details are; the dots keep their letter and full name', () => {
		const { container } = render(ScoreStrip, { model: shaped(13), titleId: 't', summaryId: 's' });
		expect(container.querySelectorAll('.label')).toHaveLength(0);
		expect(container.querySelectorAll('line.leader')).toHaveLength(0);
		expect(screen.getByTestId('strip-labels-note').textContent).toMatch(/13 services are highlighted, too many to label/);
		const highlighted = container.querySelectorAll('circle.dot[data-highlighted="true"]');
		expect(highlighted).toHaveLength(13);
		expect(container.querySelectorAll('text.dot-letter')).toHaveLength(13);
		expect([...highlighted].map((d) => d.getAttribute('aria-label'))).toContain(
			'Service 1: 3 out of 36, Inadequate, published Jan 2023. Source: inspection report, suffolk.txt:97.'
		);
	});
});

describe('ScoreDistributionCard', () => {
	it('states the finding, links the report line and lists every dot in its table', async () => {
		const model = shapeDistribution(NATIONAL, [SUFFOLK], { highlight: ['suffolk'] });
		const { container } = render(ScoreDistributionCard, { id: 'sd', model, view: 'table', onviewchange: () => {} });
		// 2 of the 4 score 9 or less (Slough 3, Suffolk 9): the lowest 50%.
		expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Suffolk's 9/36 is in the lowest 50% of 4 inspections scored out of 36 in 2023–2025");
		expect(container.querySelector('a[href="/sources/suffolk#L97"]')?.textContent).toBe('Suffolk 9/36: suffolk.txt:97');
		const rows = [...screen.getByTestId('sd-table').querySelectorAll('tbody tr')].map((r) => r.querySelector('th')?.textContent);
		expect(rows).toEqual(['Norfolk', 'Newcastle', 'Suffolk', 'Slough']);
	});

	it('says there is nothing to show rather than drawing an empty axis', () => {
		const model = shapeDistribution([], [], { highlight: [] });
		render(ScoreDistributionCard, { id: 'sd', model, view: 'chart', onviewchange: () => {} });
		expect(screen.getByTestId('sd-empty').textContent).toBe('No inspection scores are available.');
		expect(document.querySelector('svg.strip')).toBeNull();
	});
});
