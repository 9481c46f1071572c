import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SHIM = fileURLToPath(new URL('../../src/lib/db/duckdb-arrow-shim.ts', import.meta.url));
const CLIENT = /[\\/]@duckdb[\\/]duckdb-wasm[\\/]dist[\\/]duckdb-browser\.mjs$/;

/**
 * DuckDB-WASM's page-side client imports all of Apache Arrow (~45 KB gzipped) for the classes that
 * decode answers on the page. We use only its AsyncDuckDB messages, answers decoded in the worker
 * (src/lib/db/duckdb-results.ts), so its 'apache-arrow' is a shim that fails loudly if ever used.
 * Only that one importer: Arrow stays itself everywhere else (workers, the Data page's upload).
 */
export function duckdbWithoutArrow(): Plugin {
	return {
		name: 'tertial:duckdb-without-arrow',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source === 'apache-arrow' && importer && CLIENT.test(importer.split('?')[0]!)) return SHIM;
			return null;
		}
	};
}
