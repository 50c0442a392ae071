/** Which facts measures the reports print, for the data documentation. */
import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/ingest/report';
import { parseServiceRegistry } from '../../src/lib/tables/registry';
import { inspectionId } from '../../src/lib/tables/fromReports';
import type { MeasureUse } from '../../src/lib/tables/docs';

export function measureUses(): MeasureUse[] {
	const registry = parseServiceRegistry(readFileSync('data/services.csv', 'utf8'));
	const uses = new Map<string, MeasureUse>();
	for (const entry of registry) {
		const path = `data/reports/${entry.report_file}`;
		const report = parseReport(path, readFileSync(path, 'utf8'));
		for (const f of report.facts) {
			const use = uses.get(f.measure) ?? { measure: f.measure, unit: f.unit, inspections: [], from_prose: true };
			const id = inspectionId(entry);
			if (!use.inspections.includes(id)) use.inspections.push(id);
			use.from_prose &&= f.from_prose;
			uses.set(f.measure, use);
		}
	}
	return [...uses.values()].sort((a, b) => a.measure.localeCompare(b.measure));
}
