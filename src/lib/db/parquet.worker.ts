/// <reference lib="webworker" />
// Parquet → Arrow IPC off the page's main thread: the decoder (its JS and 5 MB of wasm) never
// competes with the page for its thread, and files decode while the page renders. Partitions are
// merged here too (merge-ipc.ts, with Apache Arrow): the page itself loads no Arrow.
import initParquet, { readParquet, wasmMemory } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { buffersOf, type DecodeAnswer, type DecodeAsk } from './parquet-protocol';

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

self.onmessage = async (e: MessageEvent<DecodeAsk>) => {
	const ask = e.data;
	const answer = (a: DecodeAnswer, transfer: Transferable[] = []) => self.postMessage(a, { transfer });
	try {
		if (ask.kind === 'merge') {
			// Arrow is wanted only by partitioned data (national scale): loaded when first asked.
			const { mergeIpc } = await import('./merge-ipc');
			const ipcs = mergeIpc(ask.ipcs);
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
