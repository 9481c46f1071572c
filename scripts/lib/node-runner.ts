import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plain } from '../../src/lib/queries/plain';
import type { Columns, Query, Runner } from '../../src/lib/queries/sql';
import { VIEWS } from '../../src/lib/queries/views';

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
