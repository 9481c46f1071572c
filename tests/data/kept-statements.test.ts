import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeptStatements } from '../../src/lib/db/kept-statements';
import type { Connection } from '../../src/lib/db/engine';
import { resultRows } from '../../src/lib/db/query-result';

/**
 * A kept statement (src/lib/db/kept-statements.ts) run again after its table was replaced, as a
 * load or a user's extract replaces tables, answers from the table as it is now: DuckDB (the same
 * version as the browser's) binds a prepared statement again when the catalog has changed.
 */
let duck: DuckDBConnection;
let kept: KeptStatements;
beforeAll(async () => {
	duck = await (await DuckDBInstance.create(':memory:')).connect();
	const conn: Connection = {
		async prepare(text) {
			const stmt = await duck.prepare(text);
			return {
				async query(...params) {
					if (params.length) stmt.bind(params as DuckDBValue[]);
					const reader = await stmt.runAndReadAll();
					const values = reader.getColumnsJS();
					return {
						numRows: reader.currentRowCount,
						columns: reader.columnNames().map((name, i) => ({ name, date: false, values: values[i] ?? [] }))
					};
				},
				async close() {
					stmt.destroySync();
				}
			};
		},
		insertArrowFromIPCStream: async () => {}
	};
	kept = new KeptStatements(conn.prepare);
});
afterAll(() => duck?.closeSync());

const ask = async (min: number) =>
	resultRows(
		await kept.table({
			text: 'SELECT kommun, sum(value) AS total FROM t WHERE value >= ? GROUP BY kommun ORDER BY kommun',
			params: [min]
		})
	);

describe('a kept statement after its table changed', () => {
	it('reads new rows, a replaced table and a new column type, and says so when the table is gone', async () => {
		await duck.run(`CREATE TABLE t AS SELECT * FROM (VALUES ('0001', 1), ('0001', 2), ('0002', 5)) v(kommun, value)`);
		expect(await ask(2)).toEqual([
			{ kommun: '0001', total: 2n },
			{ kommun: '0002', total: 5n }
		]);
		await duck.run(`INSERT INTO t VALUES ('0003', 7)`);
		expect((await ask(2)).map((r) => r.kommun)).toEqual(['0001', '0002', '0003']);
		await duck.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM (VALUES ('0009', 2.5::DOUBLE)) v(kommun, value)`);
		expect(await ask(2)).toEqual([{ kommun: '0009', total: 2.5 }]);
		expect(kept.size).toBe(1);
		await duck.run(`DROP TABLE t`);
		await expect(ask(2)).rejects.toThrow(/t/);
		expect(kept.size).toBe(0);
		await duck.run(`CREATE TABLE t AS SELECT '0004' AS kommun, 4 AS value`);
		expect(await ask(0)).toEqual([{ kommun: '0004', total: 4n }]);
	});
});
