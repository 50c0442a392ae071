/**
 * The compare view's prerendered rows: the catalogue (every register
 * service, report service, national-table row and local authority) and the
 * comparison rows for all of them, so any linked comparison is drawn before
 * (and without) the browser database. The same SQL the view runs live.
 */
import { buildDatabase } from '../../server/database';
import {
	COMPARE_FACTS_SQL,
	COMPARE_KEY_QUESTIONS_SQL,
	COMPARE_LA_SQL,
	COMPARE_RATINGS_SQL,
	LA_ENTITIES_SQL,
	LA_LATEST_SQL,
	NATIONAL_ENTITIES_SQL,
	REGISTER_ENTITIES_SQL,
	REPORT_ENTITIES_SQL,
	type CompareFactRow,
	type CompareKeyQuestionRow,
	type CompareLaRow,
	type CompareRatingRow,
	type LaEntityRow,
	type LaLatestRow,
	type NationalEntityRow,
	type RegisterEntityRow,
	type ReportEntityRow
} from '../../db/queries/compare';

export async function loadCompare() {
	const db = await buildDatabase();
	const reports = await db.query<ReportEntityRow>(REPORT_ENTITIES_SQL);
	const las = await db.query<LaEntityRow>(LA_ENTITIES_SQL);
	const allServices = reports.map((r) => r.service_id).join(',');
	const allLas = las.map((l) => l.dfe_la_number).join(',');
	return {
		register: await db.query<RegisterEntityRow>(REGISTER_ENTITIES_SQL),
		reports,
		national: await db.query<NationalEntityRow>(NATIONAL_ENTITIES_SQL),
		las,
		laLatest: await db.query<LaLatestRow>(LA_LATEST_SQL),
		ratings: await db.query<CompareRatingRow>(COMPARE_RATINGS_SQL, [allServices]),
		keyQuestions: await db.query<CompareKeyQuestionRow>(COMPARE_KEY_QUESTIONS_SQL, [allServices]),
		facts: await db.query<CompareFactRow>(COMPARE_FACTS_SQL, [allServices]),
		la: await db.query<CompareLaRow>(COMPARE_LA_SQL, [allLas])
	};
}

export type ComparePageData = Awaited<ReturnType<typeof loadCompare>>;
