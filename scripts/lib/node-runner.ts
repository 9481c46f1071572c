import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fragment, sql, type Columns, type Query, type Runner, type Sql } from '../../src/lib/queries/sql';
import { plain } from '../../src/lib/queries/plain';
import type { SqlExec } from '../../src/lib/db/protect';
import { SERVED_SAFE, loadableTable, tableRef } from '../../src/lib/db/raw-tables';
import { setupViews } from '../../src/lib/db/setup-views';

/** Native DuckDB with the same tables the browser loads: the SQL under test is the SQL that ships. */
export class NodeRunner implements Runner, SqlExec {
	private constructor(readonly conn: DuckDBConnection) {}

	/** A runner over a connection of the caller's (the data build's protection step). */
	static on(conn: DuckDBConnection): NodeRunner {
		return new NodeRunner(conn);
	}

	/** Every Parquet file in `parquetDir` (and in `alsoDirs`, e.g. the Kolada folder) as a table of its name. */
	static async open(parquetDir?: string, alsoDirs: readonly string[] = []): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		const runner = new NodeRunner(await instance.connect());
		await runner.all(sql`CREATE SCHEMA IF NOT EXISTS restricted`);
		for (const dir of [parquetDir, ...alsoDirs]) {
			if (!dir || !existsSync(dir)) continue;
			for (const f of readdirSync(dir).filter((f) => f.endsWith('.parquet'))) {
				const table = tableRef(loadableTable(f.replace(/\.parquet$/, '')));
				// Our own build's files; a view's DDL cannot take a bound parameter, so the path is quoted.
				const path = fragment(`'${join(dir, f).replaceAll("'", "''")}'`);
				await runner.all(sql`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${path})`);
			}
		}
		if (parquetDir && existsSync(join(parquetDir, 'staffing.parquet'))) await runner.createViews();
		return runner;
	}

	/**
	 * A partitioned data set (scripts/generate-synthetic.ts: manifest.json + hive folders) read by
	 * DuckDB itself with hive_partitioning, pruned to `scope` (kommuner, years) like the browser.
	 * `materialise` loads the rows into tables (as the browser does); otherwise the tables are views
	 * over the Parquet (the server-side path). What the browser is served: the protected facts the
	 * data build made. `restricted`: the raw extracts beside it (`<dir>-restricted`, never served)
	 * instead, protected here as the build does (the dev tools that time the rule).
	 */
	static async openPartitioned(
		dir: string,
		scope: { kommuner?: string[]; years?: [number, number] } = {},
		materialise = true,
		restricted = false
	): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		const runner = new NodeRunner(await instance.connect());
		await runner.all(sql`CREATE SCHEMA IF NOT EXISTS restricted`);
		type Tables = Record<string, { file: string; partitions?: unknown[] }>;
		const read = (d: string) =>
			(JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as { tables: Tables }).tables;
		const sets: [string, Tables][] = [[dir, read(dir)]];
		if (restricted) {
			delete sets[0]![1][SERVED_SAFE];
			sets.push([`${dir}-restricted`, read(`${dir}-restricted`)]);
		}
		const kind = fragment(materialise ? 'TABLE' : 'VIEW');
		// Paths and scope come from our own generator's manifest and digits only; DDL takes no parameters.
		const lit = (p: string) => fragment(`'${p.replaceAll("'", "''")}'`);
		for (const [base, tables] of sets)
			for (const [name, t] of Object.entries(tables)) {
				const table = tableRef(loadableTable(name));
				if (!t.partitions) {
					await runner.all(sql`CREATE ${kind} ${table} AS SELECT * FROM read_parquet(${lit(join(base, t.file))})`);
					continue;
				}
				const where = [
					scope.kommuner?.length
						? `kommun IN (${scope.kommuner.map((k) => `'${k.replace(/\D/g, '')}'`).join(', ')})`
						: '',
					scope.years ? `year BETWEEN ${Math.floor(scope.years[0])} AND ${Math.floor(scope.years[1])}` : ''
				].filter(Boolean);
				await runner.all(
					sql`CREATE ${kind} ${table} AS SELECT * EXCLUDE (year) FROM read_parquet(${lit(join(base, t.file) + '**/*.parquet')}, hive_partitioning = true)${fragment(where.length ? ` WHERE ${where.join(' AND ')}` : '')}`
				);
			}
		await runner.createViews();
		return runner;
	}

	/** The same views the browser creates after loading (src/lib/db/setup-views.ts). */
	async createViews(): Promise<void> {
		await setupViews(this);
	}

	/** Statements run one after another: one connection does not run two prepared statements at once. */
	private queue: Promise<unknown> = Promise.resolve();

	/** One statement, prepared (never several), with bound parameters: as the browser runs them. */
	private read(q: Sql) {
		const result = this.queue.then(async () => {
			const stmt = await this.conn.prepare(q.text);
			if (q.params.length) stmt.bind(q.params as DuckDBValue[]);
			return stmt.runAndReadAll();
		});
		this.queue = result.catch(() => {});
		return result;
	}

	async all(q: Sql): Promise<Record<string, unknown>[]> {
		return (await this.read(q)).getRowObjectsJS() as Record<string, unknown>[];
	}

	async run<Row>(query: Query<Row>): Promise<Columns<Row>> {
		const reader = await this.read(query.sql);
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
