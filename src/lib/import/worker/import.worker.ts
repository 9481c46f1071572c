/// <reference lib="webworker" />
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { readFile, type ReadDeps } from '../read/read-file';
import type { RawTable } from '../read/raw-table';
import { formatByKey } from '../registry';
import { toIpcChunks } from '../stage-ipc';
import { checkResult, mapRaw, validate, type MappedFile, type Validated } from '../validate';
import type { FromWorker, ToWorker } from './protocol';

// One worker per file: reading and checking never block the page, and the raw cells stay here.
let raw: RawTable | undefined;
let fileName = '';
let lastMap: MappedFile | undefined;
let parquetReady: Promise<unknown> | undefined;

const deps: ReadDeps = {
	async parquetToIpc(bytes) {
		parquetReady ??= initParquet({ module_or_path: parquetWasm });
		await parquetReady;
		return readParquet(bytes).intoIPCStream();
	},
	sheetjs: () => import('@e965/xlsx')
};

const post = (m: FromWorker, transfer: Transferable[] = []) => postMessage(m, transfer);
/** Mapped rows per message to the page. */
const MAP_SLICE = 20_000;

/** The rows stay here; the page gets their count and Arrow chunks, moved (not copied) to it. */
function postChecked(v: Validated): void {
	const tables = v.tables.map((t) => toIpcChunks(t.table, t.rows));
	post(
		{ type: 'validated', result: { ...v, tables } },
		tables.flatMap((t) => t.chunks.map((c) => c.buffer))
	);
}

onmessage = async (e: MessageEvent<ToWorker>) => {
	const msg = e.data;
	try {
		if (msg.type === 'read') {
			fileName = msg.name;
			const bytes = new Uint8Array(await msg.file.arrayBuffer());
			const out = await readFile(bytes, msg.name, deps, (fraction) => post({ type: 'progress', fraction }));
			if (!out.ok) return post({ type: 'read', ok: false, row: out.row, reason: out.reason });
			raw = out.table;
			post({
				type: 'read',
				ok: true,
				summary: {
					kind: out.kind,
					header: raw.header,
					preview: raw.rows.slice(0, 6).map((r) => r.cells),
					rows: raw.rows.length,
					details: raw.details
				}
			});
		} else if (msg.type === 'map') {
			const format = formatByKey(msg.formatKey);
			if (!raw || !format) return post({ type: 'failed', reason: 'okänt format eller ingen fil' });
			lastMap = mapRaw(raw, format, msg.mapping);
			for (let i = 0; i < lastMap.mapped.length; i += MAP_SLICE)
				post({ type: 'mapped-chunk', rows: lastMap.mapped.slice(i, i + MAP_SLICE) });
			post({ type: 'mapped', problems: lastMap.problems, stop: lastMap.stop });
		} else if (msg.type === 'check') {
			const format = formatByKey(msg.formatKey);
			if (!raw || !format || !lastMap) return post({ type: 'failed', reason: 'okänt format eller ingen fil' });
			postChecked(checkResult(raw, lastMap, msg.result, fileName, format, msg.mapping, msg.catalogue));
		} else if (msg.type === 'validate') {
			const format = formatByKey(msg.formatKey);
			if (!raw || !format) return post({ type: 'failed', reason: 'okänt format eller ingen fil' });
			postChecked(await validate(raw, fileName, format, msg.mapping, msg.catalogue));
		}
	} catch (err) {
		post({ type: 'failed', reason: err instanceof Error ? err.message : String(err) });
	}
};
