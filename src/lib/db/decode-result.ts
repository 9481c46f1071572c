import { DataType, tableFromIPC, type Data, type Utf8, type Vector } from 'apache-arrow';
import type { ResultColumn, TextColumn, WireResult } from './query-result';

/** A structured-clonable value: BIGINT as a number, anything structured (lists, structs, blobs) as text. */
function cell(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v != null && typeof v === 'object' && !(v instanceof Date)) return String(v);
	return v;
}

const utf8 = new TextDecoder();

/**
 * Each byte's position in the decoded text (UTF-16 units before it): in valid UTF-8 every value
 * starts on a lead byte, and a 4-byte character is two units.
 */
function unitsBefore(bytes: Uint8Array): Int32Array {
	const at = new Int32Array(bytes.length + 1);
	let units = 0;
	for (let j = 0; j < bytes.length; j++) {
		at[j] = units;
		const b = bytes[j]!;
		if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
	}
	at[bytes.length] = units;
	return at;
}

/**
 * A text column as its distinct values and one code per row (-1 = NULL). Each batch's text is
 * decoded in one call and cut at its offsets, instead of a decoder call per cell (most of an
 * answer's cost at a thousand rows); the page gets a short list and a typed array to copy.
 */
function textColumn(name: string, vector: Vector<Utf8>): TextColumn {
	const codes = new Int32Array(vector.length);
	const dict: string[] = [];
	const seen = new Map<string, number>();
	let row = 0;
	for (const data of vector.data as Data<Utf8>[]) {
		const { values, valueOffsets } = data;
		const text = utf8.decode(values);
		const at = text.length === values.length ? null : unitsBefore(values);
		// Bytes that are not UTF-8 decode to replacement characters, and the positions no longer
		// match: such a batch is decoded value by value.
		const aligned = !at || at[values.length] === text.length;
		for (let i = 0; i < data.length; i++, row++) {
			if (!data.getValid(i)) {
				codes[row] = -1;
				continue;
			}
			const [from, to] = [valueOffsets[i]!, valueOffsets[i + 1]!];
			const s = !aligned
				? utf8.decode(values.subarray(from, to))
				: at
					? text.slice(at[from], at[to])
					: text.slice(from, to);
			let code = seen.get(s);
			if (code === undefined) seen.set(s, (code = dict.push(s) - 1));
			codes[row] = code;
		}
	}
	return { name, date: false, dict, codes };
}

/** DuckDB's Arrow IPC answer → plain columns (runs in DuckDB's worker: the page loads no Arrow). */
export function decodeResult(ipc: Uint8Array): WireResult {
	const table = tableFromIPC(ipc);
	return {
		numRows: table.numRows,
		columns: table.schema.fields.map((f, k): ResultColumn | TextColumn => {
			const vector = table.getChildAt(k)!;
			if (DataType.isUtf8(f.type)) return textColumn(f.name, vector as Vector<Utf8>);
			const values = new Array<unknown>(table.numRows);
			for (let i = 0; i < table.numRows; i++) values[i] = cell(vector.get(i));
			return { name: f.name, date: DataType.isDate(f.type) || DataType.isTimestamp(f.type), values };
		})
	};
}
