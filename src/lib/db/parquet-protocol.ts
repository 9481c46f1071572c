/** Messages between the page and the Parquet decoder's worker (parquet.worker.ts). */
export type DecodeRequest = { kind: 'decode'; bytes: Uint8Array; columns?: string[] } | { kind: 'memory' };

export type DecodeAsk = DecodeRequest & { id: number };

export type DecodeAnswer =
	{ id: number; ipc: Uint8Array } | { id: number; memory: number } | { id: number; error: string };
