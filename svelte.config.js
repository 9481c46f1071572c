import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is a client-rendered shell (DuckDB-WASM only runs in the browser);
		// fallback lets any deep link with a query string open on a plain static server.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		paths: { relative: true },
		// Kit hashes its own inline bootstrap script into a <meta> policy on every page. Nothing
		// may load from another origin; wasm compilation is allowed (parquet-wasm compiles on the
		// page, DuckDB in its same-origin worker); styles stay inline-capable because Svelte
		// transitions and ECharts set inline styles. frame-ancestors only works as a header (README).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
