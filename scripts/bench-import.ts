// npm run bench:import [rows …]: a synthetic HR extract through the Data page of the production build
// in headless Chromium; load time and peak memory per size (default 100 000 and 1 000 000 rows).
import { measureImportLoad } from './lib/bench/import-load';

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
for (const rows of sizes.length ? sizes : [100_000, 1_000_000])
	console.log(JSON.stringify(await measureImportLoad(rows)));
