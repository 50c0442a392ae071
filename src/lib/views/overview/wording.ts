/** The overview's fixed English: the heatmap's note and sources. */
export const HEATMAP_NOTE =
	'O Outstanding, G Good, RI Requires improvement, I Inadequate; a dashed cell was not rated in that inspection (Hartlepool 2020 was inspected before resettlement was rated). Services were inspected in different years, so this compares inspections, not one point in time.';

export const HEATMAP_SOURCES = [
	{ label: 'the ratings page of each HM Inspectorate of Probation inspection report (hover or focus a cell for its line)' }
];
