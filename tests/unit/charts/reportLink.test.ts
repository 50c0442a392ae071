import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/server/database';
import { reportLink } from '../../../src/lib/charts/reportLink';
import {
	NATIONAL_SCORES_SQL,
	REPORT_INSPECTIONS_SQL,
	type NationalScoreRow,
	type ReportInspectionRow
} from '../../../src/lib/db/queries/scoreDistribution';

let reports: ReportInspectionRow[];
let national: NationalScoreRow[];
beforeAll(async () => {
	const db = await buildDatabase();
	reports = await db.query<ReportInspectionRow>(REPORT_INSPECTIONS_SQL);
	national = await db.query<NationalScoreRow>(NATIONAL_SCORES_SQL);
});
const of = (id: string) => reportLink(reports.find((r) => r.service_id === id)!, national);

describe('the original report on HMIP site', () => {
	it("gives each inspection the HMIP report page of its national row (data/national/national_scores.csv report_url)", () => {
		expect(of('suffolk')?.url).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/suffolkyos/');
		expect(of('thurrock')?.url).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/thurrockyos/');
		expect(of('west-sussex')?.url).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/west-sussex-yjs/');
		expect(of('east-sussex')?.url).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/esyjs2024/');
		expect(of('suffolk')?.source).toMatch(/^data\/national\/national_scores\.csv, Suffolk 2023-01-18: .*data-to-insight scrape/);
	});

	it('guesses none: Hartlepool 2020 has only a newspaper page, so no link', () => {
		expect(of('hartlepool')).toBeNull();
	});

	it('takes only an address on HMIP own site', () => {
		const suffolk = reports.find((r) => r.service_id === 'suffolk')!;
		const elsewhere = national.map((n) => (n.service === 'Suffolk' ? { ...n, report_url: 'https://example.org/suffolk' } : n));
		expect(reportLink(suffolk, elsewhere)).toBeNull();
	});
});
