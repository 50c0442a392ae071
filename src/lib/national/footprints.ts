/**
 * Which local authorities each inspected youth justice service covers, named
 * exactly as in the DfE LAIT file, so a service can be joined to
 * `la_indicators.csv`. Welsh services have no LAIT rows (LAIT is England
 * only), so their list is empty.
 *
 * Multi-authority footprints, and why:
 * - Bedfordshire: shared by Bedford Borough and Central Bedfordshire councils.
 * - Dorset (Dorset Combined YJS, 2023): HMIP's press release says it "covers the
 *   areas of Bournemouth, Christchurch, Poole, and Dorset" (BCP and Dorset councils).
 * - Northamptonshire (2023): inspected after the 2021 reorganisation, so the two
 *   successor unitaries; the pre-2021 county figures sit under "Northamptonshire".
 * - Tower Hamlets and City of London; West Mercia (Herefordshire, Shropshire,
 *   Telford and Wrekin, Worcestershire): as the shared-data README names them.
 * Single-authority names that differ from LAIT: Newcastle, County Durham, Hull,
 * St Helens, Royal Borough of Greenwich.
 * Not verified, so not aggregated: Leicestershire (the county YOS also served
 * Rutland in 2009–2012; the 2021 HMIP press release names only Leicestershire).
 */

import { nameKey } from '../register/names';

export type Country = 'England' | 'Wales';

export interface Footprint {
	country: Country;
	/** LAIT `la_name`s; empty for Wales. */
	laNames: string[];
}

const england = (...laNames: string[]): Footprint => ({ country: 'England', laNames });
const WALES: Footprint = { country: 'Wales', laNames: [] };

/** Keyed by service name after `normaliseServiceName`. */
export const SERVICE_FOOTPRINTS: Readonly<Record<string, Footprint>> = {
	// Wales
	'blaenau gwent and caerphilly': WALES,
	bridgend: WALES,
	carmarthenshire: WALES,
	ceredigion: WALES,
	'conwy and denbighshire': WALES,
	flintshire: WALES,
	newport: WALES,
	powys: WALES,
	swansea: WALES,
	'vale of glamorgan': WALES,
	// England: more than one local authority
	bedfordshire: england('Bedford Borough', 'Central Bedfordshire'),
	dorset: england('Bournemouth, Christchurch and Poole', 'Dorset'),
	northamptonshire: england('North Northamptonshire', 'West Northamptonshire'),
	'tower hamlets and city of london': england('Tower Hamlets', 'City of London'),
	'west mercia': england('Herefordshire', 'Shropshire', 'Telford and Wrekin', 'Worcestershire'),
	// England: one local authority whose LAIT name differs
	newcastle: england('Newcastle upon Tyne'),
	'county durham': england('Durham'),
	hull: england('Kingston Upon Hull, City of'),
	'st helens': england('St. Helens'),
	'royal borough of greenwich': england('Greenwich'),
	// England: one local authority, same name
	...Object.fromEntries(
		[
			'Barnet', 'Barnsley', 'Bath and North East Somerset', 'Bexley', 'Birmingham',
			'Blackburn with Darwen', 'Bolton', 'Bracknell Forest', 'Brighton and Hove', 'Bromley',
			'Buckinghamshire', 'Calderdale', 'Cambridgeshire', 'Coventry', 'Cumberland', 'Derbyshire',
			'Devon', 'Doncaster', 'Ealing', 'East Sussex', 'Enfield', 'Gateshead', 'Hackney',
			'Hammersmith and Fulham', 'Harrow', 'Hartlepool', 'Havering', 'Isle of Wight', 'Islington',
			'Kensington and Chelsea', 'Kent', 'Kirklees', 'Knowsley', 'Leicestershire', 'Lewisham',
			'Norfolk', 'North East Lincolnshire', 'North Lincolnshire', 'North Yorkshire',
			'Nottinghamshire', 'Plymouth', 'Portsmouth', 'Reading', 'Redbridge', 'Salford',
			'Slough', 'Solihull', 'Southend-on-Sea', 'Southwark', 'Staffordshire', 'Stockport',
			'Stoke-on-Trent', 'Suffolk', 'Surrey', 'Sutton', 'Swindon', 'Thurrock', 'Wakefield', 'Waltham Forest',
			'West Sussex', 'Westminster', 'Wiltshire', 'Wirral', 'Wokingham', 'Wolverhampton', 'York'
		].map((name) => [normaliseServiceName(name), england(name)])
	)
};

/**
 * Key for matching a service across sources: the register's one name key
 * (`register/names.ts`: lower case, "&" as "and", no "- JI" marker, no
 * parenthetical such as "(joint inspection)", no "St." dot, no accents).
 */
export function normaliseServiceName(name: string): string {
	return nameKey(name);
}

/** The LAIT names of each footprint that covers more than one authority (joint services). */
export function jointFootprints(): string[][] {
	return Object.values(SERVICE_FOOTPRINTS)
		.filter((f) => f.laNames.length > 1)
		.map((f) => f.laNames);
}

/** The footprint for a service name as printed in any source; undefined when unknown. */
export function footprintFor(serviceName: string): Footprint | undefined {
	return SERVICE_FOOTPRINTS[normaliseServiceName(serviceName)];
}
