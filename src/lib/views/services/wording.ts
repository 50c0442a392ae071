/** The English of `/services`: sort orders, filter values, the count line. Pure. */
import { FRAMEWORK_LABELS } from '../../charts/register/list';
import type { ServiceSort } from '../../state/views/services';

export const SORT_LABELS: Record<ServiceSort, string> = {
	name: 'Name',
	score: 'Score, highest first',
	date: 'Latest inspection, newest first',
	rating: 'Rating, best first'
};

/** A filter's value in words: `all`, `none`, a framework's label, else the value itself (a nation, a rating). */
export function filterLabel(value: string): string {
	if (value === 'all') return 'All';
	if (value === 'none') return 'No inspection on record';
	return FRAMEWORK_LABELS[value] ?? value;
}

/** "All 157 services", "12 of 157 services matching “derby”, best matches first". */
export function countWords(shown: number, total: number, query: string): string {
	const count = shown === total ? `All ${shown} services` : `${shown} of ${total} services`;
	return `${count}${query ? ` matching “${query}”, best matches first` : ''}`;
}
