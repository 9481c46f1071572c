/**
 * Arrow IPC streams of one schema joined as bytes: the first stream's schema message, then every
 * stream's record batches as they are, then one end-of-stream marker. The same rows in the same
 * order as decoding each stream and concatenating the tables (merge-ipc.ts), without decoding any:
 * at 1M rows per extract that decode and re-encode was 0,5 s of the decoder's thread, beside the
 * engine's compile on the same cores. Null when the streams cannot be joined this way (schemas
 * differ, dictionaries, anything unexpected): the caller merges them the slow way or not at all.
 * Format: https://arrow.apache.org/docs/format/Columnar.html#encapsulated-message-format
 */
export function concatIpc(streams: readonly Uint8Array[]): Uint8Array | null {
	let schema: Uint8Array | undefined;
	const batches: Uint8Array[] = [];
	for (const s of streams) {
		const messages = messagesOf(s);
		if (!messages || messages[0]?.type !== SCHEMA) return null;
		const own = messages[0].bytes;
		if (!schema) schema = own;
		else if (!sameBytes(schema, own)) return null;
		for (const m of messages.slice(1)) {
			if (m.type !== RECORD_BATCH) return null;
			batches.push(m.bytes);
		}
	}
	if (!schema) return null;
	const out = new Uint8Array(schema.length + batches.reduce((n, b) => n + b.length, 0) + EOS.length);
	out.set(schema, 0);
	let at = schema.length;
	for (const b of batches) {
		out.set(b, at);
		at += b.length;
	}
	out.set(EOS, at);
	return out;
}

const SCHEMA = 1;
const RECORD_BATCH = 3;
const CONTINUATION = 0xffffffff;
const EOS = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

type Message = { type: number; bytes: Uint8Array };

/** The stream's messages up to its end marker (each 8-byte aligned, as Arrow writes them), or null. */
function messagesOf(s: Uint8Array): Message[] | null {
	const view = new DataView(s.buffer, s.byteOffset, s.byteLength);
	const out: Message[] = [];
	let at = 0;
	while (at + 8 <= s.length) {
		if (view.getUint32(at, true) !== CONTINUATION) return null;
		const metaLength = view.getInt32(at + 4, true);
		if (metaLength === 0) return out;
		const meta = at + 8;
		if (metaLength < 0 || metaLength % 8 !== 0 || meta + metaLength > s.length) return null;
		const header = messageHeader(view, meta, metaLength);
		if (!header || header.bodyLength % 8 !== 0) return null;
		const end = meta + metaLength + header.bodyLength;
		if (end > s.length) return null;
		out.push({ type: header.type, bytes: s.subarray(at, end) });
		at = end;
	}
	// No end marker: a stream cut short is not joined.
	return null;
}

/**
 * The flatbuffer `Message` table's header type (field 1) and body length (field 3, int64), read
 * from its vtable; null when an offset points outside the metadata.
 */
function messageHeader(view: DataView, start: number, length: number): { type: number; bodyLength: number } | null {
	const end = start + length;
	const table = start + view.getUint32(start, true);
	if (table + 4 > end) return null;
	const vtable = table - view.getInt32(table, true);
	if (vtable < start || vtable + 4 > end) return null;
	const vtableSize = view.getUint16(vtable, true);
	if (vtable + vtableSize > end) return null;
	const field = (i: number) => (4 + 2 * i < vtableSize ? view.getUint16(vtable + 4 + 2 * i, true) : 0);
	const typeAt = field(1);
	const bodyAt = field(3);
	if ((typeAt && table + typeAt + 1 > end) || (bodyAt && table + bodyAt + 8 > end)) return null;
	const type = typeAt ? view.getUint8(table + typeAt) : 0;
	const body = bodyAt ? view.getBigInt64(table + bodyAt, true) : 0n;
	if (body < 0n || body > BigInt(Number.MAX_SAFE_INTEGER)) return null;
	return { type, bodyLength: Number(body) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
