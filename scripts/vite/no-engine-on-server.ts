import type { Plugin } from 'vite';

const STUB = '\0tertial:duckdb-on-server';

/**
 * Översikt is rendered at build time (src/routes/+page.server.ts), which imports the layout and
 * with it the engine module; DuckDB-WASM's own code cannot even be loaded outside a browser
 * (its node build wants a worker thread, its browser build `Worker`). The server gets a stand-in
 * that refuses to start: the engine only ever starts in the browser.
 */
export function noEngineOnServer(): Plugin {
	return {
		name: 'tertial:no-engine-on-server',
		enforce: 'pre',
		applyToEnvironment: (env) => env.name === 'ssr',
		resolveId: (id) => (id === '@duckdb/duckdb-wasm' ? STUB : null),
		load(id) {
			if (id !== STUB) return null;
			const refuse = `() => { throw new Error('DuckDB-WASM startar bara i webbläsaren'); }`;
			return `export const selectBundle = ${refuse};\nexport class AsyncDuckDB { constructor() { (${refuse})(); } }\nexport class VoidLogger {}\n`;
		}
	};
}
