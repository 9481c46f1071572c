/// <reference lib="webworker" />

/**
 * In DuckDB's worker: every query answer (QUERY_RESULT, Arrow IPC bytes) leaves the worker as
 * plain columns (query-result.ts) instead, so the page itself never loads Apache Arrow (~45 KB
 * gzipped off every view's main-thread JavaScript) and never spends its thread decoding.
 * DuckDB's worker posts through globalThis.postMessage, looked up at each call. The decoder (with
 * Arrow) loads with the first answer, not before the engine starts; messages keep their order.
 */
export function answerDecoded(): void {
	const post = self.postMessage.bind(self) as (message: unknown, transfer?: Transferable[]) => void;
	let decoder: Promise<typeof import('./decode-result')> | undefined;
	let order: Promise<unknown> = Promise.resolve();
	const send = (m: { type?: unknown; data?: unknown }) =>
		(decoder ??= import('./decode-result'))
			.then(({ decodeResult }) => decodeResult(m.data as Uint8Array))
			.then(
				// The text columns' codes are moved, not copied.
				(data) =>
					post(
						{ ...m, data },
						data.columns.flatMap((c) => ('codes' in c ? [c.codes.buffer] : []))
					),
				// The page waits for this answer: it gets the failure, not silence.
				(e: unknown) => post({ ...m, type: 'ERROR', data: { name: 'Error', message: String(e) } })
			);
	const decoding = (message: unknown, transfer?: Transferable[]) => {
		const m = message as { type?: unknown; data?: unknown } | null;
		if (m?.type === 'QUERY_RESULT' && m.data instanceof Uint8Array) order = order.then(() => send(m));
		else if (decoder) order = order.then(() => post(message, transfer));
		else post(message, transfer);
	};
	self.postMessage = decoding as typeof self.postMessage;
}
