import type { QueryResult } from '$lib/db/query-result';
import type { TableName } from '$lib/schema/extracts';
import type { Catalogue } from '../catalogue';
import type { ImportResult, InputType, MappedRow, RowProblem } from '../format';
import type { Mapping } from '../validate';
import type { Checked, FromWorker, ReadSummary, ToWorker } from './protocol';

/** Accepted rows of one extract as an Arrow IPC chunk (moved from the worker). */
export type OnRows = (table: TableName, ipc: Uint8Array, rows: number) => void;

export type ReadAnswer = { ok: true; summary: ReadSummary } | { ok: false; row: number; reason: string };

/** The page's handle on one file's worker. Requests run one at a time; terminate when done. */
export class FileWorker {
	#worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

	read(file: Blob, name: string, onProgress: (fraction: number) => void): Promise<ReadAnswer> {
		return this.#ask({ type: 'read', file, name }, [], onProgress).then((m) =>
			m.type === 'read'
				? m.ok
					? { ok: true, summary: m.summary }
					: { ok: false, row: m.row, reason: m.reason }
				: fail(m)
		);
	}

	/** Check the file in the worker; accepted rows arrive as Arrow chunks on `onRows` before the answer. */
	validate(formatKey: string, mapping: Mapping, catalogue: Catalogue, onRows: OnRows): Promise<Checked> {
		return this.#ask({ type: 'validate', formatKey, mapping, catalogue }, [], undefined, undefined, onRows).then((m) =>
			m.type === 'validated' ? m.result : fail(m)
		);
	}

	/** Map only: for formats whose transform needs the database, which lives beside the page. */
	async map(
		formatKey: string,
		mapping: Mapping
	): Promise<{ mapped: MappedRow[]; problems: RowProblem[]; stop: boolean }> {
		const mapped: MappedRow[] = [];
		const m = await this.#ask({ type: 'map', formatKey, mapping }, [], undefined, (rows) => {
			for (const r of rows) mapped.push(r);
		});
		return m.type === 'mapped' ? { mapped, problems: m.problems, stop: m.stop } : fail(m);
	}

	/** Check a format's output (zod, catalogue, duplicates) in the worker, provenance set there. */
	check(
		formatKey: string,
		mapping: Mapping,
		catalogue: Catalogue,
		result: ImportResult,
		onRows: OnRows
	): Promise<Checked> {
		return this.#ask({ type: 'check', formatKey, mapping, catalogue, result }, [], undefined, undefined, onRows).then(
			(m) => (m.type === 'validated' ? m.result : fail(m))
		);
	}

	/** A pivot format's input, made in the worker from every row: column types and Arrow chunks. */
	async pivotInput(
		formatKey: string,
		mapping: Mapping,
		kommun: string | undefined
	): Promise<{ rows: number; stop: boolean; types: Record<string, InputType>; chunks: Uint8Array[] }> {
		const m = await this.#ask({ type: 'pivot-input', formatKey, mapping, kommun });
		return m.type === 'pivot-input' ? m : fail(m);
	}

	/** The sums (copied to the worker) → rows, checked there; accepted rows arrive on `onRows`. */
	pivotFinish(
		formatKey: string,
		mapping: Mapping,
		catalogue: Catalogue,
		kommun: string | undefined,
		sums: QueryResult | null,
		onRows: OnRows
	): Promise<Checked> {
		return this.#ask(
			{ type: 'pivot-finish', formatKey, mapping, catalogue, kommun, sums },
			[],
			undefined,
			undefined,
			onRows
		).then((m) => (m.type === 'validated' ? m.result : fail(m)));
	}

	terminate(): void {
		this.#worker.terminate();
	}

	#ask(
		msg: ToWorker,
		transfer: Transferable[] = [],
		onProgress?: (f: number) => void,
		onRows?: (rows: MappedRow[]) => void,
		onChecked?: OnRows
	): Promise<FromWorker> {
		return new Promise((resolve, reject) => {
			this.#worker.onmessage = (e: MessageEvent<FromWorker>) => {
				if (e.data.type === 'progress') onProgress?.(e.data.fraction);
				else if (e.data.type === 'mapped-chunk') onRows?.(e.data.rows);
				else if (e.data.type === 'rows-chunk') onChecked?.(e.data.table, e.data.ipc, e.data.rows);
				else resolve(e.data);
			};
			this.#worker.onerror = (e) => reject(new Error(e.message || 'arbetstråden för filen stannade'));
			this.#worker.postMessage(msg, transfer);
		});
	}
}

function fail(m: FromWorker): never {
	throw new Error(m.type === 'failed' ? m.reason : 'oväntat svar från arbetstråden');
}
