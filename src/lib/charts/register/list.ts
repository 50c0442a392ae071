/**
 * How the register's services are named in words: the framework of an
 * inspection, what the dashboard holds for a service, its latest score.
 * Pure. (The `/services` list itself: `views/services/model.ts`.)
 */
import type { RegisterRow } from '../../db/queries/register';

export const FRAMEWORK_LABELS: Record<string, string> = {
	'youth-2018': '2018–2024 standards',
	'youth-2025': '2025 framework'
};

/** What the dashboard holds for a service, in words. */
export function holdings(r: Pick<RegisterRow, 'holds_report' | 'holds_public_ratings' | 'holds_lait' | 'nation'>): string[] {
	const out: string[] = [];
	if (r.holds_report) out.push('full inspection report');
	if (r.holds_public_ratings) out.push('ratings from HMIP and public pages');
	if (r.holds_lait) out.push('local-authority indicators (LAIT)');
	if (r.nation === 'Wales') out.push('no LAIT figures (England only)');
	return out;
}

/** "26/36", "no score (2025 framework)", or "score not known". */
export function scoreLabel(r: Pick<RegisterRow, 'latest_score' | 'latest_framework'>): string {
	if (r.latest_framework === 'youth-2025') return 'no score (2025 framework)';
	if (r.latest_score === null) return r.latest_framework ? 'score not known' : '';
	return `${r.latest_score}/36`;
}
