// npm run bench:import [rows …]: a synthetic HR extract through the Data page of the production build
// in headless Chromium; load time and peak memory per size (default 100 000 and 1 000 000 rows).
// Writes bench-results/<BENCH_NAME or bench-import>.md (and prints each size as JSON).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { measureImportLoad, type ImportLoad } from './lib/bench/import-load';
import { importMarkdown } from './lib/bench/import-report';

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
const results: ImportLoad[] = [];
for (const rows of sizes.length ? sizes : [100_000, 1_000_000]) {
	const r = await measureImportLoad(rows);
	console.log(JSON.stringify(r));
	results.push(r);
}
const dir = join(import.meta.dirname, '..', 'bench-results');
mkdirSync(dir, { recursive: true });
const machine = `${process.platform} ${process.arch}, node ${process.version}, ${cpus().length} cores shared with other work (timings are noisy; load average at the end ${loadavg()[0]!.toFixed(1)})`;
writeFileSync(join(dir, `${process.env.BENCH_NAME ?? 'bench-import'}.md`), importMarkdown(results, machine));
