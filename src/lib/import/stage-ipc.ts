import { makeBuilder, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';
import { COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/extracts';

/** Rows per Arrow IPC chunk: each crosses to DuckDB's worker as its own message, so none is huge. */
export const CHUNK_ROWS = 50_000;

/** A checked file's rows for one extract, as Arrow IPC streams (every column UTF-8 text, cast in SQL). */
export type StagedRows = { table: TableName; rows: number; chunks: Uint8Array[] };

function textColumn(rows: Record<string, unknown>[], from: number, to: number, column: string): Vector {
	const b = makeBuilder({ type: new Utf8(), nullValues: [null, undefined] });
	for (let i = from; i < to; i++) {
		const v = rows[i]![column];
		b.append(v == null ? null : String(v));
	}
	return b.finish().toVector();
}

/**
 * Validated, shaped rows → columnar Arrow IPC chunks, built where the rows are (the import
 * worker), so the page never walks a million row objects. Only our schema's column names are used.
 */
export function toIpcChunks(table: TableName, rows: Record<string, unknown>[], chunkRows = CHUNK_ROWS): StagedRows {
	const chunks: Uint8Array[] = [];
	for (let from = 0; from < rows.length; from += chunkRows) {
		const to = Math.min(rows.length, from + chunkRows);
		const columns = Object.fromEntries(Object.keys(COLUMNS[table]).map((c) => [c, textColumn(rows, from, to, c)]));
		chunks.push(tableToIPC(new Table(columns), 'stream'));
	}
	return { table, rows: rows.length, chunks };
}
