/// <reference lib="webworker" />
// DuckDB's own worker, unchanged but for two things. With TransformStream present it compiles its
// wasm from a Response it builds itself (to report download progress), which has no URL, so
// Chromium never caches the compiled code and every visit compiles 34 MB again. Without it, the
// worker compiles straight from fetch() (WebAssembly.instantiateStreaming), which the browser
// caches beside the file: a repeat visit skips the compile. Nothing else in the worker uses it.
// And its query answers leave it decoded (duckdb-results.ts): the page loads no Arrow.
import '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';
import { answerDecoded } from './duckdb-results';

Reflect.deleteProperty(self, 'TransformStream');
answerDecoded();
