import { makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';
import { COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/extracts';

/** Rows per Arrow IPC chunk: each crosses to DuckDB's worker as its own message, so none is huge. */
export const CHUNK_ROWS = 50_000;

/** A checked file's rows for one extract, as Arrow IPC streams (every column UTF-8 text, cast in SQL). */
export type StagedRows = { table: TableName; rows: number; chunks: Uint8Array[] };

const encoder = new TextEncoder();

/** One UTF-8 column straight into Arrow's buffers (offsets, bytes, validity): no per-value builder. */
function textColumn(rows: Record<string, unknown>[], from: number, to: number, column: string): Vector {
	const length = to - from;
	const texts: (string | null)[] = new Array(length);
	let chars = 0;
	for (let i = 0; i < length; i++) {
		const v = rows[from + i]![column];
		const t = v == null ? null : String(v);
		texts[i] = t;
		if (t) chars += t.length;
	}
	const bytes = new Uint8Array(chars * 3);
	const offsets = new Int32Array(length + 1);
	const validity = new Uint8Array((length + 7) >> 3);
	let at = 0;
	let nulls = 0;
	for (let i = 0; i < length; i++) {
		const t = texts[i];
		if (t == null) nulls++;
		else {
			validity[i >> 3]! |= 1 << (i & 7);
			if (t.length) at += encoder.encodeInto(t, bytes.subarray(at)).written;
		}
		offsets[i + 1] = at;
	}
	return makeVector(
		makeData({
			type: new Utf8(),
			length,
			nullCount: nulls,
			nullBitmap: nulls ? validity : null,
			valueOffsets: offsets,
			data: bytes.subarray(0, at)
		})
	);
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
