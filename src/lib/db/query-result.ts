/**
 * A query's answer as DuckDB's worker sends it to the page: decoded from Arrow there
 * (duckdb-results.ts), so the page needs no Arrow library. Values are plain: numbers (BIGINT
 * too), strings, booleans, null; DATE/TIMESTAMP columns as epoch milliseconds, flagged `date`.
 */
export type ResultColumn = { name: string; date: boolean; values: unknown[] };
export type QueryResult = { numRows: number; columns: ResultColumn[] };

/** The first column of that name (as Arrow's getChild), or undefined. */
export function resultColumn(result: QueryResult, name: string): ResultColumn | undefined {
	return result.columns.find((c) => c.name === name);
}

/** Row objects, every column. */
export function resultRows(result: QueryResult): Record<string, unknown>[] {
	return Array.from({ length: result.numRows }, (_, i) => {
		const row: Record<string, unknown> = {};
		for (const c of result.columns) row[c.name] = c.values[i];
		return row;
	});
}
