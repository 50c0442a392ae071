/**
 * Name matching for the service register: the one place that says which name
 * in which source is which service, and which local authorities (named as in
 * DfE LAIT) a service covers. Every rule is written out; nothing is fuzzy.
 */

/** Key for comparing names: lower case, no accents, "&" as "and", no "- JI" marker or parenthetical, no "St." dot, one space. */
export function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\s*-\s*JI\s*$/i, '')
		.replace(/\([^)]*\)/g, ' ')
		.replace(/&/g, ' and ')
		.replace(/\bSt\./gi, 'St')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** URL slug of a register name: `Gwynedd and Ynys Môn` → `gwynedd-and-ynys-mon`. */
export function slugFor(name: string): string {
	return nameKey(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Names used by the inspection sources that differ from the register's,
 * keyed by `nameKey`, with the register name they stand for and why.
 */
export const SOURCE_NAME_ALIASES: Readonly<Record<string, { register: string; why: string }>> = {
	newcastle: { register: 'Newcastle upon Tyne', why: 'HMIP shortens the name' },
	hull: { register: 'Kingston-upon-Hull', why: 'HMIP uses the short name' },
	'royal borough of greenwich': { register: 'Greenwich', why: 'HMIP uses the borough title' },
	'county durham': { register: 'Durham', why: 'HMIP and HMIP pages use the county name' },
	dorset: { register: 'Dorset Combined YOS', why: 'the joint Dorset and BCP service (HMIP: "Bournemouth, Christchurch, Poole, and Dorset")' },
	'dorset combined': { register: 'Dorset Combined YOS', why: 'the same service without "YOS"' },
	'derby city': { register: 'Derby', why: 'HMIP titles the 2025 report "Derby City"' },
	leicester: { register: 'Leicester City', why: 'the city service, not Leicestershire' },
	cheshire: {
		register: 'Cheshire East, Cheshire West, Halton and Warrington',
		why: "Warrington council's page names the four authorities in brackets"
	}
};

/** Register names that are not one LAIT local authority of the same name: their LAIT footprint, and why. */
export const FOOTPRINTS: Readonly<Record<string, { laNames: string[]; why: string }>> = {
	Bedfordshire: { laNames: ['Bedford Borough', 'Central Bedfordshire'], why: 'shared by the two councils' },
	Bristol: { laNames: ['Bristol, City of'], why: "LAIT's spelling" },
	'Bury and Rochdale': { laNames: ['Bury', 'Rochdale'], why: 'joint service' },
	'Cheshire East, Cheshire West, Halton and Warrington': {
		laNames: ['Cheshire East', 'Cheshire West and Chester', 'Halton', 'Warrington'],
		why: 'joint service of the four authorities'
	},
	'Dorset Combined YOS': { laNames: ['Bournemouth, Christchurch and Poole', 'Dorset'], why: 'HMIP: covers "Bournemouth, Christchurch, Poole, and Dorset"' },
	'Kingston and Richmond': { laNames: ['Kingston upon Thames', 'Richmond upon Thames'], why: 'joint service' },
	'Kingston-upon-Hull': { laNames: ['Kingston Upon Hull, City of'], why: "LAIT's spelling" },
	'Leicester City': { laNames: ['Leicester'], why: "LAIT's name for the city" },
	Northamptonshire: {
		laNames: ['North Northamptonshire', 'West Northamptonshire'],
		why: 'the successor unitaries since 2021 (LAIT keeps older series under "Northamptonshire")'
	},
	'South Tees': { laNames: ['Middlesbrough', 'Redcar and Cleveland'], why: 'joint service of the two Tees authorities' },
	'Tower Hamlets and City of London': { laNames: ['Tower Hamlets', 'City of London'], why: 'joint service' },
	'West Mercia': {
		laNames: ['Herefordshire', 'Shropshire', 'Telford and Wrekin', 'Worcestershire'],
		why: 'joint service of the four West Mercia authorities'
	}
};

/** Welsh joint services' member authorities (Welsh councils have no DfE LA number, and LAIT covers England only). */
export const WALES_FOOTPRINTS: Readonly<Record<string, string[]>> = {
	'Blaenau Gwent and Caerphilly': ['Blaenau Gwent', 'Caerphilly'],
	'Conwy and Denbighshire': ['Conwy', 'Denbighshire'],
	'Gwynedd and Ynys Môn': ['Gwynedd', 'Isle of Anglesey (Ynys Môn)'],
	'Monmouthshire and Torfaen': ['Monmouthshire', 'Torfaen'],
	'Cwm Taf': ['Merthyr Tydfil', 'Rhondda Cynon Taf']
};

/** LAIT local authorities that no register service covers, and why; the import fails on any other. */
export const UNMATCHED_LAS: Readonly<Record<string, string>> = {
	Rutland: 'no register service names it; which service covers Rutland is not confirmed here',
	'Isles of Scilly': 'no register service names it; which service covers the islands is not confirmed here',
	Northamptonshire: 'predecessor county, abolished April 2021; now North and West Northamptonshire (older series stay under it)',
	Cumbria: 'abolished April 2023; now Cumberland and Westmorland and Furness (older series stay under Cumbria)',
	'Dorset (Pre LG)': 'predecessor code, before the 2019 reorganisation',
	'Bournemouth (Pre LG)': 'predecessor code, before the 2019 reorganisation',
	'Poole (Pre LG)': 'predecessor code, before the 2019 reorganisation'
};

/** The register name a source's service name stands for, or undefined when no rule matches it. */
export function registerNameFor(sourceName: string, registerNames: ReadonlyArray<string>): string | undefined {
	const key = nameKey(sourceName);
	const direct = registerNames.find((n) => nameKey(n) === key);
	if (direct) return direct;
	const alias = SOURCE_NAME_ALIASES[key];
	return alias && registerNames.includes(alias.register) ? alias.register : undefined;
}

/** Local authorities a register service covers: LAIT names in England, council names in Wales. */
export function footprintFor(registerName: string, nation: string): string[] {
	if (nation !== 'England') return WALES_FOOTPRINTS[registerName] ?? [registerName];
	return FOOTPRINTS[registerName]?.laNames ?? [registerName];
}
