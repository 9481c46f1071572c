import { fragment, sql } from '$lib/queries/sql';
import { knownRows } from './known-rows';
import { exclusive } from './connection';
import { parquetToIpc } from './parquet';
import { RAW_SCHEMA } from './raw-tables';

const SCRATCH = { schema: RAW_SCHEMA, name: 'upload__scratch' } as const;
const SCRATCH_REF = fragment(`${SCRATCH.schema}."${SCRATCH.name}"`);
/**
 * A user's Parquet file → plain row objects, via a scratch table that is dropped after. The file's
 * column names never enter SQL: the scratch table is read whole (`SELECT *`) and columns are
 * picked in JS by comparing their names with the schema's known names; others are left out.
 */
export async function readParquetRows(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
	const ipc = await parquetToIpc(bytes);
	const drop = sql`DROP TABLE IF EXISTS ${SCRATCH_REF}`;
	return exclusive(async (s) => {
		await s.all(drop);
		try {
			await s.insertIpc(ipc, SCRATCH.schema, SCRATCH.name);
			// A file without a record batch creates no table: it has no rows.
			const found = await s.all(
				sql`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE schema_name = ${SCRATCH.schema} AND table_name = ${SCRATCH.name}`
			);
			if (Number(found[0]?.n) === 0) return [];
			return knownRows(await s.table(sql`SELECT * FROM ${SCRATCH_REF}`));
		} finally {
			await s.all(drop);
		}
	});
}

/** Measure ids in the rows that the loaded catalogue does not know. */
export async function unknownMeasures(ids: string[]): Promise<string[]> {
	const rows = await exclusive((s) => s.all(sql`SELECT measure FROM measures`));
	const known = new Set(rows.map((r) => String(r.measure)));
	return [...new Set(ids)].filter((id) => !known.has(id));
}
