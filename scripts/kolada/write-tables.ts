import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	KOLADA_COLUMNS,
	KOLADA_SORT,
	KOLADA_TABLES,
	type KoladaManifest,
	type KoladaRows
} from '../../src/lib/schema/kolada';

type Cell = string | number | boolean | null;

function append(app: DuckDBAppender, type: string, v: Cell): void {
	if (v == null) app.appendNull();
	else if (type === 'VARCHAR') app.appendVarchar(String(v));
	else if (type === 'INTEGER') app.appendInteger(v as number);
	else if (type === 'DOUBLE') app.appendDouble(v as number);
	else app.appendBoolean(v as boolean);
}

export const MANIFEST_FILE = 'manifest.json';

/**
 * The four Kolada tables → `<outDir>/<table>.parquet` (file name = DuckDB table name, so
 * NodeRunner.open(outDir) and the browser loader see kolada_values etc.) + manifest.json.
 * Rows go in through DuckDB's appender (fast: the full dump is 334 630 rows), are sorted, and are
 * written single-threaded as ZSTD, so the same input gives byte-identical files. Everything is
 * written to temp files first and renamed at the end: a failure leaves the old set intact.
 */
export async function writeKoladaTables(
	rows: KoladaRows,
	outDir: string,
	meta: Pick<KoladaManifest, 'generated_from' | 'vintage' | 'notes'>
): Promise<KoladaManifest> {
	mkdirSync(outDir, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	const temps: [string, string][] = [];
	const manifest: KoladaManifest = { ...meta, version: '', attribution: 'Källa: Kolada (RKA)', tables: {} };
	try {
		for (const table of KOLADA_TABLES) {
			const cols = Object.entries(KOLADA_COLUMNS[table]);
			// Table and column names are our own constants (KOLADA_COLUMNS), never input.
			await conn.run(`CREATE TABLE ${table} (${cols.map(([c, t]) => `"${c}" ${t}`).join(', ')})`);
			const app = await conn.createAppender(table);
			for (const row of rows[table] as unknown as Record<string, Cell>[]) {
				for (const [c, t] of cols) append(app, t, row[c] ?? null);
				app.endRow();
			}
			app.closeSync();
			const tmp = join(outDir, `.${table}.${process.pid}.parquet`);
			await conn.run(`COPY (SELECT * FROM ${table} ORDER BY ${KOLADA_SORT[table].join(', ')})
				TO '${tmp.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
			const file = `${table}.parquet`;
			temps.push([tmp, join(outDir, file)]);
			const sha256 = createHash('sha256').update(readFileSync(tmp)).digest('hex');
			manifest.tables[table] = { file, rows: rows[table].length, sha256 };
		}
		manifest.version = createHash('sha256')
			.update(
				Object.values(manifest.tables)
					.map((t) => t.sha256)
					.join('')
			)
			.digest('hex')
			.slice(0, 12);
		const tmpManifest = join(outDir, `.${MANIFEST_FILE}.${process.pid}`);
		writeFileSync(tmpManifest, JSON.stringify(manifest, null, '\t') + '\n');
		temps.push([tmpManifest, join(outDir, MANIFEST_FILE)]);
		for (const [tmp, final] of temps) renameSync(tmp, final);
		return manifest;
	} finally {
		conn.closeSync();
		instance.closeSync();
		for (const [tmp] of temps) rmSync(tmp, { force: true });
	}
}
