/// <reference lib="webworker" />
// DuckDB's own worker for browsers without wasm exceptions, its query answers decoded before they
// leave it (duckdb-results.ts), as the eh build's: the page loads no Arrow.
import '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js';
import { answerDecoded } from './duckdb-results';

answerDecoded();
