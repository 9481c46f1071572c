import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Columns, Query, Runner } from '../../src/lib/queries/sql';
import { VIEWS } from '../../src/lib/queries/views';

/** Same normalisation the browser runner applies: plain numbers and ISO date strings. */
function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (v != null && typeof v === 'object') return String(v);
	return v;
}

/** Native DuckDB with the same tables the browser loads: the SQL under test is the SQL that ships. */
export class NodeRunner implements Runner {
	private constructor(readonly conn: DuckDBConnection) {}

	/** Every Parquet file in `parquetDir` (and in `alsoDirs`, e.g. the Kolada folder) as a table of its name. */
	static async open(parquetDir?: string, alsoDirs: readonly string[] = []): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		const runner = new NodeRunner(await instance.connect());
		for (const dir of [parquetDir, ...alsoDirs]) {
			if (!dir || !existsSync(dir)) continue;
			for (const f of readdirSync(dir).filter((f) => f.endsWith('.parquet')))
				await runner.conn.run(
					`CREATE TABLE "${f.replace(/\.parquet$/, '')}" AS SELECT * FROM read_parquet('${join(dir, f)}')`
				);
		}
		if (parquetDir && existsSync(join(parquetDir, 'staffing.parquet'))) await runner.createViews();
		return runner;
	}

	/**
	 * A partitioned data set (scripts/generate-synthetic.ts: manifest.json + hive folders) read by
	 * DuckDB itself with hive_partitioning, pruned to `scope` (kommuner, years) like the browser.
	 * `materialise` loads the rows into tables (as the browser does); otherwise views read the Parquet.
	 */
	static async openPartitioned(
		dir: string,
		scope: { kommuner?: string[]; years?: [number, number] } = {},
		materialise = true
	): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		const runner = new NodeRunner(await instance.connect());
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
			tables: Record<string, { file: string; partitions?: unknown[] }>;
		};
		const kind = materialise ? 'TABLE' : 'VIEW';
		for (const [name, t] of Object.entries(manifest.tables)) {
			if (!t.partitions) {
				await runner.conn.run(`CREATE ${kind} "${name}" AS SELECT * FROM read_parquet('${join(dir, t.file)}')`);
				continue;
			}
			const where = [
				scope.kommuner?.length
					? `kommun IN (${scope.kommuner.map((k) => `'${k.replace(/\D/g, '')}'`).join(', ')})`
					: '',
				scope.years ? `year BETWEEN ${Math.floor(scope.years[0])} AND ${Math.floor(scope.years[1])}` : ''
			].filter(Boolean);
			await runner.conn.run(
				`CREATE ${kind} "${name}" AS SELECT * EXCLUDE (year) FROM read_parquet('${join(dir, t.file)}**/*.parquet', hive_partitioning = true)${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`
			);
		}
		await runner.createViews();
		return runner;
	}

	/** The same views the browser creates after loading (src/lib/queries/views.ts). */
	async createViews(): Promise<void> {
		for (const v of VIEWS) await this.conn.run(v);
	}

	async run<Row>(query: Query<Row>): Promise<Columns<Row>> {
		const reader = await this.conn.runAndReadAll(query.sql.text, query.sql.params as DuckDBValue[]);
		const names = reader.columnNames();
		const cols = reader.getColumnsJS();
		const out: Record<string, unknown> = { length: reader.currentRowCount };
		names.forEach((n, i) => (out[n] = (cols[i] ?? []).map(plain)));
		for (const c of query.columns)
			if (!(c in out)) throw new Error(`${query.purpose}: kolumnen ${c} saknas i resultatet`);
		return out as Columns<Row>;
	}

	close(): void {
		this.conn.closeSync();
	}
}
