import { sql } from '$lib/queries/sql';
import { BEGIN, COMMIT, ROLLBACK } from './append-sql';
import { exclusive } from './connection';
import { clearQueryCache } from './run';
import { setupViews } from './setup-views';
import { isKpiTable, loadableTable, tableRef } from './raw-tables';

/** The extracts a user's file can add rows to: our constant names, never a file's. */
const OWN_TABLES = ['budget', 'staffing', 'sick_leave', 'senior_alert', 'caseload'] as const;
type OwnTable = (typeof OWN_TABLES)[number];
const isOwnTable = (t: string): t is OwnTable => (OWN_TABLES as readonly string[]).includes(t);

/**
 * Remove everything one file added — its rows in every extract (they all cite it), its citation
 * and the kommuner only it brought — and rebuild the protected views: one job, one transaction.
 */
export async function removeFileRows(source: string, tables: string[], kommuner: string[]): Promise<void> {
	try {
		await exclusive(async (s) => {
			await s.all(BEGIN);
			try {
				// Only the kommuner the file's rows belong to are protected anew (null: a row without kommun).
				let touched: Set<string> | null = new Set();
				for (const t of tables.filter(isOwnTable)) {
					const table = loadableTable(t);
					if (isKpiTable(table))
						for (const r of await s.all(sql`SELECT DISTINCT kommun FROM ${tableRef(table)} WHERE source = ${source}`))
							touched = touched && r.kommun != null ? touched.add(String(r.kommun)) : null;
					await s.all(sql`DELETE FROM ${tableRef(table)} WHERE source = ${source}`);
				}
				await s.all(sql`DELETE FROM sources WHERE source = ${source}`);
				for (const k of kommuner) await s.all(sql`DELETE FROM municipalities WHERE kommun = ${k}`);
				await setupViews(s, touched && [...touched]);
				await s.all(COMMIT);
			} catch (e) {
				await s.all(ROLLBACK).catch(() => undefined);
				throw e;
			}
		});
	} finally {
		clearQueryCache();
	}
}

const DIGEST_TABLES = [...OWN_TABLES, 'sources', 'municipalities'] as const;

/** The tables whose rows cite their source (a file's rows can be told apart from earlier ones). */
const CITING = new Set<string>([...OWN_TABLES, 'sources']);

/**
 * A fingerprint per table (row count + hash of every row) for end-to-end tests that prove a
 * rejected file changed nothing — and, leaving out one source's rows, that an accepted file
 * took nothing away from what was loaded before. It reveals no value.
 */
export function tableDigests(except?: string): Promise<Record<string, string>> {
	const skip = typeof except === 'string' ? except : null;
	return exclusive(async (s) => {
		const out: Record<string, string> = {};
		for (const t of DIGEST_TABLES) {
			const where = CITING.has(t) ? sql`WHERE x.source IS DISTINCT FROM ${skip}` : sql``;
			const [r] = await s.all(
				// A sum of row hashes (order-free, streamed): a million rows never become one string.
				sql`SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(x::VARCHAR))::VARCHAR, '') AS d FROM ${tableRef(loadableTable(t))} x ${where}`
			);
			out[t] = String(r?.d);
		}
		return out;
	});
}

/** DuckDB's own accounting of the memory it holds (for the import benchmark); reveals no value. */
export async function duckdbMemoryBytes(): Promise<number> {
	const [r] = await exclusive((s) => s.all(sql`SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()`));
	return Number(r?.b ?? 0);
}
