import { DataType, tableFromIPC, type Vector } from 'apache-arrow';
import type { RawTable } from './raw-table';

/**
 * An Arrow table (a decoded Parquet file) → text cells, so Parquet passes the same mapping and
 * validation as CSV. DATE and TIMESTAMP become ÅÅÅÅ-MM-DD, DECIMAL its exact digits, and
 * dictionary-encoded strings their text.
 */
export function arrowToRaw(ipc: Uint8Array): RawTable {
	const table = tableFromIPC(ipc);
	const header = table.schema.fields.map((f) => f.name);
	const columns = header.map((_, j) => table.getChildAt(j)!);
	const rows: RawTable['rows'] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) rows[i] = { line: i + 2, cells: columns.map((col) => cellText(col, i)) };
	return { header, rows, details: { format: 'Parquet' } };
}

function cellText(col: Vector, i: number): string {
	const v: unknown = col.get(i);
	if (v == null) return '';
	const type = col.type as DataType;
	if (DataType.isDate(type) || DataType.isTimestamp(type)) return isoDate(v);
	if (DataType.isDecimal(type)) return decimalText(v, (type as unknown as { scale: number }).scale);
	if (v instanceof Date) return isoDate(v);
	if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', ',') : String(v);
	if (typeof v === 'bigint') return v.toString();
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	return String(v);
}

function isoDate(v: unknown): string {
	const ms = v instanceof Date ? v.getTime() : typeof v === 'bigint' ? Number(v) : Number(v);
	return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
}

/** Arrow hands a decimal as its unscaled integer (words or bigint-like); place the comma ourselves. */
function decimalText(v: unknown, scale: number): string {
	let digits: bigint;
	if (typeof v === 'bigint') digits = v;
	else if (v instanceof Uint32Array) {
		digits = 0n;
		for (let k = v.length - 1; k >= 0; k--) digits = (digits << 32n) | BigInt(v[k]!);
		const bits = BigInt(v.length * 32);
		if (v[v.length - 1]! & 0x80000000) digits -= 1n << bits;
	} else {
		const s = String(v);
		if (/^-?\d+$/.test(s)) digits = BigInt(s);
		else return s.replace('.', ',');
	}
	const neg = digits < 0n;
	const abs = (neg ? -digits : digits).toString().padStart(scale + 1, '0');
	const int = scale > 0 ? abs.slice(0, -scale) : abs;
	const frac = scale > 0 ? abs.slice(-scale) : '';
	return `${neg ? '-' : ''}${int}${frac ? ',' + frac : ''}`;
}
