/**
 * What DuckDB-WASM's page-side client gets for 'apache-arrow' (scripts/vite/duckdb-without-arrow.ts).
 * Its AsyncDuckDB class talks to the worker with plain messages; only its connection and statement
 * classes decode answers with Arrow, and we do not use them (engine.ts): DuckDB's worker sends our
 * answers decoded (duckdb-results.ts). So the page ships no Arrow; a call that would need it fails
 * loudly instead of decoding.
 */
export { Type } from 'apache-arrow/enum';

function absent(): never {
	throw new Error('Apache Arrow finns inte på sidan: DuckDB:s svar avkodas i dess worker (engine.ts)');
}
export const RecordBatchReader = { from: absent };
export const tableToIPC = absent;
export class Table {
	constructor() {
		absent();
	}
}
