import { COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/extracts';
import { Manifest } from '$lib/schema/manifest';
import { KOLADA_COLUMNS, type KoladaManifest, type KoladaTable } from '$lib/schema/kolada';
import { VIEWS } from '$lib/queries/views';
import { engine } from './engine';
import { parquetToIpc } from './parquet';
import { checkRowBudget, loadPartitioned, type Scope } from './partitions';

export type LoadProgress = { table: string; done: number; total: number };

/**
 * Where the data set is: static/data, or a same-site folder named by ?data= (a synthetic
 * national data set for benchmarks, scripts/generate-synthetic.ts). Only plain relative paths.
 */
export function dataRoot(base: string, search: string): string {
	const d = new URLSearchParams(search).get('data');
	return d && /^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(d) ? `${base}/${d}` : `${base}/data`;
}

export async function fetchManifest(base: string, root = `${base}/data`): Promise<Manifest> {
	const res = await fetch(`${root}/manifest.json`, { cache: 'no-cache' });
	if (!res.ok) throw new Error(`data/manifest.json saknas (HTTP ${res.status}) — kör npm run data`);
	return Manifest.parse(await res.json());
}

function createEmpty(table: string, columns: Record<string, string>): string {
	const cols = Object.entries(columns)
		.map(([c, t]) => `"${c}" ${t}`)
		.join(', ');
	return `CREATE OR REPLACE TABLE "${table}" (${cols})`;
}

/**
 * Load one Parquet file as a table. It is decoded into a staging table first and swapped in
 * only when complete, so a failure never leaves a half-loaded table behind.
 */
export async function loadTable(name: string, bytes: Uint8Array, columns?: Record<string, string>): Promise<number> {
	const { conn } = await engine();
	const stage = `${name}__loading`;
	await conn.query(`DROP TABLE IF EXISTS "${stage}"`);
	const ipc = await parquetToIpc(bytes);
	await conn.insertArrowFromIPCStream(ipc, { name: stage, create: true });
	const tables = await conn.query(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${stage}'`);
	if (Number(tables.getChild('n')?.get(0)) === 0) {
		// An empty Parquet file carries no record batch; create the table from its declared columns.
		if (!columns) throw new Error(`${name}: filen innehåller inga rader och inget känt schema`);
		await conn.query(createEmpty(stage, columns));
	}
	// One call, one transaction: a query queued meanwhile sees the old table or the new, never none.
	await conn.query(
		`BEGIN TRANSACTION; DROP TABLE IF EXISTS "${name}"; ALTER TABLE "${stage}" RENAME TO "${name}"; COMMIT`
	);
	const count = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${name}"`);
	return Number(count.getChild('n')?.get(0));
}

/**
 * Fetch one bundled extract or dimension (under `root`, see dataRoot) and load it as its table;
 * a partitioned extract loads only the partitions `scope` needs.
 */
export async function loadBundledTable(
	root: string,
	manifest: Manifest,
	name: string,
	scope: Scope = { kommuner: null, years: null },
	loadedRows = 0
): Promise<number> {
	const t = manifest.tables[name];
	if (!t) throw new Error(`${name}: saknas i data/manifest.json`);
	if (t.partitions) return loadPartitioned(root, name, t, scope, Object.keys(COLUMNS[name as TableName]), loadedRows);
	checkRowBudget(loadedRows, t.rows);
	const res = await fetch(`${root}/${t.file}?v=${t.sha256.slice(0, 12)}`);
	if (!res.ok) throw new Error(`${t.file}: HTTP ${res.status}`);
	return loadTable(name, new Uint8Array(await res.arrayBuffer()), COLUMNS[name as TableName]);
}

/** Fetch one Kolada table (static/data/kolada/). */
export async function loadKoladaTable(base: string, kolada: KoladaManifest, name: string): Promise<number> {
	const t = kolada.tables[name as KoladaTable];
	if (!t) throw new Error(`${name}: saknas i kolada/manifest.json`);
	const res = await fetch(`${base}/data/kolada/${t.file}?v=${t.sha256.slice(0, 12)}`);
	if (!res.ok) throw new Error(`kolada/${t.file}: HTTP ${res.status}`);
	return loadTable(name, new Uint8Array(await res.arrayBuffer()), KOLADA_COLUMNS[name as KoladaTable]);
}

/**
 * Every table exists (empty) before any is loaded, and the views over them are defined, so a
 * query can be prepared at once and waits only for the tables it reads (src/lib/state/table-needs.ts).
 */
export async function createPlaceholders(manifest: Manifest): Promise<void> {
	const { conn } = await engine();
	for (const name of Object.keys(manifest.tables)) {
		const cols = COLUMNS[name as TableName];
		if (cols)
			await conn.query(createEmpty(name, cols).replace('CREATE OR REPLACE TABLE', 'CREATE TABLE IF NOT EXISTS'));
	}
	await createViews();
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

export async function createViews(): Promise<void> {
	const { conn } = await engine();
	for (const view of VIEWS) await conn.query(view);
}
