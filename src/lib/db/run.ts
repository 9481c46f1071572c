import type { Columns, Query, Runner } from '$lib/queries/sql';
import { plain } from '$lib/queries/plain';
import { exclusive } from './connection';
import { QueryError } from './query-error';
import { resultColumn, type QueryResult } from './query-result';

/** The answer → one JS array per column, in the order the query declares. */
function toColumns<Row>(table: QueryResult, columns: readonly string[], purpose: string): Columns<Row> {
	const out: Record<string, unknown> = { length: table.numRows };
	for (const name of columns) {
		const col = resultColumn(table, name);
		if (!col) throw new Error(`${purpose}: kolumnen ${name} saknas i resultatet`);
		out[name] = col.values.map(plain);
	}
	return out as Columns<Row>;
}

let gate: ((sqlText: string) => Promise<void>) | undefined;

/** Set once by the data status: a query first waits for the tables it reads to be loaded. */
export function setQueryGate(fn: (sqlText: string) => Promise<void>): void {
	gate = fn;
}

/** Wait until the tables `sqlText` reads are loaded (for code that queries outside the runner). */
export async function awaitTablesFor(sqlText: string): Promise<void> {
	await gate?.(sqlText);
}

const cache = new Map<string, Promise<Columns<unknown>>>();

/** The browser Runner. Identical queries share one promise (deduplicated while in flight and after). */
export const wasmRunner: Runner = {
	run<Row>(query: Query<Row>): Promise<Columns<Row>> {
		const key = query.sql.text + '\u0000' + JSON.stringify(query.sql.params);
		let hit = cache.get(key) as Promise<Columns<Row>> | undefined;
		if (!hit) {
			hit = execute(query);
			cache.set(key, hit as Promise<Columns<unknown>>);
			hit.catch(() => cache.delete(key));
		}
		return hit;
	}
};

/** One prepared statement (kept for the next time when the query says so), run alone on the connection (connection.ts): never inside another job's transaction. */
async function execute<Row>(query: Query<Row>): Promise<Columns<Row>> {
	try {
		await gate?.(query.sql.text);
	} catch (e) {
		// The refusal to load more than a tab holds says what to do: show it as it is.
		if (e instanceof Error && e.name === 'TooMuchDataError') throw e;
		throw new QueryError(query.purpose, query.sql.text, e);
	}
	try {
		const table = await exclusive({ label: `query:${query.purpose}` }, (s) =>
			query.keep ? s.question(query.sql) : s.table(query.sql)
		);
		return toColumns<Row>(table, query.columns, query.purpose);
	} catch (e) {
		throw new QueryError(query.purpose, query.sql.text, e);
	}
}

/**
 * Drop cached results when the data change: all of them (a user's extract), or only those of
 * questions `reads` says read a changed table (Kolada arriving leaves the documents' answers).
 */
export function clearQueryCache(reads?: (sqlText: string) => boolean): void {
	if (!reads) return cache.clear();
	for (const key of [...cache.keys()]) if (reads(key.slice(0, key.indexOf('\u0000')))) cache.delete(key);
}
