import type { StagedRows } from '$lib/import/stage-ipc';
import { sql, type Param, type Sql } from '$lib/queries/sql';
import type { TableName } from '$lib/schema/extracts';
import { appendStatements, BEGIN, COMMIT, insertRow, newStage, ROLLBACK, type Stage } from './append-sql';
import { exclusive } from './connection';
import { isKpiTable, tableRef } from './raw-tables';
import { clearQueryCache } from './run';
import { setupViews } from './setup-views';

/** What an append needs of the connection: bound statements, and Arrow IPC into a table of ours. */
export interface Writer {
	all(q: Sql): Promise<Record<string, unknown>[]>;
	insertIpc(ipc: Uint8Array, schema: string, name: string, create?: boolean): Promise<void>;
}

/** One user's file, checked: its citation, the kommuner it brings to the site, its rows per extract. */
export type FilePlan = {
	source: Record<string, Param>;
	kommuner: Record<string, Param>[];
	tables: StagedRows[];
};

export const DUPLICATE_REASON =
	'samma figur finns redan inläst eller står två gånger i filen; dubbletter räknas aldrig två gånger';

/** Chunks into a fresh staging table; copies, since DuckDB's worker takes the buffer it is given. */
async function stage(w: Writer, rows: StagedRows, onChunk: () => void): Promise<Stage> {
	const st = newStage();
	for (const [i, chunk] of rows.chunks.entries()) {
		await w.insertIpc(chunk.slice(), st.schema, st.name, i === 0);
		onChunk();
	}
	return st;
}

/**
 * Add a checked file, all or nothing, in ONE transaction: its `sources` row, the kommuner new to
 * the site, every extract's rows (staged as Arrow text, then one INSERT … SELECT each, cast to the
 * declared types, after a key check in SQL) and the rebuilt protected views. Any failure rolls
 * the whole of it back, so every table is exactly as before.
 */
export async function appendFile(w: Writer, plan: FilePlan, onProgress?: (fraction: number) => void): Promise<void> {
	const total = plan.tables.reduce((n, t) => n + t.chunks.length, 0) + 1;
	let done = 0;
	const tick = () => onProgress?.(++done / total);
	const stages: Stage[] = [];
	// The kommuner whose protected rows change (null: a row without kommun, so all of them).
	let touched: Set<string> | null = new Set();
	await w.all(BEGIN);
	try {
		await w.all(insertRow('sources', plan.source));
		for (const k of plan.kommuner) await w.all(insertRow('municipalities', k));
		for (const t of plan.tables) {
			if (t.rows === 0) continue;
			const st = await stage(w, t, tick);
			stages.push(st);
			const q = appendStatements(t.table, st.ref);
			const [dup] = await w.all(q.duplicates);
			if (Number(dup?.n) > 0) throw new Error(DUPLICATE_REASON);
			if (isKpiTable(t.table) && touched)
				for (const r of await w.all(sql`SELECT DISTINCT kommun FROM ${st.ref}`))
					touched = touched && r.kommun != null ? touched.add(String(r.kommun)) : null;
			await w.all(q.insert);
			await w.all(q.drop);
		}
		await setupViews(w, touched && [...touched]);
		await w.all(COMMIT);
		tick();
	} catch (e) {
		await w.all(ROLLBACK).catch(() => undefined);
		throw e;
	} finally {
		for (const st of stages) await w.all(sql`DROP TABLE IF EXISTS ${st.ref}`).catch(() => undefined);
	}
}

/** The browser's append: one exclusive job on the connection, so no view's query lands inside it. */
export async function commitFile(plan: FilePlan, onProgress?: (fraction: number) => void): Promise<void> {
	try {
		await exclusive((s) => appendFile(s, plan, onProgress));
	} catch (e) {
		// Rolled back whole; said in words a user can act on.
		if (/out of memory/i.test(e instanceof Error ? e.message : String(e)))
			throw new Error(
				'databasen i webbläsaren fick slut på minne (filen är för stor för fliken); dela upp filen, t.ex. per år'
			);
		throw e;
	} finally {
		clearQueryCache();
	}
}

export type LoadedDuplicate = { table: TableName; line: number; cited: string };

/**
 * Rows of a checked file whose figure is already loaded, found in SQL (the rows are staged, joined
 * on the key columns, and dropped): for the report, before the user confirms.
 */
export async function findLoadedDuplicates(
	w: Writer,
	tables: StagedRows[],
	kommuner: string[]
): Promise<LoadedDuplicate[]> {
	const out: LoadedDuplicate[] = [];
	for (const t of tables) {
		if (t.rows === 0 || !(await hasRowsFor(w, t.table, kommuner))) continue;
		const st = await stage(w, t, () => undefined);
		try {
			for (const r of await w.all(appendStatements(t.table, st.ref).loadedDuplicates))
				out.push({ table: t.table, line: Number(r.line), cited: String(r.cited) });
		} finally {
			await w.all(sql`DROP TABLE IF EXISTS ${st.ref}`);
		}
	}
	return out;
}

async function hasRowsFor(w: Writer, table: TableName, kommuner: string[]): Promise<boolean> {
	for (const k of kommuner) {
		const [r] = await w.all(
			sql`SELECT count(*)::INTEGER AS n FROM (SELECT 1 FROM ${tableRef(table)} WHERE kommun = ${k} LIMIT 1)`
		);
		if (Number(r?.n) > 0) return true;
	}
	return false;
}

/** In the connection's queue, as one job. */
export function loadedDuplicates(tables: StagedRows[], kommuner: string[]): Promise<LoadedDuplicate[]> {
	return exclusive((s) => findLoadedDuplicates(s, tables, kommuner));
}
