import type { DuckDBConnection } from '@duckdb/node-api';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentHash } from './content-hash';

export type Partition = { kommun: string; year: number; file: string; rows: number; bytes: number };
export type PartitionedTable = { file: string; rows: number; sha256: string; bytes: number; partitions: Partition[] };

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Every file under `dir`, at any depth. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((n) =>
		statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]
	);
}

/**
 * Rows of `select` (with `kommun` and `year` columns) written under `root`/`name` as Parquet
 * partitioned by kommun and year (hive layout). Partition columns are written into the files too:
 * each file is whole on its own. `more`: another batch of kommuner into the same folder.
 */
export async function writePartitions(
	conn: DuckDBConnection,
	select: string,
	root: string,
	name: string,
	more = false
) {
	await conn.run(`COPY (${select} ORDER BY kommun, year) TO ${q(join(root, name))}
		(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (kommun, year), WRITE_PARTITION_COLUMNS true${more ? ', OVERWRITE_OR_IGNORE true' : ''})`);
}

/** A partitioned table's manifest entry: every partition with its rows (from the Parquet footers) and bytes. */
export async function listPartitions(conn: DuckDBConnection, root: string, name: string): Promise<PartitionedTable> {
	const dir = join(root, name);
	const counts = new Map(
		(
			await conn.runAndReadAll(
				`SELECT file_name, sum(n)::BIGINT FROM (SELECT DISTINCT file_name, row_group_id, row_group_num_rows AS n
				FROM parquet_metadata(${q(dir + '/**/*.parquet')})) GROUP BY file_name`
			)
		)
			.getRows()
			.map(([f, n]) => [String(f), Number(n)])
	);
	const files = filesUnder(dir);
	const partitions: Partition[] = files.map((f) => {
		const file = relative(root, f);
		const m = /kommun=([^/]+)\/year=(\d+)\//.exec(file);
		if (!m) throw new Error(`${file}: inte en hive-partition`);
		return { kommun: m[1]!, year: Number(m[2]), file, rows: counts.get(f) ?? 0, bytes: statSync(f).size };
	});
	return {
		file: `${name}/`,
		rows: partitions.reduce((s, p) => s + p.rows, 0),
		sha256: contentHash(root, files),
		bytes: files.reduce((s, f) => s + statSync(f).size, 0),
		partitions
	};
}
