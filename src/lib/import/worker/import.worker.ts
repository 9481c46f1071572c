/// <reference lib="webworker" />
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { readFile, type ReadDeps } from '../read/read-file';
import type { RawTable } from '../read/raw-table';
import { formatByKey } from '../registry';
import type { CheckedRows } from '../check-rows';
import { CHUNK_ROWS, toIpcChunks } from '../stage-ipc';
import { checkResult, mapRaw, validateInSlices, type MappedFile } from '../validate';
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

/** Accepted rows → Arrow IPC chunks, moved (not copied) to the page, which stages them in DuckDB. */
function postRows(t: CheckedRows): void {
	for (const [i, ipc] of toIpcChunks(t.table, t.rows).chunks.entries()) {
		const rows = Math.min(CHUNK_ROWS, t.rows.length - i * CHUNK_ROWS);
		post({ type: 'rows-chunk', table: t.table, rows, ipc }, [ipc.buffer]);
	}
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
			const { tables, ...checked } = checkResult(
				raw,
				lastMap,
				msg.result,
				fileName,
				format,
				msg.mapping,
				msg.catalogue
			);
			lastMap = undefined;
			for (const t of tables) postRows(t);
			post({
				type: 'validated',
				result: { ...checked, tables: tables.map((t) => ({ table: t.table, rows: t.rows.length })) }
			});
		} else if (msg.type === 'validate') {
			const format = formatByKey(msg.formatKey);
			if (!raw || !format) return post({ type: 'failed', reason: 'okänt format eller ingen fil' });
			post({
				type: 'validated',
				result: await validateInSlices(raw, fileName, format, msg.mapping, msg.catalogue, postRows)
			});
		}
	} catch (err) {
		post({ type: 'failed', reason: err instanceof Error ? err.message : String(err) });
	}
};
