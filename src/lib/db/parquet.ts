import initParquet, { readParquet, wasmMemory } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | undefined;

/**
 * Parquet bytes → Arrow IPC stream, decoded here in the page. DuckDB-WASM 1.32 would otherwise
 * download its parquet extension from a third-party host, which we must not do. `columns`
 * decodes only those (the rest of the file is skipped).
 */
export async function parquetToIpc(bytes: Uint8Array, columns?: string[]): Promise<Uint8Array> {
	ready ??= initParquet({ module_or_path: parquetWasm });
	await ready;
	const table = readParquet(bytes, columns ? { columns } : undefined);
	try {
		return table.intoIPCStream();
	} catch (e) {
		table.free();
		throw e;
	}
}

/** The decoder's wasm memory in bytes (it grows, never shrinks): for npm run bench. */
export function parquetMemoryBytes(): number {
	try {
		return ready ? wasmMemory().buffer.byteLength : 0;
	} catch {
		return 0; // not initialised yet
	}
}
