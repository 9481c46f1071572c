import { Table, tableFromIPC, type RecordBatch } from 'apache-arrow';
import type { ManifestPartition, ManifestTable } from '$lib/schema/manifest';
import { engine } from './engine';
import { parquetToIpc } from './parquet';

/** Which part of a partitioned data set the current selection needs (null = all). */
export type Scope = { kommuner: string[] | null; years: [number, number] | null };

/**
 * The most rows one tab may hold across all tables. Measured with `npm run bench` (see README,
 * "Hur mycket data en flik klarar"): beyond it DuckDB-WASM runs out of its 4 GB address space
 * while decoding, and the tab would stall or crash; we refuse before that, with a message.
 */
export const MAX_ROWS_IN_TAB = 6_000_000;

export class TooMuchDataError extends Error {
	constructor(
		readonly requested: number,
		readonly limit: number
	) {
		const fmt = (n: number) => n.toLocaleString('sv-SE');
		super(
			`Urvalet omfattar ${fmt(requested)} rader, fler än en webbläsarflik klarar (högst ${fmt(limit)}). ` +
				'Välj färre kommuner eller år, eller låt en server med DuckDB svara på frågorna (se README).'
		);
		this.name = 'TooMuchDataError';
	}
}

/** The selection in the URL the views keep their state in: kommun/kommuner, fran/till. */
export function scopeFromUrl(params: URLSearchParams): Scope {
	const kommuner = [...params.getAll('kommun'), ...params.getAll('kommuner').flatMap((k) => k.split(','))]
		.map((k) => k.trim())
		.filter((k) => /^\d{4}$/.test(k));
	const from = Number(params.get('fran'));
	const to = Number(params.get('till'));
	const years: [number, number] | null =
		params.has('fran') || params.has('till')
			? [Number.isInteger(from) && from > 0 ? from : 0, Number.isInteger(to) && to > 0 ? to : 9999]
			: null;
	return { kommuner: kommuner.length > 0 ? [...new Set(kommuner)] : null, years };
}

export function partitionsFor(parts: readonly ManifestPartition[], scope: Scope): ManifestPartition[] {
	const kommuner = scope.kommuner ? new Set(scope.kommuner) : null;
	return parts.filter(
		(p) =>
			(!kommuner || kommuner.has(p.kommun)) && (!scope.years || (p.year >= scope.years[0] && p.year <= scope.years[1]))
	);
}

/** Rows a table would bring into the tab for this scope. */
export function plannedRows(entry: ManifestTable, scope: Scope): number {
	return entry.partitions ? partitionsFor(entry.partitions, scope).reduce((s, p) => s + p.rows, 0) : entry.rows;
}

/** Refuse before loading, never halfway: `already` rows are in the tab, `adding` would come. */
export function checkRowBudget(already: number, adding: number, limit = MAX_ROWS_IN_TAB): void {
	if (already + adding > limit) throw new TooMuchDataError(already + adding, limit);
}

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
