import { Table, tableFromIPC, type RecordBatch } from 'apache-arrow';
import type { ManifestTable } from '$lib/schema/manifest';
import { engine } from './engine';
import { parquetToIpc } from './parquet';

export {
	MAX_ROWS_IN_TAB,
	TooMuchDataError,
	checkRowBudget,
	partitionsFor,
	plannedRows,
	scopeFromUrl,
	type Scope
} from './partition-plan';
import { checkRowBudget, partitionsFor, type Scope } from './partition-plan';

async function pool<T, R>(items: readonly T[], width: number, fn: (t: T) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(width, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				out[i] = await fn(items[i]!);
			}
		})
	);
	return out;
}

/**
 * Fetch the partitions of one extract that `scope` needs, decode only `columns` (the partition
 * columns written into each file for native readers are left out), and load them as one table,
 * swapped in whole. Partitions are small files, so each is one plain GET (cacheable).
 */
export async function loadPartitioned(
	root: string,
	name: string,
	entry: ManifestTable,
	scope: Scope,
	columns: string[],
	alreadyLoadedRows: number
): Promise<number> {
	const parts = partitionsFor(entry.partitions ?? [], scope);
	checkRowBudget(
		alreadyLoadedRows,
		parts.reduce((s, p) => s + p.rows, 0)
	);
	const { conn } = await engine();
	const stage = `${name}__loading`;
	await conn.query(`DROP TABLE IF EXISTS "${stage}"`);
	const CHUNK = 256;
	let created = false;
	for (let i = 0; i < parts.length; i += CHUNK) {
		const batches: RecordBatch[] = (
			await pool(parts.slice(i, i + CHUNK), 8, async (p) => {
				const res = await fetch(`${root}/${p.file}?v=${entry.sha256.slice(0, 24)}`);
				if (!res.ok) throw new Error(`${p.file}: HTTP ${res.status}`);
				return tableFromIPC(await parquetToIpc(new Uint8Array(await res.arrayBuffer()), columns)).batches;
			})
		).flat();
		if (batches.length === 0) continue;
		await conn.insertArrowTable(new Table(batches), { name: stage, create: !created });
		created = true;
	}
	if (!created) {
		const cols = columns.map((c) => `"${c}" VARCHAR`).join(', ');
		await conn
			.query(`CREATE TABLE "${stage}" AS SELECT * FROM "${name}" LIMIT 0`)
			.catch(() => conn.query(`CREATE TABLE "${stage}" (${cols})`));
	}
	await conn.query(
		`BEGIN TRANSACTION; DROP TABLE IF EXISTS "${name}"; ALTER TABLE "${stage}" RENAME TO "${name}"; COMMIT`
	);
	return parts.reduce((s, p) => s + p.rows, 0);
}
