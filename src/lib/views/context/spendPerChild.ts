/**
 * Spend per child aged 10–17: LAIT gross youth justice spend divided by the
 * youth population a report prints, only where both exist for the same year
 * (the pairing rule is in SPEND_PAIRS_SQL: population for mid-year Y with the
 * financial year starting in Y). Everything else is listed with the reason
 * no figure can be given; nothing is imputed.
 */
import type { SpendPairRow } from '../../db/queries/context';
import { missingReason } from '../../measures/laMeasures';
import { isAddedId } from '../../add/dashboard';
import { latestPerService } from './model';

export type SpendPerChildEntry =
	| {
			status: 'paired';
			serviceId: string;
			localAuthority: string;
			population: number;
			populationPeriod: string;
			populationSource: string;
			spend: number;
			spendPeriod: string;
			spendSource: string;
			/** Pounds per child, unrounded (display rounds to pence). */
			perChild: number;
	  }
	| {
			status: 'unpaired';
			serviceId: string;
			localAuthority: string;
			/** Plain-language reason, shown in the chart and the table. */
			reason: string;
	  };

export interface SpendPerChildModel {
	entries: SpendPerChildEntry[];
	paired: Extract<SpendPerChildEntry, { status: 'paired' }>[];
	title: string;
	summary: string;
}

function entryOf(r: SpendPairRow): SpendPerChildEntry {
	const base = { serviceId: r.service_id, localAuthority: r.local_authority };
	if (r.youth_population === null || !Number.isFinite(r.youth_population) || r.youth_population <= 0)
		return { ...base, status: 'unpaired', reason: 'The report prints no youth population (aged 10–17), so no pairing is possible' };
	if (r.population_year === null)
		return { ...base, status: 'unpaired', reason: `The report's youth population has no stated year (${r.population_period || 'none'}), so it cannot be paired with a year's spend` };
	// A report added in this browser has no local authority in LAIT (no DfE number), so no spend to pair.
	if ((r.spend === null || !Number.isFinite(r.spend)) && isAddedId(r.service_id))
		return { ...base, status: 'unpaired', reason: 'Added in this browser: its local authority is not linked to LAIT here, so no spend can be paired' };
	if (r.spend === null || !Number.isFinite(r.spend))
		return {
			...base,
			status: 'unpaired',
			reason: r.spend_period
				? `LAIT spend for ${r.spend_period} is ${missingReason({ suppressed: r.spend_suppressed, flag: r.spend_flag })}`
				: `LAIT has no spend for the financial year starting in ${r.population_year}`
		};
	return {
		...base,
		status: 'paired',
		population: r.youth_population,
		populationPeriod: r.population_period ?? String(r.population_year),
		populationSource: r.population_source ?? '',
		spend: r.spend,
		spendPeriod: r.spend_period ?? '',
		spendSource: r.spend_source ?? '',
		perChild: r.spend / r.youth_population
	};
}

const pounds = (v: number) => `£${v.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function shapeSpendPerChild(rows: readonly SpendPairRow[], services: readonly string[]): SpendPerChildModel {
	const entries = latestPerService(rows, services).map(entryOf);
	const paired = entries.filter((e): e is Extract<SpendPerChildEntry, { status: 'paired' }> => e.status === 'paired');
	const unpaired = entries.filter((e) => e.status === 'unpaired').map((e) => e.localAuthority);

	let title: string;
	if (entries.length === 0) title = 'Spend per child: no service chosen';
	else if (paired.length === 0)
		title = `Spend per child cannot be worked out for ${entries.length === 1 ? entries[0].localAuthority : 'any chosen service'}: no report population to pair with spend`;
	else if (paired.length === 1) {
		const p = paired[0];
		title = `${p.localAuthority} spent ${pounds(p.perChild)} per child aged 10–17 in ${p.spendPeriod}`;
	} else {
		const sorted = [...paired].sort((a, b) => b.perChild - a.perChild);
		const hi = sorted[0];
		const lo = sorted[sorted.length - 1];
		title = `${hi.localAuthority} spent the most per child aged 10–17 (${pounds(hi.perChild)}, ${hi.spendPeriod}); ${lo.localAuthority} the least (${pounds(lo.perChild)}, ${lo.spendPeriod})`;
	}
	const lines = paired.map(
		(p) => `${p.localAuthority}: ${pounds(p.perChild)} per child (spend ${p.spendPeriod} £${p.spend.toLocaleString('en-GB')} over ${p.population.toLocaleString('en-GB')} children aged 10–17, ${p.populationPeriod}).`
	);
	const summary = `${lines.join(' ')}${unpaired.length ? ` No pairing is possible for ${unpaired.join(', ')}.` : ''}`.trim();
	return { entries, paired, title, summary };
}

export { pounds as formatPoundsPerChild };
