/**
 * Offence-type tables: an `Offence types` heading, then `<offence> <n>%` rows.
 * Reports print one for court disposals and one for out-of-court disposals,
 * each introduced by `For children subject to court disposals ...` /
 * `... out-of-court disposals`. The percentages are of the cases inspected.
 */
import type { Line, ReportText } from '../text';
import { sourceOf } from '../text';
import type { FactRecord } from '../types';
import { isPageFooter, slug, splitMarker } from './markers';

/** `Offence types19 %`: the footnote marker is glued on, so no `\b` after the word. */
const HEADING = /^offence types?(?![a-z])/i;
const ROW = /^(.*[A-Za-z)])\s+(\d{1,3}(?:\.\d+)?)\s?%$/;
/** How far above the heading we look for the court / out-of-court introduction. */
const MAX_INTRO_DISTANCE = 8;
const MAX_ROWS = 25;

function disposalContext(lines: readonly Line[], heading: number): 'court' | 'oocd' | null {
	for (let i = heading - 1; i >= Math.max(0, heading - MAX_INTRO_DISTANCE); i--) {
		const t = lines[i].text;
		if (/\bsubject to out-of-court disposals?\b/i.test(t)) return 'oocd';
		if (/\bsubject to court disposals?\b/i.test(t)) return 'court';
	}
	return null;
}

export function parseOffenceFacts(report: ReportText): FactRecord[] {
	const lines = report.lines;
	const facts: FactRecord[] = [];
	const seen = new Set<string>();
	for (let h = 0; h < lines.length; h++) {
		if (!HEADING.test(lines[h].text)) continue;
		const context = disposalContext(lines, h);
		const prefix = context === 'court' ? 'court_' : context === 'oocd' ? 'oocd_' : '';
		let rows = 0;
		for (let i = h + 1; i < lines.length && rows < MAX_ROWS; i++) {
			const text = lines[i].text;
			if (text.length === 0 || isPageFooter(text)) continue;
			const m = ROW.exec(text);
			if (!m) break; // the first line that is not `<offence> n%` ends the table
			const pct = Number(m[2]);
			const offence = slug(splitMarker(m[1]).text);
			rows++;
			if (!offence || pct > 100) continue;
			const measure = `${prefix}offence_${offence}_pct`;
			if (seen.has(measure)) continue;
			seen.add(measure);
			facts.push({
				measure,
				area: 'service',
				value: pct,
				unit: '%',
				period: null,
				source: sourceOf(report, lines[i]),
				from_prose: false,
				source_text: text
			});
		}
	}
	return facts;
}
