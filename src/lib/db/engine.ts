import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { ENGINE_SETTINGS } from './engine-settings';

/** Bundles are served by the site itself (Vite ?url): no CDN, works on a closed municipal network. */
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: 'eh' }
};

/** The eh build's worker is ours (duckdb-eh.worker.ts: its compiled wasm can be cached); mvp's is DuckDB's. */
function startWorker(url: string): Worker {
	return url === 'eh'
		? new Worker(new URL('./duckdb-eh.worker.ts', import.meta.url), { type: 'module' })
		: new Worker(url);
}

export type Engine = { db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection };

let enginePromise: Promise<Engine> | undefined;

async function start(): Promise<Engine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = startWorker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true } });
	const conn = await db.connect();
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
