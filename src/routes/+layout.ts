// DuckDB-WASM only runs in the browser: every route is a prerendered shell rendered on the client.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
