import type { Sql } from '$lib/queries/sql';
import type { SqlExec } from './protect';
import { engine, type Engine } from './engine';
import { resultRows, type QueryResult } from './query-result';
import { KeptStatements } from './kept-statements';

/** Each connection's kept statements (one engine per page; a new engine starts with none). */
const keptOf = new WeakMap<object, KeptStatements>();

/**
 * The only door to the connection. Every job — a view's query, an upload's staging and insert, a
 * table load, Kolada's load, rebuilding the views — runs alone, in order: nothing can interleave
 * with another job's statements, so no query ever lands inside someone else's transaction. Jobs
 * run in the order asked for within their lane (see Lane).
 * Statements go through `prepare`, which accepts exactly one statement, with bound parameters.
 * A job must not call `exclusive` itself (it would wait for itself): pass the Session on.
 */
export class Session implements SqlExec {
	constructor(readonly engine: Engine) {}

	async table(q: Sql): Promise<QueryResult> {
		return measured(q, async () => {
			const stmt = await this.engine.conn.prepare(q.text);
			try {
				return await stmt.query(...q.params);
			} finally {
				await stmt.close();
			}
		});
	}

	/** A question asked at every click (Query.keep): its statement is kept for the next time (kept-statements.ts). */
	async question(q: Sql): Promise<QueryResult> {
		const conn = this.engine.conn;
		let kept = keptOf.get(conn);
		if (!kept) keptOf.set(conn, (kept = new KeptStatements((text) => conn.prepare(text))));
		return measured(q, () => kept.table(q));
	}

	async all(q: Sql): Promise<Record<string, unknown>[]> {
		return resultRows(await this.table(q));
	}

	/** An Arrow IPC stream as a new table (or appended to it); schema and name are our constants (raw-tables.ts). */
	async insertIpc(ipc: Uint8Array, schema: string, name: string, create = true): Promise<void> {
		const [t0, bytes] = [performance.now(), ipc.byteLength];
		await this.engine.conn.insertArrowFromIPCStream(ipc, { schema, name, create });
		if (stmtTraced)
			performance.measure(`tertial:stmt:insert ${name} ${bytes} B`, { start: t0, end: performance.now() });
	}
}

/**
 * Who waits for a job: a view's question or a load it needs ('now'), or nobody in particular —
 * Kolada's background load ('later'), which runs only when no 'now' job is waiting, so a view's
 * questions never queue behind it. A job already running is never interrupted.
 */
export type Lane = 'now' | 'later';

const waiting: Record<Lane, (() => Promise<void>)[]> = { now: [], later: [] };
let busy = false;

/** Only with ?bench: each job's wait and run as a performance measure (scripts/dev/nav-trace.mts reads them). */
const traced = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');
/** Only with ?bench&stmts: each statement too (scripts/dev/scale-trace.mts, STMTS=1). */
const stmtTraced = traced && new URLSearchParams(location.search).has('stmts');

/** A statement's run, as a performance measure when traced (?bench&stmts). */
async function measured<T>(q: Sql, run: () => Promise<T>): Promise<T> {
	const t0 = performance.now();
	try {
		return await run();
	} finally {
		if (stmtTraced)
			performance.measure(`tertial:stmt:${q.text.replace(/\s+/g, ' ').slice(0, 90)}`, {
				start: t0,
				end: performance.now()
			});
	}
}

function next(): void {
	if (busy) return;
	const job = waiting.now.shift() ?? waiting.later.shift();
	if (!job) return;
	busy = true;
	void job().finally(() => {
		busy = false;
		next();
	});
}

type Job<T> = (s: Session) => Promise<T>;
/** A job's name in the ?bench trace, and its lane. */
export type JobOptions = { label?: string; lane?: Lane };

export function exclusive<T>(job: Job<T>): Promise<T>;
export function exclusive<T>(how: JobOptions, job: Job<T>): Promise<T>;
export function exclusive<T>(a: Job<T> | JobOptions, b?: Job<T>): Promise<T> {
	const [{ label = 'job', lane = 'now' }, job] = typeof a === 'function' ? [{}, a] : [a, b!];
	const queued = traced ? performance.now() : 0;
	return new Promise<T>((resolve, reject) => {
		waiting[lane].push(async () => {
			const start = performance.now();
			try {
				resolve(await job(new Session(await engine())));
			} catch (e) {
				reject(e);
			} finally {
				if (traced) performance.measure(`tertial:job:${label}`, { start, end: performance.now(), detail: { queued } });
			}
		});
		next();
	});
}
