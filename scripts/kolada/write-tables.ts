import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	KOLADA_COLUMNS,
	KOLADA_SORT,
	KOLADA_TABLES,
	type KoladaManifest,
	type KoladaTable,
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

export type WriteOptions = {
	/** Keep the rows of the set already in outDir that the new rows do not replace (same key). */
	merge?: boolean;
	warn?: (message: string) => void;
};

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Old rows whose key (KOLADA_SORT) no new row has: a values-only file keeps kommuner, KPIs and groups. */
function keepOldRowsSql(table: KoladaTable, oldFile: string): string {
	const cols = Object.keys(KOLADA_COLUMNS[table]).map((c) => `"${c}"`);
	const same = KOLADA_SORT[table].map((k) => `n."${k}" IS NOT DISTINCT FROM o."${k}"`).join(' AND ');
	return `INSERT INTO ${table} SELECT ${cols.map((c) => `o.${c}`).join(', ')} FROM read_parquet(${sqlString(oldFile)}) o
		WHERE NOT EXISTS (SELECT 1 FROM ${table} n WHERE ${same})`;
}

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
	meta: Pick<KoladaManifest, 'generated_from' | 'vintage' | 'notes'>,
	opts: WriteOptions = {}
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
			const oldFile = join(outDir, `${table}.parquet`);
			if (opts.merge && existsSync(oldFile)) await conn.run(keepOldRowsSql(table, oldFile));
			const count = Number((await conn.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]);
			const tmp = join(outDir, `.${table}.${process.pid}.parquet`);
			await conn.run(`COPY (SELECT * FROM ${table} ORDER BY ${KOLADA_SORT[table].join(', ')})
				TO '${tmp.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
			const file = `${table}.parquet`;
			temps.push([tmp, join(outDir, file)]);
			const sha256 = createHash('sha256').update(readFileSync(tmp)).digest('hex');
			manifest.tables[table] = { file, rows: count, sha256 };
		}
		if (opts.merge) {
			const [first, last] = (await conn.runAndReadAll('SELECT min(year), max(year) FROM kolada_values')).getRows()[0]!;
			manifest.vintage = {
				...manifest.vintage,
				first_year: first == null ? null : Number(first),
				last_year: last == null ? null : Number(last)
			};
		}
		const unknown = (
			await conn.runAndReadAll(
				'SELECT DISTINCT kpi FROM kolada_values WHERE kpi NOT IN (SELECT kpi FROM kolada_kpis) ORDER BY kpi'
			)
		)
			.getRows()
			.map((r) => String(r[0]));
		if (unknown.length > 0)
			opts.warn?.(
				`${unknown.length} nyckeltal har värden men finns inte i KPI-katalogen (ingen titel eller beskrivning): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ' …' : ''}`
			);
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
