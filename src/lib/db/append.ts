import { Table, Utf8, vectorFromArray } from 'apache-arrow';
import { COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/extracts';
import { exclusive } from './connection';
import { appendStatements, STAGE } from './append-sql';
import { clearQueryCache } from './run';
import { setupViews } from './setup-views';

/**
 * Append validated rows to a loaded table, all or nothing: rows are staged as text, then moved
 * over by ONE statement (cast to the declared types), so a failure leaves the table exactly as it
 * was. Staging, insert and the rebuild of the protected views run as one exclusive job: no view's
 * query, table load or Kolada load can run in between.
 */
export async function appendRows(table: TableName, rows: Record<string, unknown>[]): Promise<number> {
	// Every column staged as plain UTF-8 text (not dictionary-encoded), cast on the way in.
	const vectors = Object.fromEntries(
		Object.keys(COLUMNS[table]).map((c) => [
			c,
			vectorFromArray(
				rows.map((r) => (r[c] == null ? null : String(r[c]))),
				new Utf8()
			)
		])
	);
	const { drop, insert } = appendStatements(table);
	await exclusive(async (s) => {
		await s.all(drop);
		try {
			await s.insertTable(new Table(vectors), STAGE.schema, STAGE.name);
			await s.all(insert);
		} finally {
			await s.all(drop);
		}
		// Protected facts and derived tables (budget_facts) are rebuilt from what is now loaded.
		await setupViews(s);
	});
	clearQueryCache();
	return rows.length;
}
