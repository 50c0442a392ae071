/**
 * What the `demographics` table does not carry: each report's heading of its
 * demographic table, the printed wording of the ethnic-minority group, and the
 * footnotes that say where the shares come from and for which period.
 *
 * The headings matter: Hartlepool's table is "Demographics of children
 * cautioned or sentenced" (a year's YJB statistics), the others are "Caseload
 * information" (current caseload), so the shares are not the same thing.
 *
 * Transcribed from the reports with their lines; a unit test
 * (tests/unit/charts/disproportionalityReportTables.test.ts) reads every cited
 * line and fails if the text is not there. An inspection missing here still
 * shows its shares, with the heading "not recorded".
 */

export interface Citation {
	text: string;
	/** `data/reports/<file>:<line>`. */
	source: string;
}

export interface Footnote extends Citation {
	/** Our words: which figures of the table the footnote is attached to. */
	appliesTo: string;
}

export interface ReportTableInfo {
	/** Heading of the demographic table as printed (footnote marker removed). */
	heading: Citation;
	/** The ethnic-minority group's column heading as printed (wrapped lines joined). */
	ethnicGroupLabel: Citation;
	/** Footnotes on the table: where the shares come from and their period. */
	footnotes: Footnote[];
}

export const REPORT_TABLES: Readonly<Record<string, ReportTableInfo>> = {
	'west-sussex-2022': {
		heading: { text: 'Caseload information', source: 'data/reports/west-sussex.txt:986' },
		ethnicGroupLabel: { text: 'Black, Asian and minority ethnic', source: 'data/reports/west-sussex.txt:994' },
		footnotes: [
			{
				appliesTo: 'the table (age; national averages)',
				text: 'Youth Justice Board. (2022). Youth justice annual statistics: 2020 to 2021.',
				source: 'data/reports/west-sussex.txt:1020'
			},
			{
				appliesTo: 'race/ethnicity shares, including the youth population',
				text: 'Data supplied by the YJS.',
				source: 'data/reports/west-sussex.txt:1021'
			},
			{ appliesTo: 'gender shares of the caseload', text: 'Data supplied by the YJS.', source: 'data/reports/west-sussex.txt:1023' }
		]
	},
	'hartlepool-2020': {
		heading: { text: 'Demographics of children cautioned or sentenced', source: 'data/reports/hartlepool.txt:181' },
		ethnicGroupLabel: { text: 'Black and minority ethnic', source: 'data/reports/hartlepool.txt:192' },
		footnotes: [
			{
				appliesTo: 'the whole table',
				text: 'Youth Justice Board. (2020). Youth justice annual statistics: 2018 to 2019.',
				source: 'data/reports/hartlepool.txt:227'
			}
		]
	},
	'thurrock-2022': {
		heading: { text: 'Caseload information', source: 'data/reports/thurrock.txt:350' },
		ethnicGroupLabel: { text: 'Black and minority ethnic', source: 'data/reports/thurrock.txt:356' },
		footnotes: [
			{
				appliesTo: 'the table (age, gender; national averages)',
				text: 'Youth Justice Board. (January 2022). Youth justice annual statistics: 2020 to 2021.',
				source: 'data/reports/thurrock.txt:370'
			},
			{
				appliesTo: 'race/ethnicity shares, including the youth population',
				text: 'Data supplied by the YOS.',
				source: 'data/reports/thurrock.txt:372'
			}
		]
	}
};

/** An inspection's table heading and footnotes; none when not transcribed (the heading then reads "not recorded"). */
export function reportTable(inspectionId: string): { heading: Citation | null; footnotes: Footnote[] } {
	const info = REPORT_TABLES[inspectionId];
	return { heading: info?.heading ?? null, footnotes: info?.footnotes ?? [] };
}

/** What the service's own shares describe: Hartlepool's table is of children cautioned or sentenced, not the caseload. */
export function populationNoun(s: { table: { heading: Citation | null } }): string {
	return /cautioned or sentenced/i.test(s.table.heading?.text ?? '') ? 'children cautioned or sentenced' : 'caseload';
}
