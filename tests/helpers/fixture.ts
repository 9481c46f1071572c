import type { DuckDBValue } from '@duckdb/node-api';
import { COLUMNS } from '../../src/lib/schema/columns';
import { TABLE_NAMES, type TableName } from '../../src/lib/schema/extracts';
import { NodeRunner } from './node-runner';

/**
 * An empty database with every table's real column layout, plus the app's views. A hand-made row
 * is one statement of its figure, so `canonical` defaults to true (the data build sets it for real).
 */
export async function emptyDatabase(): Promise<NodeRunner> {
	const runner = await NodeRunner.open();
	for (const name of TABLE_NAMES)
		await runner.conn.run(
			`CREATE TABLE "${name}" (${Object.entries(COLUMNS[name])
				.map(([c, t]) => `"${c}" ${t}${c === 'canonical' ? ' DEFAULT true' : ''}`)
				.join(', ')})`
		);
	await runner.createViews();
	return runner;
}

/** Insert hand-made rows; unspecified columns are NULL. */
export async function insert(runner: NodeRunner, table: TableName, rows: Record<string, DuckDBValue>[]): Promise<void> {
	const cols = Object.keys(COLUMNS[table]);
	for (const r of rows) {
		const names = cols.filter((c) => c in r);
		const casts = names.map((c) => `CAST(? AS ${COLUMNS[table][c]})`).join(', ');
		await runner.conn.run(
			`INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(', ')}) VALUES (${casts})`,
			names.map((c) => r[c]!)
		);
	}
}

/** A KPI row with defaults filled in, so fixtures state only what the test is about. */
export function kpi(r: Record<string, DuckDBValue>): Record<string, DuckDBValue> {
	return { source: 'test', value_kind: 'actual', sex: 'T', unit: '%', period_kind: 'year', ...r };
}
