import type { Plugin } from 'vite';

/**
 * DuckDB-WASM's package says it has no side effects, so importing its worker scripts for what they
 * do (src/lib/db/duckdb-{eh,mvp}.worker.ts) would bundle nothing. These modules are kept as they are.
 */
export function keepDuckdbWorker(): Plugin {
	return {
		name: 'tertial:keep-duckdb-worker',
		enforce: 'pre',
		transform(code, id) {
			if (!/duckdb-browser-(eh|mvp)\.worker\.js$/.test(id.split('?')[0]!)) return null;
			return { code, map: null, moduleSideEffects: true };
		}
	};
}
