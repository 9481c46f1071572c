import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

/** Bundles are served by the site itself (Vite ?url): no CDN, works on a closed municipal network. */
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export type Engine = { db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection };

let enginePromise: Promise<Engine> | undefined;

async function start(): Promise<Engine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true } });
	const conn = await db.connect();
	// Never fetch extensions at run time: that is a third-party request and fails offline.
	await conn.query(`SET autoinstall_known_extensions = false`);
	await conn.query(`SET autoload_known_extensions = false`);
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
