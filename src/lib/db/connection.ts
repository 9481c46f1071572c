import type { Sql } from '$lib/queries/sql';
import type { SqlExec } from './protect';
import { engine, type Engine } from './engine';
import { resultRows, type QueryResult } from './query-result';

/**
 * The only door to the connection. Every job — a view's query, an upload's staging and insert, a
 * table load, Kolada's load, rebuilding the views — runs alone, in order: nothing can interleave
 * with another job's statements, so no query ever lands inside someone else's transaction.
 * Statements go through `prepare`, which accepts exactly one statement, with bound parameters.
 * A job must not call `exclusive` itself (it would wait for itself): pass the Session on.
 */
export class Session implements SqlExec {
	constructor(readonly engine: Engine) {}

	async table(q: Sql): Promise<QueryResult> {
		const stmt = await this.engine.conn.prepare(q.text);
		try {
			return await stmt.query(...q.params);
		} finally {
			await stmt.close();
		}
	}

	async all(q: Sql): Promise<Record<string, unknown>[]> {
		return resultRows(await this.table(q));
	}

	/** An Arrow IPC stream as a new table (or appended to it); schema and name are our constants (raw-tables.ts). */
	async insertIpc(ipc: Uint8Array, schema: string, name: string, create = true): Promise<void> {
		await this.engine.conn.insertArrowFromIPCStream(ipc, { schema, name, create });
	}
}

let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(job: (s: Session) => Promise<T>): Promise<T> {
	const run = tail.then(async () => job(new Session(await engine())));
	tail = run.catch(() => undefined);
	return run;
}
