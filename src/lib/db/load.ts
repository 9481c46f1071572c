import { COLUMNS, SERVED_SAFE_COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/table-names';
import { KOLADA_COLUMNS, type KoladaTable } from '$lib/schema/kolada-tables';
import { columnDefinitions, fragment, sql } from '$lib/queries/sql';
import { BEGIN, COMMIT, ROLLBACK } from './append-sql';
import { exclusive, type Session } from './connection';
import { parquetToIpc } from './parquet';
import { fetchVersioned } from './versioned-fetch';
import { protectionScope } from './protection-scope';
import { SERVED_SAFE, loadableTable, schemaOf, tableRef, type LoadableTable } from './raw-tables';
import { setupViews } from './setup-views';
import { appTableDeps, PROTECTED_INPUTS } from './protected-deps';

export type LoadProgress = { table: string; done: number; total: number };

/**
 * Where the data set is: static/data, or a same-site folder named by ?data= (a SYNTHETIC national
 * data set for `npm run bench`, scripts/generate-synthetic.ts). Only plain relative paths.
 */
export function dataRoot(base: string, search: string): string {
	const d = new URLSearchParams(search).get('data');
	return d && /^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(d) ? `${base}/${d}` : `${base}/data`;
}

/**
 * One table's rows on their way in: Arrow IPC streams (one per file or partition) and its declared
 * columns. With `added`, the rows are more partitions of a loaded table, all of these kommuner's
 * not yet loaded: they are added to it (not replacing it) and only these kommuner are protected anew.
 */
export type Incoming = { name: string; ipcs: Uint8Array[]; columns?: Record<string, string>; added?: string[] };

/** The columns a table is declared with (extracts, dimensions, Kolada). */
export function declaredColumns(name: string): Record<string, string> | undefined {
	return (
		COLUMNS[name as TableName] ??
		KOLADA_COLUMNS[name as KoladaTable] ??
		(name === SERVED_SAFE ? SERVED_SAFE_COLUMNS : undefined)
	);
}

/** Fetch one Parquet file and decode it to Arrow IPC here in the page. */
export async function fetchIpc(url: string, columns?: string[]): Promise<Uint8Array> {
	const res = await fetchVersioned(url);
	if (!res.ok) throw new Error(`${url.replace(/\?.*$/, '')}: HTTP ${res.status}`);
	return parquetToIpc(new Uint8Array(await res.arrayBuffer()), columns);
}

/**
 * Swap a batch of tables in and rebuild the protected facts and every view on them, as ONE job
 * on the connection: no query can run between a raw extract arriving and `kpi_safe` being rebuilt
 * over it, so no view ever reads a protected view that is stale or built over part of the data.
 * Before it, each table's rows are staged (`<table>__loading`, which no query reads) in a job of
 * their own as soon as they arrive: the first tables go in while the last are still downloading.
 */
export async function loadBatch(batch: readonly (Incoming | Promise<Incoming>)[]): Promise<number[]> {
	const staged = await Promise.allSettled(
		batch.map(async (p) => {
			const t = await p;
			const table = loadableTable(t.name);
			const add = t.added !== undefined;
			const created = await exclusive({ label: `stage:${t.name}` }, (s) => stageIn(s, table, t.ipcs, t.columns, add));
			return { t, table, add, created };
		})
	);
	const ready = staged.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
	const failed = staged.find((r) => r.status === 'rejected');
	if (failed) {
		// What was staged goes; the tables stay as they were.
		await exclusive({ label: 'unstage' }, async (s) => {
			for (const { table } of ready) await s.all(sql`DROP TABLE IF EXISTS ${tableRef(table, '__loading')}`);
		}).catch(() => undefined);
		throw failed.reason;
	}
	return exclusive({ label: `load:${ready.map(({ t }) => t.name).join(',')}` }, async (s) => {
		// Rows added to loaded tables go in all together with their protection, or not at all.
		const adding = ready.some(({ add }) => add);
		if (adding) await s.all(BEGIN);
		try {
			const rows: number[] = [];
			for (const { table, add, created } of ready) rows.push(await swapIn(s, table, add, created, adding));
			await setupViews(s, protectionScope(ready.map(({ t }) => t)));
			if (adding) await s.all(COMMIT);
			return rows;
		} catch (e) {
			if (adding) await s.all(ROLLBACK).catch(() => undefined);
			throw e;
		} finally {
			for (const { table } of ready) await s.all(sql`DROP TABLE IF EXISTS ${tableRef(table, '__loading')}`);
		}
	});
}

/**
 * A background batch (Kolada, which nothing protected reads) without holding the connection for
 * long: each table is staged in its own job, so a view's questions run between them over the
 * tables as they were; then all are swapped in (a rename, not a copy) and the views rebuilt, as
 * one job. No question ever sees a table half loaded. Its jobs wait while any question does
 * (the 'later' lane, connection.ts).
 */
export async function loadBatchStaged(batch: readonly Incoming[]): Promise<number[]> {
	if (batch.some((t) => t.added || PROTECTED_INPUTS.includes(t.name))) return loadBatch(batch);
	try {
		for (const t of batch)
			await exclusive({ label: `stage:${t.name}`, lane: 'later' }, (s) =>
				stageIn(s, loadableTable(t.name), t.ipcs, t.columns)
			);
		return await exclusive({ label: 'swap', lane: 'later' }, async (s) => {
			await s.all(BEGIN);
			try {
				const rows: number[] = [];
				for (const t of batch) {
					const table = loadableTable(t.name);
					await swapStaged(s, table);
					rows.push(await countOf(s, table));
				}
				// Only what reads these tables is rebuilt (the documents' own views stay as they are).
				const names = batch.map((t) => t.name);
				const deps = appTableDeps();
				await setupViews(s, protectionScope(batch), (v) => [...deps.tablesOf(v)].some((t) => names.includes(t)));
				await s.all(COMMIT);
				return rows;
			} catch (e) {
				await s.all(ROLLBACK).catch(() => undefined);
				throw e;
			}
		});
	} catch (e) {
		// What was staged goes; the tables stay as they were (swapped in whole, or not at all).
		await exclusive({ label: 'unstage', lane: 'later' }, async (s) => {
			for (const t of batch) await s.all(sql`DROP TABLE IF EXISTS ${tableRef(loadableTable(t.name), '__loading')}`);
		}).catch(() => undefined);
		throw e;
	}
}

/**
 * Load one Parquet file as a table (bench hook): decoded into a staging table first and swapped in
 * only when complete, so a failure never leaves a half-loaded table behind; views rebuilt with it.
 */
export async function loadTable(name: string, bytes: Uint8Array, columns?: Record<string, string>): Promise<number> {
	const ipc = await parquetToIpc(bytes);
	const [n] = await loadBatch([{ name, ipcs: [ipc], columns }]);
	return n!;
}

/** The staged rows into the table: added to it, or (a rename) replacing it whole. */
async function swapIn(s: Session, table: LoadableTable, add: boolean, created: boolean, inTransaction: boolean) {
	if (add) {
		if (created) await s.all(sql`INSERT INTO ${tableRef(table)} BY NAME SELECT * FROM ${tableRef(table, '__loading')}`);
	}
	// The staged table takes the old one's place by a rename, in one transaction (not a copy of
	// every row: at 1M rows per extract the copies were 0,2 s of the first chart).
	else if (inTransaction) await swapStaged(s, table);
	else await renameInto(s, table);
	return countOf(s, table);
}

/** `<table>__loading` becomes the table (the old one dropped); inside a transaction of the caller's. */
async function swapStaged(s: Session, table: LoadableTable): Promise<void> {
	await s.all(sql`DROP TABLE IF EXISTS ${tableRef(table)}`);
	await s.all(sql`ALTER TABLE ${tableRef(table, '__loading')} RENAME TO ${fragment(`"${table}"`)}`);
}

/** The staged rows replace the table whole, or (a failure) the table stays as it was. */
async function renameInto(s: Session, table: LoadableTable): Promise<void> {
	await s.all(BEGIN);
	try {
		await swapStaged(s, table);
		await s.all(COMMIT);
	} catch (e) {
		await s.all(ROLLBACK).catch(() => undefined);
		throw e;
	}
}

async function countOf(s: Session, table: LoadableTable): Promise<number> {
	const count = await s.all(sql`SELECT count(*)::INTEGER AS n FROM ${tableRef(table)}`);
	return Number(count[0]?.n);
}

/**
 * The rows into `<table>__loading`, created from the declared columns when there are none (rows
 * to `add` leave it absent then). Whether the rows created it.
 */
async function stageIn(
	s: Session,
	table: LoadableTable,
	ipcs: Uint8Array[],
	columns?: Record<string, string>,
	add = false
): Promise<boolean> {
	const schema = schemaOf(table);
	const stage = tableRef(table, '__loading');
	await s.all(sql`CREATE SCHEMA IF NOT EXISTS ${fragment(schema)}`);
	await s.all(sql`DROP TABLE IF EXISTS ${stage}`);
	const found = async () =>
		Number(
			(
				await s.all(
					sql`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE schema_name = ${schema} AND table_name = ${`${table}__loading`}`
				)
			)[0]?.n
		) > 0;
	// Asked only until the staging table exists (an empty stream creates none): not once per partition.
	let created = false;
	for (const ipc of ipcs) {
		await s.insertIpc(ipc, schema, `${table}__loading`, !created);
		created ||= await found();
	}
	if (!created && !add) {
		// An empty Parquet file carries no record batch; create the table from its declared columns.
		if (!columns) throw new Error(`${table}: filen innehåller inga rader och inget känt schema`);
		await s.all(sql`CREATE TABLE ${stage} (${columnDefinitions(columns)})`);
	}
	return created;
}

/**
 * Every table exists (empty) before any is loaded and the protected facts and views are defined
 * over them, so any query can be prepared at once; each waits only for the tables it reads.
 * `views: false` leaves the views to the first batch that loads (the page's boot: one rebuild, not two).
 */
export function createPlaceholders(names: readonly string[], { views = true } = {}): Promise<void> {
	return exclusive({ label: 'placeholders' }, async (s) => {
		for (const name of names) {
			const table = loadableTable(name);
			const columns = declaredColumns(name);
			if (!columns) continue;
			await s.all(sql`CREATE SCHEMA IF NOT EXISTS ${fragment(schemaOf(table))}`);
			await s.all(sql`CREATE TABLE IF NOT EXISTS ${tableRef(table)} (${columnDefinitions(columns)})`);
		}
		if (views) await setupViews(s);
	});
}

/** Rebuild the protected facts and every view on them, as one job. */
export function createViews(): Promise<void> {
	return exclusive({ label: 'views' }, (s) => setupViews(s));
}
