/**
 * A 2025-framework report's text, as `framework-2025.md` describes one (no
 * such report is held here): the title "An inspection of youth justice work
 * with children and victims in PLACE", a cover date, a foreword stating the
 * overall rating, and the area ratings (assessing, planning, delivering, work
 * with victims) each on a line of its own, with no score.
 */
export function report2025(place: string, ratings: { overall: string; assessing: string; planning: string; delivering: string; victims: string }): string {
	return [
		`An inspection of youth justice work with children and victims in ${place}`,
		'HM Inspectorate of Probation, June 2025',
		'',
		'Foreword',
		`Overall, ${place} Youth Justice Service was rated as '${ratings.overall}'. The work with victims was`,
		'considered through the lens of the organisational arrangements and quality of work delivered to victims.',
		'',
		'Ratings',
		`Assessing\t${ratings.assessing}`,
		`Planning\t${ratings.planning}`,
		`Delivering\t${ratings.delivering}`,
		`Work with victims\t${ratings.victims}`,
		'',
		...Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} about the service's work with children.`)
	].join('\n');
}
