import { DataType, tableFromIPC, tableToIPC, type Schema } from 'apache-arrow';

/** Field names and types, or null when a column is dictionary-encoded (dictionaries differ per stream). */
const shape = (s: Schema) =>
	s.fields.some((f) => DataType.isDictionary(f.type)) ? null : s.fields.map((f) => `${f.name}:${f.type}`).join(',');

/**
 * A table's Arrow IPC streams (one per partition) as one stream when they share a schema: one
 * insert into DuckDB instead of one per partition, each a round trip to its worker (500 of them
 * for 10 kommuner × 10 years × 5 extracts). Streams that differ, or cannot be read, stay as they are.
 */
export function mergeIpc(ipcs: readonly Uint8Array[]): Uint8Array[] {
	if (ipcs.length < 2) return [...ipcs];
	try {
		const tables = ipcs.map((b) => tableFromIPC(b)).filter((t) => t.numRows > 0);
		const [first, ...rest] = tables;
		const one = first && shape(first.schema);
		if (!one || rest.length === 0 || !rest.every((t) => shape(t.schema) === one)) return [...ipcs];
		return [tableToIPC(first.concat(...rest), 'stream')];
	} catch {
		return [...ipcs];
	}
}
