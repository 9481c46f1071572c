/** Messages between the page and the Parquet decoder's worker (parquet.worker.ts). */
export type DecodeRequest =
	| { kind: 'decode'; bytes: Uint8Array; columns?: string[] }
	| { kind: 'partitions'; urls: string[]; columns?: string[] }
	| { kind: 'memory' };

export type DecodeAsk = DecodeRequest & { id: number };

export type DecodeAnswer =
	| { id: number; ipc: Uint8Array }
	| { id: number; ipcs: Uint8Array[] }
	| { id: number; memory: number }
	| { id: number; error: string };

/** Each distinct buffer once (a transfer list may not name one twice). */
export const buffersOf = (parts: readonly Uint8Array[]): ArrayBuffer[] => [
	...new Set(parts.map((p) => p.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))
];
