import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS, sortKeys } from '../../src/lib/schema/columns';
import type { TableName } from '../../src/lib/schema/extracts';

type Row = Record<string, unknown>;

/**
 * Rows → ZSTD Parquet, sorted, single-threaded so the same input gives byte-identical output.
 * Written to a temp file and renamed, so a failed build never leaves half a file behind.
 */
export async function writeParquet(
	table: TableName,
	rows: Row[],
	outDir: string
): Promise<{ file: string; rows: number; sha256: string }> {
	mkdirSync(outDir, { recursive: true });
	const cols = COLUMNS[table];
	const json = join(outDir, `.${table}.${process.pid}.ndjson`);
	const tmp = join(outDir, `.${table}.${process.pid}.parquet`);
	const file = `${table}.parquet`;
	writeFileSync(
		json,
		rows.map((r) => JSON.stringify(Object.fromEntries(Object.keys(cols).map((c) => [c, r[c] ?? null])))).join('\n') +
			'\n'
	);
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	try {
		const columns = Object.entries(cols)
			.map(([c, t]) => `'${c}': '${t}'`)
			.join(', ');
		const order = sortKeys(table).join(', ');
		// Identifiers and paths come from the build's own constants, never from user input.
		await conn.run(`COPY (SELECT * FROM read_json('${json}', format='newline_delimited', columns={${columns}}) ORDER BY ${order})
			TO '${tmp}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
		renameSync(tmp, join(outDir, file));
	} finally {
		conn.closeSync();
		instance.closeSync();
		rmSync(json, { force: true });
		rmSync(tmp, { force: true });
	}
	const sha256 = createHash('sha256')
		.update(readFileSync(join(outDir, file)))
		.digest('hex');
	return { file, rows: rows.length, sha256 };
}
