import { tableRef } from '../../src/lib/db/raw-tables';
import { toRows } from '../../src/lib/queries/sql';
import { COLUMNS } from '../../src/lib/schema/columns';
import type { TableName } from '../../src/lib/schema/table-names';
import type { NodeRunner } from './node-runner';

/** Every row of a loaded table in its declared columns, dates as ISO text: as its zod row schema reads them. */
export async function tableRows(runner: NodeRunner, name: TableName): Promise<Record<string, unknown>[]> {
	const cols = Object.keys(COLUMNS[name]);
	const data = await runner.run<Record<string, unknown>>({
		purpose: name,
		sql: {
			text: `SELECT ${cols.map((c) => (COLUMNS[name][c] === 'DATE' ? `strftime("${c}", '%Y-%m-%d') AS "${c}"` : `"${c}"`)).join(', ')} FROM ${tableRef(name).text}`,
			params: []
		},
		columns: cols
	});
	return toRows(data);
}
