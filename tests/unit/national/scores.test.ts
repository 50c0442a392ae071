import { describe, expect, it } from 'vitest';
import {
	buildNationalScores,
	isoPublication,
	mergeInspection,
	parsePublicScore,
	publicPageFramework,
	scoreFromPublicPage,
	scoreFromScrape,
	type PublicPageRow,
	type ScrapeRow
} from '../../../src/lib/national/scores';
import { footprintFor, normaliseServiceName } from '../../../src/lib/national/footprints';

const scrape = (over: Partial<ScrapeRow>): ScrapeRow => ({
	service: 'Thurrock',
	hmip_ref: 'thurrockyos',
	joint_inspection: 'no',
	publication_date: '2022-08-23',
	score_out_of_36: '26',
	rating_from_score_band: 'Good',
	overall_rating_as_scraped: 'Good',
	report_url: 'https://example.org/thurrockyos/',
	flags: '',
	...over
});

const page = (over: Partial<PublicPageRow>): PublicPageRow => ({
	service: 'Brighton and Hove',
	publication: '2021-07',
	framework: '2018-2021 (12 standards)',
	overall_rating: 'Outstanding',
	score_out_of_36: '36 (derived: all 12 standards Outstanding)',
	source_url: 'https://example.org/press/brighton',
	source_type: 'HMIP press release',
	...over
});

describe('scoreFromScrape', () => {
	it('keeps a good score and takes the rating from its band', () => {
		const r = scoreFromScrape(scrape({}));
		expect(r).toMatchObject({ score: 26, overall_rating: 'Good', rating_basis: 'score_band', comparable: true, flag: '' });
		expect(r.source).toMatch(/^hmip_yjs_overall_scores_2021_2025\.csv \(data-to-insight scrape/);
		expect(r).toMatchObject({ la_names: 'Thurrock', country: 'England', joint_inspection: false });
	});
	it('corrects a scraped rating that disagrees with the band (West Sussex, Portsmouth)', () => {
		const ws = scoreFromScrape(scrape({ service: 'West Sussex', overall_rating_as_scraped: 'Requires Improvement', flags: 'scraped_rating_disagrees_with_score_band' }));
		expect(ws).toMatchObject({ score: 26, overall_rating: 'Good', flag: 'scraped_rating_corrected' });
		const pm = scoreFromScrape(scrape({ service: 'Portsmouth', score_out_of_36: '22', overall_rating_as_scraped: '1 The resettlement standard does not contribute' }));
		expect(pm).toMatchObject({ overall_rating: 'Good', flag: 'scraped_rating_corrected' });
	});
	it('leaves a mis-parsed score empty and flags it, keeping the scraped rating word', () => {
		const r = scoreFromScrape(scrape({ service: 'Bridgend', score_out_of_36: '', rating_from_score_band: '', overall_rating_as_scraped: 'Requires Improvement', flags: 'score_parse_error' }));
		expect(r).toMatchObject({ score: null, comparable: false, flag: 'score_parse_error', overall_rating: 'Requires improvement', rating_basis: 'as_scraped', country: 'Wales', la_names: '' });
		// Even if a number is present, a flagged parse error is never trusted.
		expect(scoreFromScrape(scrape({ service: 'Ceredigion', score_out_of_36: '2', flags: 'score_parse_error' })).score).toBeNull();
	});
	it('refuses a file whose own band disagrees with the score', () => {
		expect(() => scoreFromScrape(scrape({ rating_from_score_band: 'Outstanding' }))).toThrow(/band/);
	});
	it('reads the joint-inspection marker and joint footprints', () => {
		expect(scoreFromScrape(scrape({ service: 'Suffolk', joint_inspection: 'yes' })).joint_inspection).toBe(true);
		expect(scoreFromScrape(scrape({ service: 'West Mercia' })).la_names).toBe('Herefordshire;Shropshire;Telford and Wrekin;Worcestershire');
		expect(scoreFromScrape(scrape({ service: 'Tower Hamlets and City of London' })).la_names).toBe('Tower Hamlets;City of London');
	});
	it('throws for a service with no known footprint', () => {
		expect(() => scoreFromScrape(scrape({ service: 'Atlantis' }))).toThrow(/footprint/);
	});
});

describe('public-page rows', () => {
	it('reads how a score was obtained', () => {
		expect(parsePublicScore('36 (derived: all 12 standards Outstanding)')).toEqual({ score: 36, basis: 'derived_from_grade_counts' });
		expect(parsePublicScore('25')).toEqual({ score: 25, basis: 'stated' });
		expect(parsePublicScore('32 (d2i CSV)')).toEqual({ score: 32, basis: 'copied_from_scrape' });
		expect(parsePublicScore('')).toEqual({ score: null, basis: '' });
		expect(parsePublicScore('40')).toEqual({ score: null, basis: '' });
	});
	it('keeps only ISO-like publication dates', () => {
		expect(['2024-09-17', '2021-07', '2025', '2019/20', '2020/21 (fieldwork late 2020)'].map(isoPublication)).toEqual(['2024-09-17', '2021-07', '2025', '', '']);
	});
	it('recognises the 2025 programme', () => {
		expect(publicPageFramework('NEW 2025 programme (work with children and victims; not the 12-standard /36 scheme)')).toBe('youth-2025');
		expect(publicPageFramework('2021-2024 (12 standards + resettlement)')).toBe('youth-2018');
	});
	it('makes a 2025-framework row not comparable with no score', () => {
		const r = scoreFromPublicPage(page({ service: 'Wakefield', publication: '2025', framework: 'NEW 2025 programme (work with children and victims)', overall_rating: 'Good', score_out_of_36: '', source_type: 'HMIP report (HTML)' }));
		expect(r).toMatchObject({ framework: 'youth-2025', score: null, comparable: false, overall_rating: 'Good', rating_basis: 'as_published', flag: 'framework_2025_not_comparable' });
		expect(r?.report_url).toBe('https://example.org/press/brighton');
	});
	it('drops a ratings-only row and keeps a derived score', () => {
		expect(scoreFromPublicPage(page({ service: 'Camden', score_out_of_36: '' }))).toBeNull();
		expect(scoreFromPublicPage(page({}))).toMatchObject({ score: 36, overall_rating: 'Outstanding', comparable: true, published: '2021-07' });
	});
	it('flags a stated rating that disagrees with the band', () => {
		expect(scoreFromPublicPage(page({ overall_rating: 'Good' }))?.flag).toBe('stated_rating_disagrees_with_score_band');
	});
});

describe('merging the two sources', () => {
	it('prefers the scrape, fills a missing score from an independent page, flags disagreement', () => {
		const bad = scoreFromScrape(scrape({ service: 'Bridgend', score_out_of_36: '', rating_from_score_band: '', flags: 'score_parse_error' }));
		const stated = scoreFromPublicPage(page({ service: 'Bridgend', publication: '2022-06-14', score_out_of_36: '15', overall_rating: 'Requires improvement' }))!;
		const filled = mergeInspection(bad, stated);
		expect(filled).toMatchObject({ score: 15, comparable: true, flag: 'score_parse_error;score_from_public_pages' });
		expect(filled.source).toContain('; score: https://example.org/press/brighton');

		const good = scoreFromScrape(scrape({}));
		const other = scoreFromPublicPage(page({ service: 'Thurrock', publication: '2022-08-23', score_out_of_36: '27', overall_rating: 'Good' }))!;
		expect(mergeInspection(good, other)).toMatchObject({ score: 26, comparable: false, flag: 'score_sources_disagree' });
		const copied = scoreFromPublicPage(page({ service: 'Thurrock', publication: '2022-08-23', score_out_of_36: '27 (d2i CSV)', overall_rating: 'Good' }))!;
		expect(mergeInspection(good, copied)).toEqual(good);
	});
	it('does not duplicate an inspection present in both files, and adds ones the scrape lacks', () => {
		const rows = buildNationalScores(
			[scrape({ service: 'Dorset - JI', hmip_ref: 'dorsetyos', joint_inspection: 'yes', publication_date: '2023-01-17', score_out_of_36: '24' })],
			[
				page({ service: 'Dorset (joint inspection)', publication: '2023-01-17', score_out_of_36: '24 (d2i CSV)', overall_rating: 'Good' }),
				page({}),
				page({ score_out_of_36: '', source_url: 'https://mirror.example/brighton', source_type: 'third-party mirror of HMIP report' })
			]
		);
		expect(rows.map((r) => [r.service, r.published, r.score])).toEqual([
			['Dorset', '2023-01-17', 24],
			['Brighton and Hove', '2021-07', 36]
		]);
		expect(rows[0].la_names).toBe('Bournemouth, Christchurch and Poole;Dorset');
	});
	it('throws on a duplicate inspection within the scrape', () => {
		expect(() => buildNationalScores([scrape({}), scrape({})], [])).toThrow(/Duplicate/);
	});
});

describe('service names', () => {
	it('match across sources', () => {
		expect(normaliseServiceName('Conwy & Denbighshire - JI')).toBe('conwy and denbighshire');
		expect(normaliseServiceName('Nottinghamshire (joint)')).toBe('nottinghamshire');
		expect(footprintFor('St Helens')?.laNames).toEqual(['St. Helens']);
		expect(footprintFor('Royal Borough of Greenwich')?.laNames).toEqual(['Greenwich']);
	});
});
