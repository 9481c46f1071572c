/// <reference lib="webworker" />
// Parquet → Arrow IPC off the page's main thread: the decoder (its JS and 5 MB of wasm) never
// competes with the page for its thread, and files decode while the page renders. Partitions are
// joined here too (concat-ipc.ts; merge-ipc.ts with Apache Arrow when they cannot be): the page itself loads no Arrow.
import initParquet, { readParquet, wasmMemory } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { buffersOf, type DecodeAnswer, type DecodeAsk } from './parquet-protocol';
import { concatIpc } from './concat-ipc';
import { fetchVersioned } from './versioned-fetch';

let ready: Promise<unknown> | undefined;

function decode(bytes: Uint8Array, columns?: string[]): Uint8Array {
	const table = readParquet(bytes, columns ? { columns } : undefined);
	try {
		return table.intoIPCStream();
	} catch (e) {
		table.free();
		throw e;
	}
}

/**
 * Every partition file of every table in ONE queue, first asked first fetched: the tables arrive
 * one after another (the first is inserted while the next downloads), not all together at the end.
 * Far more in flight than a browser opens to one host (six over HTTP/1.1): its connections never
 * wait for this thread, busy decoding or merging an extract (0,3 s at 10M rows), to ask for more.
 */
const WIDTH = 96;
let active = 0;
const queued: (() => void)[] = [];

async function inTurn<R>(fn: () => Promise<R>): Promise<R> {
	if (active >= WIDTH) await new Promise<void>((r) => queued.push(r));
	active++;
	try {
		return await fn();
	} finally {
		active--;
		queued.shift()?.();
	}
}

/** One partition file, fetched here and decoded (a failed GET said as the page would say it). */
async function fetchDecode(url: string, columns?: string[]): Promise<Uint8Array> {
	const bytes = await inTurn(async () => {
		const res = await fetchVersioned(url);
		if (!res.ok) throw new Error(`${new URL(url).pathname}: HTTP ${res.status}`);
		return new Uint8Array(await res.arrayBuffer());
	});
	// Fetched before the decoder's wasm is up (it starts beside the first files).
	ready ??= initParquet({ module_or_path: parquetWasm });
	await ready;
	return decode(bytes, columns);
}

self.onmessage = async (e: MessageEvent<DecodeAsk>) => {
	const ask = e.data;
	const answer = (a: DecodeAnswer, transfer: Transferable[] = []) => self.postMessage(a, { transfer });
	try {
		if (ask.kind === 'partitions') {
			const parts = await Promise.all(ask.urls.map((u) => fetchDecode(u, ask.columns)));
			// Joined as bytes when the schemas agree (they do for one extract's partitions); Arrow itself
			// is loaded only for streams that cannot be.
			const one = parts.length > 1 ? concatIpc(parts) : null;
			const ipcs = one ? [one] : (await import('./merge-ipc')).mergeIpc(parts);
			return answer({ id: ask.id, ipcs }, buffersOf(ipcs));
		}
		ready ??= initParquet({ module_or_path: parquetWasm });
		await ready;
		if (ask.kind === 'memory') answer({ id: ask.id, memory: wasmMemory().buffer.byteLength });
		else {
			const ipc = decode(ask.bytes, ask.columns);
			answer({ id: ask.id, ipc }, [ipc.buffer]);
		}
	} catch (err) {
		answer({ id: ask.id, error: err instanceof Error ? err.message : String(err) });
	}
};
