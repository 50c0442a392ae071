import { buildDatabase } from '$lib/server/database';
import { RATINGS_GRID_SQL, type RatingCellRow } from '$lib/db/queries';

export async function load() {
	const db = await buildDatabase();
	return { grid: await db.query<RatingCellRow>(RATINGS_GRID_SQL) };
}
