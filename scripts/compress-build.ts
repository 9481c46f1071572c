// After `vite build`: brotli + gzip copies beside every wasm/js/css/json/parquet/html file in
// build/ (build/data included), so the server sends ~6 MB of DuckDB instead of 34 MB.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { precompress } from './lib/precompress';

const root = join(import.meta.dirname, '..');
const build = join(root, 'build');
if (!existsSync(join(build, 'index.html'))) {
	console.error('build/ saknas — kör vite build först.');
	process.exit(1);
}
const started = Date.now();
const results = await precompress(build, { cacheDir: join(root, 'node_modules', '.cache', 'tertial-precompress') });
const raw = results.reduce((s, r) => s + r.raw, 0);
const br = results.reduce((s, r) => s + (r.br ?? r.raw), 0);
const mb = (n: number) => (n / 1e6).toFixed(1);
console.log(
	`Förkomprimerat ${results.length} filer i ${relative(root, build)}/: ${mb(raw)} MB → ${mb(br)} MB brotli (${((Date.now() - started) / 1000).toFixed(1)} s)`
);
