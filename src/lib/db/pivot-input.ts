import type { InputType } from '$lib/import/format';
import { fragment, sql, type Fragment, type Query, type Sql } from '$lib/queries/sql';
import { newStage } from './append-sql';
import { exclusive } from './connection';
import { inWords } from './append';
import type { QueryResult } from './query-result';

const NAME = /^[a-z_][a-z0-9_]*$/;
const TYPES = new Set<InputType>(['VARCHAR', 'DOUBLE', 'DATE', 'INTEGER']);

/**
 * A format's sums over its input, which the worker made of the file's rows and sent as Arrow
 * text chunks: staged in a table of ours, cast to the declared types (a blank is NULL, as with
 * sql-input.ts), summed by the format's query, dropped — one job on the connection. The answer
 * goes back to the worker as DuckDB's worker decoded it (query-result.ts): the page never walks the rows.
 */
export async function sumsInDuckdb(
	query: (input: Sql) => Query<Record<string, unknown>>,
	types: Record<string, InputType>,
	chunks: Uint8Array[]
): Promise<QueryResult> {
	try {
		return await exclusive(async (s) => {
			const stage = newStage();
			try {
				for (const [i, chunk] of chunks.entries()) await s.insertIpc(chunk, stage.schema, stage.name, i === 0);
				return await s.table(query(typedInput(types, stage.ref)).sql);
			} finally {
				await s.all(sql`DROP TABLE IF EXISTS ${stage.ref}`).catch(() => undefined);
			}
		});
	} catch (e) {
		throw inWords(e);
	}
}

/** The staged text columns, typed: a blank is NULL, a value that does not cast is NULL (as sql-input.ts). */
export function typedInput(types: Record<string, InputType>, stage: Fragment): Sql {
	const casts = Object.entries(types).map(([name, type]) => {
		if (!NAME.test(name) || !TYPES.has(type)) throw new Error(`bad input column ${name}`);
		return `TRY_CAST(nullif("${name}", '') AS ${type}) AS ${name}`;
	});
	return sql`(SELECT ${fragment(casts.join(', '))} FROM ${stage})`;
}
