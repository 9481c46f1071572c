import { DataType, tableFromIPC } from 'apache-arrow';
import type { QueryResult } from './query-result';

/** A structured-clonable value: BIGINT as a number, anything structured (lists, structs, blobs) as text. */
function cell(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v != null && typeof v === 'object' && !(v instanceof Date)) return String(v);
	return v;
}

/** DuckDB's Arrow IPC answer → plain columns (runs in DuckDB's worker: the page loads no Arrow). */
export function decodeResult(ipc: Uint8Array): QueryResult {
	const table = tableFromIPC(ipc);
	return {
		numRows: table.numRows,
		columns: table.schema.fields.map((f, k) => {
			const vector = table.getChildAt(k)!;
			const values = new Array<unknown>(table.numRows);
			for (let i = 0; i < table.numRows; i++) values[i] = cell(vector.get(i));
			return { name: f.name, date: DataType.isDate(f.type) || DataType.isTimestamp(f.type), values };
		})
	};
}
