import { tableFromIPC } from 'apache-arrow';
import { sql, type Param, type Sql } from '$lib/queries/sql';
import type { TableName } from '$lib/schema/table-names';
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

/** One extract's rows of a checked file, staged (as Arrow text) in a table of ours in the restricted schema. */
export type StagedTable = { table: TableName; rows: number; stage: Stage };

/** One user's file, checked: its citation, the kommuner it brings to the site, its staged rows per extract. */
export type FilePlan = {
	source: Record<string, Param>;
	kommuner: Record<string, Param>[];
	tables: StagedTable[];
};

export const DUPLICATE_REASON =
	'samma figur finns redan inläst eller står två gånger i filen; dubbletter räknas aldrig två gånger';

/** Arrow IPC chunks into a fresh staging table (a test's or tool's way; the page stages as the worker sends). */
export async function stageChunks(w: Writer, table: TableName, chunks: Uint8Array[]): Promise<StagedTable> {
	const stage = newStage();
	let rows = 0;
	for (const [i, chunk] of chunks.entries()) {
		rows += chunkRows(chunk);
		await w.insertIpc(chunk, stage.schema, stage.name, i === 0);
	}
	return { table, rows, stage };
}

/** Rows in one IPC chunk, from its header, without decoding the values. */
function chunkRows(chunk: Uint8Array): number {
	return tableFromIPC(chunk).numRows;
}

/** Staging tables gone (appended, or the file given up): nothing of the file stays in the database. */
export async function dropStages(w: Writer, tables: StagedTable[]): Promise<void> {
	for (const t of tables) await w.all(sql`DROP TABLE IF EXISTS ${t.stage.ref}`).catch(() => undefined);
}

/**
 * Add a checked file, all or nothing, in ONE transaction: its `sources` row, the kommuner new to
 * the site, every extract's staged rows (one INSERT … SELECT each, cast to the declared types,
 * after a key check in SQL) and the rebuilt protected views. Any failure rolls the whole of it
 * back, so every table is exactly as before. The staging tables are dropped either way.
 */
export async function appendFile(w: Writer, plan: FilePlan, onProgress?: (fraction: number) => void): Promise<void> {
	const total = plan.tables.length + 1;
	let done = 0;
	const tick = () => onProgress?.(++done / total);
	// The kommuner whose protected rows change (null: a row without kommun, so all of them).
	let touched: Set<string> | null = new Set();
	await w.all(BEGIN);
	try {
		await w.all(insertRow('sources', plan.source));
		for (const k of plan.kommuner) await w.all(insertRow('municipalities', k));
		for (const t of plan.tables) {
			if (t.rows > 0) {
				const q = appendStatements(t.table, t.stage.ref);
				const [dup] = await w.all(q.duplicates);
				if (Number(dup?.n) > 0) throw new Error(DUPLICATE_REASON);
				if (isKpiTable(t.table) && touched)
					for (const r of await w.all(sql`SELECT DISTINCT kommun FROM ${t.stage.ref}`))
						touched = touched && r.kommun != null ? touched.add(String(r.kommun)) : null;
				await w.all(q.insert);
				// The staged text is done with: its memory is free for rebuilding the views.
				await w.all(q.drop);
			}
			tick();
		}
		await setupViews(w, touched && [...touched]);
		await w.all(COMMIT);
		tick();
	} catch (e) {
		await w.all(ROLLBACK).catch(() => undefined);
		throw e;
	} finally {
		await dropStages(w, plan.tables);
	}
}

/** The browser's append: one exclusive job on the connection, so no view's query lands inside it. */
export async function commitFile(plan: FilePlan, onProgress?: (fraction: number) => void): Promise<void> {
	try {
		await exclusive((s) => appendFile(s, plan, onProgress));
	} catch (e) {
		// Rolled back whole; said in words a user can act on.
		throw inWords(e);
	} finally {
		clearQueryCache();
	}
}

/** DuckDB running out of memory, in words a user can act on; any other error as it is. */
export function inWords(e: unknown): unknown {
	if (/out of memory/i.test(e instanceof Error ? e.message : String(e)))
		return new Error(
			'databasen i webbläsaren fick slut på minne (filen är för stor för fliken); dela upp filen, t.ex. per år'
		);
	return e;
}

export type LoadedDuplicate = { table: TableName; line: number; cited: string };

/**
 * Rows of a checked file whose figure is already loaded, found in SQL (the staged rows joined on
 * the key columns): for the report, before the user confirms.
 */
export async function findLoadedDuplicates(
	w: Writer,
	tables: StagedTable[],
	kommuner: string[]
): Promise<LoadedDuplicate[]> {
	const out: LoadedDuplicate[] = [];
	for (const t of tables) {
		if (t.rows === 0 || !(await hasRowsFor(w, t.table, kommuner))) continue;
		for (const r of await w.all(appendStatements(t.table, t.stage.ref).loadedDuplicates))
			out.push({ table: t.table, line: Number(r.line), cited: String(r.cited) });
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
export function loadedDuplicates(tables: StagedTable[], kommuner: string[]): Promise<LoadedDuplicate[]> {
	return exclusive((s) => findLoadedDuplicates(s, tables, kommuner));
}
