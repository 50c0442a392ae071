/**
 * `data/services.csv`: which report file is which service, and the facts about
 * a service that its report does not print (country, region, DfE LA number).
 */
import { csvParse } from 'd3-dsv';

export interface ServiceEntry {
	service_id: string;
	report_file: string;
	inspection_year: number;
	local_authority: string;
	country: string;
	region: string;
	dfe_la_number: number | null;
	source: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseServiceRegistry(csv: string): ServiceEntry[] {
	return csvParse(csv).map((row, i) => {
		const id = row.service_id ?? '';
		if (!SLUG.test(id)) throw new Error(`data/services.csv row ${i + 2}: service_id '${id}' is not a slug`);
		const year = Number(row.inspection_year);
		if (!Number.isInteger(year)) throw new Error(`data/services.csv row ${i + 2}: inspection_year is not a year`);
		return {
			service_id: id,
			report_file: row.report_file ?? '',
			inspection_year: year,
			local_authority: row.local_authority ?? '',
			country: row.country ?? '',
			region: row.region ?? '',
			dfe_la_number: row.dfe_la_number ? Number(row.dfe_la_number) : null,
			source: row.source ?? ''
		};
	});
}
