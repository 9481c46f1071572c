import { makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';
import { COLUMNS } from '$lib/schema/columns';
import type { TableName } from '$lib/schema/extracts';

/** Rows per Arrow IPC chunk: each crosses to DuckDB's worker as its own message, so none is huge. */
export const CHUNK_ROWS = 50_000;

/** A checked file's rows for one extract, as Arrow IPC streams (every column UTF-8 text, cast in SQL). */
export type StagedRows = { table: TableName; rows: number; chunks: Uint8Array[] };

const encoder = new TextEncoder();

/**
 * One UTF-8 column straight into Arrow's buffers (offsets, bytes, validity): no per-value builder.
 * The texts are encoded in one call; when the column is pure ASCII (the usual case: codes, dates,
 * numbers) a value's byte offset is its character offset, else each value is encoded on its own.
 */
function textColumn(length: number, valueAt: (i: number) => unknown): Vector {
	const texts: string[] = new Array(length);
	const validity = new Uint8Array((length + 7) >> 3);
	let nulls = 0;
	let chars = 0;
	for (let i = 0; i < length; i++) {
		const v = valueAt(i);
		if (v == null) {
			nulls++;
			texts[i] = '';
		} else {
			validity[i >> 3]! |= 1 << (i & 7);
			chars += (texts[i] = String(v)).length;
		}
	}
	const offsets = new Int32Array(length + 1);
	const joined = texts.join('');
	let bytes = new Uint8Array(chars);
	// Every UTF-16 unit takes at least one byte: all of them fitting in `chars` bytes means ASCII.
	const ascii = encoder.encodeInto(joined, bytes);
	let at = ascii.written;
	if (ascii.read === chars) {
		for (let i = 0; i < length; i++) offsets[i + 1] = offsets[i]! + texts[i]!.length;
	} else {
		bytes = new Uint8Array(chars * 3);
		at = 0;
		for (let i = 0; i < length; i++) {
			if (texts[i]!.length) at += encoder.encodeInto(texts[i]!, bytes.subarray(at)).written;
			offsets[i + 1] = at;
		}
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
		const columns = Object.fromEntries(
			Object.keys(COLUMNS[table]).map((c) => [c, textColumn(to - from, (i) => rows[from + i]![c])])
		);
		chunks.push(tableToIPC(new Table(columns), 'stream'));
	}
	return { table, rows: rows.length, chunks };
}

/**
 * Columns of equal length (a format's input for its sums, named by the format's code) → Arrow IPC
 * chunks of UTF-8 text, null kept; the SQL casts them (sql-input.ts does the same with parameters).
 */
export function columnsToIpc(columns: Record<string, unknown[]>, length: number, chunkRows = CHUNK_ROWS): Uint8Array[] {
	const chunks: Uint8Array[] = [];
	for (let from = 0; from < length; from += chunkRows) {
		const to = Math.min(length, from + chunkRows);
		const vectors = Object.fromEntries(
			Object.entries(columns).map(([name, values]) => [name, textColumn(to - from, (i) => values[from + i])])
		);
		chunks.push(tableToIPC(new Table(vectors), 'stream'));
	}
	return chunks;
}
