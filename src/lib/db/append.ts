import { Table, Utf8, vectorFromArray } from 'apache-arrow';
import { COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/extracts';
import { clearQueryCache } from './run';
import { engine } from './engine';
import { createViews } from './load';

/**
 * Append validated rows to a loaded table, all or nothing: rows go to a staging table first and
 * move over in one transaction, so a failure leaves the table exactly as it was.
 */
export async function appendRows(table: TableName, rows: Record<string, unknown>[]): Promise<number> {
	const { conn } = await engine();
	const types = COLUMNS[table];
	// Every column staged as plain UTF-8 text (not dictionary-encoded), cast below.
	const vectors = Object.fromEntries(
		Object.keys(types).map((c) => [
			c,
			vectorFromArray(
				rows.map((r) => (r[c] == null ? null : String(r[c]))),
				new Utf8()
			)
		])
	);
	const stage = `${table}__upload`;
	await conn.query(`DROP TABLE IF EXISTS "${stage}"`);
	await conn.insertArrowTable(new Table(vectors), { name: stage, create: true });
	// Staged as text, cast to the extract's declared types on the way in.
	const casts = Object.entries(types)
		.map(([c, t]) => `CAST("${c}" AS ${t}) AS "${c}"`)
		.join(', ');
	try {
		await conn.query('BEGIN TRANSACTION');
		await conn.query(`INSERT INTO "${table}" BY NAME SELECT ${casts} FROM "${stage}"`);
		await conn.query('COMMIT');
	} catch (e) {
		await conn.query('ROLLBACK');
		throw e;
	} finally {
		await conn.query(`DROP TABLE IF EXISTS "${stage}"`);
	}
	// Derived tables (budget_facts) are rebuilt from what is now loaded.
	await createViews();
	clearQueryCache();
	return rows.length;
}
