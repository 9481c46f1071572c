import { sql, type Fragment, type Sql } from '$lib/queries/sql';
import { exclusive } from './connection';
import { loadableTable, tableRef } from './raw-tables';

/** The extracts a user's file can add rows to: our constant names, never a file's. */
const OWN_TABLES = ['budget', 'staffing', 'sick_leave', 'senior_alert', 'caseload'] as const;
type OwnTable = (typeof OWN_TABLES)[number];
const isOwnTable = (t: string): t is OwnTable => (OWN_TABLES as readonly string[]).includes(t);

/**
 * The keys (never the values) of the rows already loaded for one kommun, with where they came
 * from: a file's rows that repeat them are duplicates. `key` is built from our own column names.
 */
export function loadedKeysSql(table: string, key: Fragment, kommun: string): Sql | null {
	if (!isOwnTable(table)) return null;
	return sql`SELECT concat(${key}) AS k, any_value(t.source) AS source, any_value(s.file) AS file
		FROM ${tableRef(loadableTable(table))} t LEFT JOIN sources s ON s.source = t.source
		WHERE t.kommun = ${kommun} GROUP BY 1`;
}

/** Remove the rows one file added to an extract (they all cite it), in the connection's queue. */
export async function deleteRowsCiting(table: string, source: string): Promise<void> {
	if (!isOwnTable(table)) return;
	await exclusive((s) => s.all(sql`DELETE FROM ${tableRef(loadableTable(table))} WHERE source = ${source}`));
}

const DIGEST_TABLES = [...OWN_TABLES, 'sources', 'municipalities'] as const;

/**
 * A fingerprint per table (row count + hash of every row) for end-to-end tests that prove a
 * rejected file changed nothing. It reveals no value.
 */
export function tableDigests(): Promise<Record<string, string>> {
	return exclusive(async (s) => {
		const out: Record<string, string> = {};
		for (const t of DIGEST_TABLES) {
			const [r] = await s.all(
				sql`SELECT count(*)::VARCHAR || ':' || coalesce(md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)), '') AS d FROM ${tableRef(loadableTable(t))} x`
			);
			out[t] = String(r?.d);
		}
		return out;
	});
}
