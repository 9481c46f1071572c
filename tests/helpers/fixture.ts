import type { DuckDBValue } from '@duckdb/node-api';
import { fragment, sql } from '../../src/lib/queries/sql';
import { tableRef } from '../../src/lib/db/raw-tables';
import { COLUMNS } from '../../src/lib/schema/columns';
import { TABLE_NAMES, type TableName } from '../../src/lib/schema/extracts';
import { NodeRunner } from './node-runner';

/**
 * An empty database with every table's real column layout (raw extracts in their schema), plus the
 * app's views. A hand-made row is one statement of its figure, so `canonical` defaults to true.
 */
export async function emptyDatabase(): Promise<NodeRunner> {
	const runner = await NodeRunner.open();
	for (const name of TABLE_NAMES) {
		const cols = Object.entries(COLUMNS[name])
			.map(([c, t]) => `"${c}" ${t}${c === 'canonical' ? ' DEFAULT true' : ''}`)
			.join(', ');
		await runner.all(sql`CREATE TABLE ${tableRef(name)} (${fragment(cols)})`);
	}
	await runner.createViews();
	return runner;
}

/** Insert hand-made rows (unspecified columns are NULL), then rebuild the views as a load does. */
export async function insert(runner: NodeRunner, table: TableName, rows: Record<string, DuckDBValue>[]): Promise<void> {
	const cols = Object.keys(COLUMNS[table]);
	for (const r of rows) {
		const names = cols.filter((c) => c in r);
		const casts = names.map((c) => `CAST(? AS ${COLUMNS[table][c]})`).join(', ');
		const list = names.map((c) => `"${c}"`).join(', ');
		await runner.conn.run(
			`INSERT INTO ${tableRef(table).text} (${list}) VALUES (${casts})`,
			names.map((c) => r[c]!)
		);
	}
	await runner.createViews();
}

/** Empty one table (raw extracts included) and rebuild the views. */
export async function clear(runner: NodeRunner, table: TableName): Promise<void> {
	await runner.all(sql`DELETE FROM ${tableRef(table)}`);
	await runner.createViews();
}

/** Total sick leave as the catalogue defines it (lower is better), for fixtures of Jämför's queries. */
export const SICK_LEAVE_TOTAL_PCT: Record<string, DuckDBValue> = {
	measure: 'sick_leave_total_pct',
	domain: 'sick_leave',
	label_sv: 's',
	label_en: 's',
	unit: '%',
	decimals: 1,
	higher_is_better: false,
	definition: 'd'
};

/** A KPI row with defaults filled in, so fixtures state only what the test is about. */
export function kpi(r: Record<string, DuckDBValue>): Record<string, DuckDBValue> {
	return { source: 'test', value_kind: 'actual', sex: 'T', unit: '%', period_kind: 'year', ...r };
}
