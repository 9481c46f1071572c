import { COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/extracts';
import { Manifest } from '$lib/schema/manifest';
import { KOLADA_COLUMNS, type KoladaManifest, type KoladaTable } from '$lib/schema/kolada';
import { fragment, sql } from '$lib/queries/sql';
import { exclusive, type Session } from './connection';
import { parquetToIpc } from './parquet';
import { loadableTable, schemaOf, tableRef, type LoadableTable } from './raw-tables';
import { setupViews } from './setup-views';

export type LoadProgress = { table: string; done: number; total: number };

export async function fetchManifest(base: string): Promise<Manifest> {
	const res = await fetch(`${base}/data/manifest.json`, { cache: 'no-cache' });
	if (!res.ok) throw new Error(`data/manifest.json saknas (HTTP ${res.status}) — kör npm run data`);
	return Manifest.parse(await res.json());
}

/**
 * Load one Parquet file as a table. It is decoded into a staging table first and swapped in
 * only when complete, so a failure never leaves a half-loaded table behind. The name must be one
 * of ours (raw-tables.ts); raw extracts go to their own schema.
 */
export async function loadTable(name: string, bytes: Uint8Array, columns?: Record<string, string>): Promise<number> {
	const table = loadableTable(name);
	const ipc = await parquetToIpc(bytes);
	return exclusive((s) => swapIn(s, table, ipc, columns));
}

async function swapIn(s: Session, table: LoadableTable, ipc: Uint8Array, columns?: Record<string, string>) {
	const schema = schemaOf(table);
	const stage = tableRef(table, '__loading');
	await s.all(sql`CREATE SCHEMA IF NOT EXISTS ${fragment(schema)}`);
	await s.all(sql`DROP TABLE IF EXISTS ${stage}`);
	await s.insertIpc(ipc, schema, `${table}__loading`);
	const found = await s.all(
		sql`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE schema_name = ${schema} AND table_name = ${`${table}__loading`}`
	);
	if (Number(found[0]?.n) === 0) {
		// An empty Parquet file carries no record batch; create the table from its declared columns.
		if (!columns) throw new Error(`${table}: filen innehåller inga rader och inget känt schema`);
		const cols = Object.entries(columns)
			.map(([c, t]) => `"${c}" ${t}`)
			.join(', ');
		await s.all(sql`CREATE TABLE ${stage} (${fragment(cols)})`);
	}
	// One statement replaces the table whole (atomic on its own), inside one exclusive job.
	await s.all(sql`CREATE OR REPLACE TABLE ${tableRef(table)} AS FROM ${stage}`);
	await s.all(sql`DROP TABLE ${stage}`);
	const count = await s.all(sql`SELECT count(*)::INTEGER AS n FROM ${tableRef(table)}`);
	return Number(count[0]?.n);
}

/** Fetch and load every table in the manifest; report progress so long loads are visible. */
export async function loadBundledData(
	base: string,
	manifest: Manifest,
	onProgress?: (p: LoadProgress) => void
): Promise<void> {
	const names = Object.keys(manifest.tables);
	let done = 0;
	await Promise.all(
		names.map(async (name) => {
			const t = manifest.tables[name]!;
			const res = await fetch(`${base}/data/${t.file}?v=${t.sha256.slice(0, 12)}`);
			if (!res.ok) throw new Error(`${t.file}: HTTP ${res.status}`);
			const bytes = new Uint8Array(await res.arrayBuffer());
			await loadTable(name, bytes, COLUMNS[name as TableName]);
			onProgress?.({ table: name, done: ++done, total: names.length });
		})
	);
	await createViews();
}

/**
 * Kolada's tables (static/data/kolada/), loaded after the extracts so the first screen never waits
 * for the national comparison. The views are recreated so they see the loaded tables.
 */
export async function loadKolada(base: string, kolada: KoladaManifest): Promise<number> {
	let values = 0;
	await Promise.all(
		Object.entries(kolada.tables).map(async ([name, t]) => {
			const res = await fetch(`${base}/data/kolada/${t.file}?v=${t.sha256.slice(0, 12)}`);
			if (!res.ok) throw new Error(`kolada/${t.file}: HTTP ${res.status}`);
			const rows = await loadTable(name, new Uint8Array(await res.arrayBuffer()), KOLADA_COLUMNS[name as KoladaTable]);
			if (name === 'kolada_values') values = rows;
		})
	);
	await createViews();
	return values;
}

/** Rebuild the protected facts and every view on them, as one job. */
export function createViews(): Promise<void> {
	return exclusive((s) => setupViews(s));
}
