import type { Plugin } from 'vite';

/**
 * DuckDB-WASM's package says it has no side effects, so importing its worker script for what it
 * does (src/lib/db/duckdb-eh.worker.ts) would bundle nothing. This module is kept as it is.
 */
export function keepDuckdbWorker(): Plugin {
	return {
		name: 'tertial:keep-duckdb-worker',
		enforce: 'pre',
		transform(code, id) {
			if (!/duckdb-browser-eh\.worker\.js$/.test(id.split('?')[0]!)) return null;
			return { code, map: null, moduleSideEffects: true };
		}
	};
}
