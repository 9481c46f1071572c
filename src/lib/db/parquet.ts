import type { DecodeAnswer, DecodeRequest } from './parquet-protocol';

type Waiting = { resolve: (a: DecodeAnswer) => void; reject: (e: Error) => void };

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, Waiting>();

/** One decoder worker per page, started on first use. */
function decoder(): Worker {
	if (worker) return worker;
	const w = new Worker(new URL('./parquet.worker.ts', import.meta.url), { type: 'module' });
	w.onmessage = (e: MessageEvent<DecodeAnswer>) => {
		const pending = waiting.get(e.data.id);
		waiting.delete(e.data.id);
		if (!pending) return;
		if ('error' in e.data) pending.reject(new Error(e.data.error));
		else pending.resolve(e.data);
	};
	w.onerror = (e) => {
		// The worker itself failed (not one file): every waiting decode fails, the next starts anew.
		for (const pending of waiting.values())
			pending.reject(new Error(e.message || 'Parquet-avkodaren kunde inte starta'));
		waiting.clear();
		worker = undefined;
		w.terminate();
	};
	worker = w;
	return w;
}

function ask(message: DecodeRequest, transfer: Transferable[] = []): Promise<DecodeAnswer> {
	const id = nextId++;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		decoder().postMessage({ ...message, id }, { transfer });
	});
}

/**
 * Parquet bytes → Arrow IPC stream, decoded in a worker beside the page. DuckDB-WASM 1.32 would
 * otherwise download its parquet extension from a third-party host, which we must not do.
 * `columns` decodes only those (the rest of the file is skipped). Bytes that fill their own buffer
 * are moved to the worker, not copied (no caller reads them after): the caller's copy is emptied.
 */
export async function parquetToIpc(bytes: Uint8Array, columns?: string[]): Promise<Uint8Array> {
	const whole =
		bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	const a = await ask({ kind: 'decode', bytes, columns }, whole ? [bytes.buffer as ArrayBuffer] : []);
	if (!('ipc' in a)) throw new Error('Parquet-avkodaren svarade inte med Arrow');
	return a.ipc;
}

/**
 * Partition files (absolute same-site URLs) fetched, decoded and joined (concat-ipc.ts) all in
 * the decoder's worker: one message per table, not a fetch, a decode and a transfer through the
 * page's thread per file (500 files for 10 kommuner × 10 years × 5 extracts).
 */
export async function fetchDecoded(urls: string[], columns?: string[]): Promise<Uint8Array[]> {
	if (urls.length === 0) return [];
	const a = await ask({ kind: 'partitions', urls, columns });
	if (!('ipcs' in a)) throw new Error('Parquet-avkodaren svarade inte med Arrow');
	return a.ipcs;
}

/** The decoder's wasm memory in bytes (it grows, never shrinks): for npm run bench. */
export async function parquetMemoryBytes(): Promise<number> {
	if (!worker) return 0; // never started
	const a = await ask({ kind: 'memory' });
	return 'memory' in a ? a.memory : 0;
}
