/**
 * A query's answer as DuckDB's worker sends it to the page: decoded from Arrow there
 * (duckdb-results.ts), so the page needs no Arrow library. Values are plain: numbers (BIGINT
 * too), strings, booleans, null; DATE/TIMESTAMP columns as epoch milliseconds, flagged `date`.
 */
export type ResultColumn = { name: string; date: boolean; values: unknown[] };
export type QueryResult = { numRows: number; columns: ResultColumn[] };

/** A text column on its way from the worker: its distinct values and a code per row (-1 = NULL). */
export type TextColumn = { name: string; date: false; dict: string[]; codes: Int32Array };
/** An answer as the worker posts it (decode-result.ts); the page reads it as a QueryResult (fromWire). */
export type WireResult = { numRows: number; columns: (ResultColumn | TextColumn)[] };

/** The worker's answer as plain columns: each text column's values looked up from its codes. */
export function fromWire(wire: WireResult): QueryResult {
	return {
		numRows: wire.numRows,
		columns: wire.columns.map((c) =>
			'codes' in c ? { name: c.name, date: false, values: Array.from(c.codes, (k) => (k < 0 ? null : c.dict[k])) } : c
		)
	};
}

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
