import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';

/** Byte builders for the adversarial files: encodings, Excel workbooks and Parquet written by DuckDB. */

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const utf8Bom = (s: string): Uint8Array => utf8('\ufeff' + s);

/** Windows-1252 for the Latin-1 range (what Swedish Excel saves as "CSV (semikolonavgränsad)"). */
export function cp1252(s: string): Uint8Array {
	return Uint8Array.from(
		[...s].map((c) => {
			const code = c.charCodeAt(0);
			if (code > 255) throw new Error(`not in cp1252: ${c}`);
			return code;
		})
	);
}

export function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
	const text = (bom ? '\ufeff' : '') + s;
	const out = new Uint8Array(text.length * 2);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[i * 2 + (endian === 'le' ? 0 : 1)] = c & 0xff;
		out[i * 2 + (endian === 'le' ? 1 : 0)] = c >> 8;
	}
	return out;
}

/** A one-sheet workbook; numbers stay numbers and Date cells dates, as Excel stores them. */
export function xlsx(rows: unknown[][]): Uint8Array {
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Blad1');
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A Parquet file from a DuckDB SELECT: real DATE, TIMESTAMP, DECIMAL and dictionary-encoded strings. */
export async function parquet(select: string): Promise<Uint8Array> {
	const dir = mkdtempSync(join(tmpdir(), 'tertial-adv-'));
	const file = join(dir, 'f.parquet');
	try {
		const db = await DuckDBInstance.create(':memory:');
		const conn = await db.connect();
		await conn.run(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
		conn.closeSync();
		return new Uint8Array(readFileSync(file));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Deterministic pseudo-random bytes (seeded), for corrupt files that are the same every run. */
export function noise(length: number, seed = 7): Uint8Array {
	const out = new Uint8Array(length);
	let x = seed;
	for (let i = 0; i < length; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		out[i] = x & 0xff;
	}
	return out;
}

export const concat = (...parts: Uint8Array[]): Uint8Array => {
	const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
};
