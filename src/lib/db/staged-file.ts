import type { TableName } from '$lib/schema/table-names';
import { dropStages, inWords, type StagedTable } from './append';
import { newStage } from './append-sql';
import { exclusive } from './connection';

/**
 * A checked file's rows, staged in DuckDB chunk by chunk as the worker sends them (each insert
 * its own job on the connection, into a table of ours in the restricted schema that no view
 * reads), so neither the worker nor the page ever holds the whole file as Arrow. The stages are
 * appended on confirm (append.ts drops them) or dropped when the file is given up.
 */
export class StagedFile {
	#tables = new Map<TableName, StagedTable>();
	#queue: Promise<void> = Promise.resolve();
	#failure: unknown;

	/** One Arrow IPC chunk of `rows` rows; the buffer is handed on to DuckDB (not copied). */
	add(table: TableName, ipc: Uint8Array, rows: number): void {
		let t = this.#tables.get(table);
		const first = !t;
		if (!t) this.#tables.set(table, (t = { table, rows: 0, stage: newStage() }));
		t.rows += rows;
		const { schema, name } = t.stage;
		this.#queue = this.#queue
			.then(() => (this.#failure ? undefined : exclusive((s) => s.insertIpc(ipc, schema, name, first))))
			.catch((e: unknown) => {
				this.#failure ??= e;
			});
	}

	/** Every chunk in; the staged tables, or the first failure (e.g. DuckDB out of memory). */
	async tables(): Promise<StagedTable[]> {
		await this.#queue;
		if (this.#failure) throw inWords(this.#failure);
		return [...this.#tables.values()];
	}

	/** The stages handed to an append, which drops them whatever happens. */
	take(): StagedTable[] {
		const out = [...this.#tables.values()];
		this.#tables.clear();
		return out;
	}

	/** Given up (rejected, cancelled, mapped anew): the staged rows are dropped. */
	async drop(): Promise<void> {
		await this.#queue;
		const tables = this.take();
		if (tables.length) await exclusive((s) => dropStages(s, tables));
	}
}
