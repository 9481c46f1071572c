import { keyColumns } from '../import/catalogue';
import { fragment, sql, type Fragment, type Param, type Sql } from '../queries/sql';
import { COLUMNS } from '../schema/columns';
import type { TableName } from '../schema/extracts';
import { RAW_SCHEMA, tableRef } from './raw-tables';

const STAGE_NAME = /^upload_[a-z0-9_]+$/;
let stages = 0;

export type Stage = { schema: string; name: string; ref: Fragment };

/** A fresh staging table per append, in the restricted schema: two jobs never share one. */
export function newStage(): Stage {
	const name = `upload_${Date.now().toString(36)}_${(stages++).toString(36)}`;
	if (!STAGE_NAME.test(name)) throw new Error('bad stage name');
	return { schema: RAW_SCHEMA, name, ref: fragment(`${RAW_SCHEMA}."${name}"`) };
}

/** The staged text columns cast to the table's declared types (our column names, never a file's). */
function typed(table: TableName, stage: Fragment): Fragment {
	const casts = Object.entries(COLUMNS[table])
		.map(([c, t]) => `CAST("${c}" AS ${t}) AS "${c}"`)
		.join(', ');
	return fragment(`SELECT ${casts} FROM ${stage.text}`);
}

/** `a.k IS NOT DISTINCT FROM b.k` over the columns that identify one figure. */
const sameKey = (table: TableName) =>
	fragment(
		keyColumns(table)
			.map((c) => `s."${c}" IS NOT DISTINCT FROM t."${c}"`)
			.join(' AND ')
	);
const keyList = (table: TableName) =>
	fragment(
		keyColumns(table)
			.map((c) => `"${c}"`)
			.join(', ')
	);

/** Statements of one extract's append; all from the schema's own names, the stage's name ours. */
export function appendStatements(table: TableName, stage: Fragment) {
	const s = typed(table, stage);
	return {
		drop: sql`DROP TABLE IF EXISTS ${stage}`,
		/** Staged rows whose figure is already loaded, with the file that brought it (for the report). */
		loadedDuplicates: sql`WITH s AS (${s}) SELECT s.line::INTEGER AS line, any_value(coalesce(src.file, t.source)) AS cited
			FROM s JOIN ${tableRef(table)} t ON ${sameKey(table)} LEFT JOIN sources src ON src.source = t.source
			GROUP BY s.line ORDER BY s.line LIMIT 1000`,
		/** Figures twice in the stage, or already loaded: must be 0 before the insert. */
		duplicates: sql`WITH s AS (${s}) SELECT
			(SELECT count(*) FROM (SELECT 1 FROM s GROUP BY ${keyList(table)} HAVING count(*) > 1))
			+ (SELECT count(*) FROM s WHERE EXISTS (SELECT 1 FROM ${tableRef(table)} t WHERE ${sameKey(table)})) AS n`,
		insert: sql`INSERT INTO ${tableRef(table)} BY NAME ${s}`
	};
}

/** One row into a dimension table (a file's citation, a kommun new to the site), every value bound. */
export function insertRow(table: 'sources' | 'municipalities', row: Record<string, Param>): Sql {
	const out = sql`INSERT INTO ${tableRef(table)} BY NAME SELECT `;
	Object.entries(COLUMNS[table]).forEach(([c, t], i) => {
		const part = sql`${fragment(i ? ', ' : '')}CAST(${row[c] ?? null} AS ${fragment(t)}) AS ${fragment('"' + c + '"')}`;
		out.text += part.text;
		out.params.push(...part.params);
	});
	return out;
}

export const BEGIN = sql`BEGIN TRANSACTION`;
export const COMMIT = sql`COMMIT`;
export const ROLLBACK = sql`ROLLBACK`;
