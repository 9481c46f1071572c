/// <reference lib="webworker" />
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { readFile, type ReadDeps } from '../read/read-file';
import type { RawTable } from '../read/raw-table';
import { formatByKey } from '../registry';
import type { CheckedRows } from '../check-rows';
import { plain } from '$lib/queries/plain';
import { resultRows, type QueryResult } from '$lib/db/query-result';
import type { Catalogue } from '../catalogue';
import type { ImportFormat, ImportResult, RowProblem } from '../format';
import { CHUNK_ROWS, columnsToIpc, toIpcChunks } from '../stage-ipc';
import { checkResult, mapRaw, validateInSlices, type MappedFile, type Mapping } from '../validate';
import type { FromWorker, ToWorker } from './protocol';

// One worker per file: reading and checking never block the page, and the raw cells stay here.
let raw: RawTable | undefined;
let fileName = '';
let lastMap: MappedFile | undefined;
/** A pivot format's input problems, kept for its finish. */
let pivotProblems: RowProblem[] = [];
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

/** A format's output for the whole file, checked here: rows to the page as Arrow, then the counts. */
function postCheck(
	file: RawTable,
	m: MappedFile,
	result: ImportResult,
	format: ImportFormat,
	mapping: Mapping,
	catalogue: Catalogue
): void {
	const { tables, ...checked } = checkResult(file, m, result, fileName, format, mapping, catalogue);
	lastMap = undefined;
	for (const t of tables) postRows(t);
	post({
		type: 'validated',
		result: { ...checked, tables: tables.map((t) => ({ table: t.table, rows: t.rows.length })) }
	});
}

/** The sums as the runner would hand them (run.ts): one plain object per row. */
function sumRows(sums: QueryResult): Record<string, unknown>[] {
	return resultRows({ ...sums, columns: sums.columns.map((c) => ({ ...c, values: c.values.map(plain) })) });
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
			postCheck(raw, lastMap, msg.result, format, msg.mapping, msg.catalogue);
		} else if (msg.type === 'pivot-input') {
			const format = formatByKey(msg.formatKey);
			if (!raw || !format?.pivot) return post({ type: 'failed', reason: 'okänt format eller ingen fil' });
			lastMap = mapRaw(raw, format, msg.mapping);
			const input = lastMap.stop
				? { columns: {}, rows: 0, problems: [] }
				: format.pivot.input(lastMap.mapped, { file: fileName, kommun: msg.kommun });
			// The mapped rows are done with: only the raw cells (for quotes) stay.
			lastMap.mapped = [];
			pivotProblems = input.problems;
			const values = Object.fromEntries(Object.entries(input.columns).map(([k, c]) => [k, c.values]));
			const chunks = input.rows ? columnsToIpc(values, input.rows) : [];
			const types = Object.fromEntries(Object.entries(input.columns).map(([k, c]) => [k, c.type]));
			post(
				{ type: 'pivot-input', rows: input.rows, stop: lastMap.stop, types, chunks },
				chunks.map((c) => c.buffer)
			);
		} else if (msg.type === 'pivot-finish') {
			const format = formatByKey(msg.formatKey);
			if (!raw || !format?.pivot || !lastMap) return post({ type: 'failed', reason: 'okänt format eller ingen fil' });
			const ctx = { file: fileName, kommun: msg.kommun };
			const result: ImportResult = lastMap.stop
				? { tables: [], problems: [], summary: [] }
				: msg.sums
					? format.pivot.finish(sumRows(msg.sums), ctx, pivotProblems)
					: { tables: [], problems: pivotProblems, summary: ['Inga rader att läsa in.'] };
			postCheck(raw, lastMap, result, format, msg.mapping, msg.catalogue);
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
