import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { ENGINE_SETTINGS } from './engine-settings';
import { fromWire, type QueryResult, type WireResult } from './query-result';

/** Bundles are served by the site itself (Vite ?url): no CDN, works on a closed municipal network. */
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: 'mvp' },
	eh: { mainModule: ehWasm, mainWorker: 'eh' }
};

/**
 * Both workers are DuckDB's own, wrapped (duckdb-{eh,mvp}.worker.ts): answers leave them decoded
 * (duckdb-results.ts), and the eh build's compiled wasm can be cached.
 */
function startWorker(name: string): Worker {
	return name === 'eh'
		? new Worker(new URL('./duckdb-eh.worker.ts', import.meta.url), { type: 'module' })
		: new Worker(new URL('./duckdb-mvp.worker.ts', import.meta.url), { type: 'module' });
}

export type Statement = { query(...params: unknown[]): Promise<QueryResult>; close(): Promise<void> };
export type Connection = {
	prepare(text: string): Promise<Statement>;
	insertArrowFromIPCStream(ipc: Uint8Array, options: { schema: string; name: string; create: boolean }): Promise<void>;
};
export type Engine = { db: duckdb.AsyncDuckDB; conn: Connection };

/**
 * One connection through AsyncDuckDB's own calls (not its connection class, which decodes with
 * Arrow on the page): a statement's answer arrives already decoded by the worker.
 */
function connection(db: duckdb.AsyncDuckDB, id: number): Connection {
	return {
		async prepare(text) {
			const stmt = await db.createPrepared(id, text);
			return {
				query: async (...params) => fromWire((await db.runPrepared(id, stmt, params)) as unknown as WireResult),
				close: () => db.closePrepared(id, stmt)
			};
		},
		insertArrowFromIPCStream: (ipc, options) => db.insertArrowFromIPCStream(id, ipc, options)
	};
}

let enginePromise: Promise<Engine> | undefined;

async function start(): Promise<Engine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = startWorker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true } });
	const conn = connection(db, await db.connectInternal());
	// Never fetch extensions at run time (a third-party request, fails offline), and never reach a
	// file or URL from SQL at all: the site's data arrive as Arrow from our own fetches, so the
	// engine needs no external access. Then the configuration is locked: no statement can undo it.
	for (const setting of ENGINE_SETTINGS) {
		const stmt = await conn.prepare(setting.text);
		try {
			await stmt.query();
		} finally {
			await stmt.close();
		}
	}
	return { db, conn };
}

/** One engine per page, started on first use; concurrent callers share the same promise. */
export function engine(): Promise<Engine> {
	enginePromise ??= start().catch((e: unknown) => {
		enginePromise = undefined;
		throw e;
	});
	return enginePromise;
}
