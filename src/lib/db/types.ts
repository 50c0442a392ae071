/** What both database back ends offer the pages: parameterised queries returning plain rows. */
export interface QueryEngine {
	query<T>(sql: string, params?: ReadonlyArray<string | number | boolean | null>): Promise<T[]>;
}
