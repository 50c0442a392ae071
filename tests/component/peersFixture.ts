import type { PeerIndicatorRow } from '../../src/lib/db/queries/peers';

/** A first-time-entrant row of East Sussex's peer table (rank 0 is the service's own authority; a null value is suppressed). */
export const peerRow = (rank: number, la_number: number, la_name: string, value: number | null): PeerIndicatorRow => ({
	service_id: 'east-sussex',
	la_number,
	la_name,
	rank,
	closeness: rank ? 'Very close' : null,
	measure: 'first_time_entrant_rate',
	period: '2024',
	year: 2024,
	value,
	suppressed: value === null,
	flag: null
});
