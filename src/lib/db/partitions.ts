import type { ManifestPartition, ManifestTable } from '$lib/schema/manifest';
import { fetchDecoded } from './parquet';
import { versionedUrl } from './versioned-fetch';

/**
 * Partitions of one extract (partition-plan.ts says which), fetched (parquet.worker.ts's queue) and
 * decoded to Arrow with only `columns` (the partition columns written into each file for native
 * readers are left out), then joined into one stream (concat-ipc.ts): one insert into DuckDB, not
 * one per partition. Partitions are small files, so each is one plain cacheable GET, made by the
 * decoder's worker (parquet.ts): the page's thread handles one message per table, not per file.
 */
export async function fetchPartitions(
	root: string,
	entry: ManifestTable,
	parts: readonly ManifestPartition[],
	columns: string[]
): Promise<Uint8Array[]> {
	const urls = parts.map((p) => new URL(versionedUrl(`${root}/${p.file}`, entry.sha256), location.href).href);
	return fetchDecoded(urls, columns);
}
