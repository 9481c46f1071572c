import type { ManifestPartition, ManifestTable } from '$lib/schema/manifest';
import { fetchIpc } from './load';
import { mergePartitions } from './parquet';

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
 * Partitions of one extract (partition-plan.ts says which), fetched (8 at a time) and decoded to
 * Arrow with only `columns` (the partition columns written into each file for native readers are
 * left out), then merged into as few streams as their schemas allow: one insert into DuckDB, not
 * one per partition. Partitions are small files, so each is one plain cacheable GET.
 */
export async function fetchPartitions(
	root: string,
	entry: ManifestTable,
	parts: readonly ManifestPartition[],
	columns: string[]
): Promise<Uint8Array[]> {
	return mergePartitions(
		await pool(parts, 8, (p) => fetchIpc(`${root}/${p.file}?v=${entry.sha256.slice(0, 24)}`, columns))
	);
}
