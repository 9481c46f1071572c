// npm run bench: the production build in headless Chromium vs native DuckDB on the same Parquet.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { NodeRunner } from './lib/node-runner';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/helpers/site';
import { startStaticServer } from './lib/static-server';
import { writeSyntheticSickLeave } from './lib/synthetic';

const root = join(import.meta.dirname, '..');
const build = join(root, 'build');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 30);
const SYNTHETIC_ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

const QUERY = `SELECT kommun, year(period_start) AS year, sex, avg(value) AS mean, count(*) AS n FROM bench_sick_leave GROUP BY ALL ORDER BY ALL`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const r1 = (x: number) => Math.round(x * 10) / 10;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

if (!existsSync(join(build, 'index.html')) || process.env.BENCH_REBUILD) {
	execFileSync('npx', ['tsx', 'scripts/build-data.ts'], { cwd: root, stdio: 'inherit' });
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
const jsFiles = walk(join(build, '_app')).filter((f) => f.endsWith('.js') && !f.includes('duckdb-browser'));
const jsGzipKb = jsFiles.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0) / 1024;

const synthDir = join(build, 'bench-synthetic');
mkdirSync(synthDir, { recursive: true });
const synthFile = join(synthDir, 'bench_sick_leave.parquet');
await writeSyntheticSickLeave(synthFile, SYNTHETIC_ROWS);

const { server, url } = await startStaticServer(build);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const loads: { fcp: number; content: number; ready: number }[] = [];
let wasm = { times: [] as number[], fetchMs: 0, loadMs: 0, rows: 0 };
try {
	for (let i = 0; i < RUNS; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${url}/?bench`);
		await page.waitForSelector('h1');
		const content = await page.evaluate(() => performance.now());
		await page.waitForSelector('[data-phase="ready"]', { timeout: 60_000 });
		await page.waitForSelector('[data-testid="headline-cards"], #coverage');
		const marks = await page.evaluate(() => ({
			ready: performance.getEntriesByName('tertial:data-ready')[0]?.startTime ?? NaN,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
		}));
		loads.push({ fcp: marks.fcp, content, ready: marks.ready });
		if (i === RUNS - 1) {
			const loaded = await page.evaluate(async () => (window as unknown as { __tertialBench: { load(u: string, n: string): Promise<{ fetchMs: number; loadMs: number; rows: number }> } }).__tertialBench.load('./bench-synthetic/bench_sick_leave.parquet', 'bench_sick_leave'));
			const times = await page.evaluate(async ([q, n]) => (window as unknown as { __tertialBench: { time(s: string, r: number): Promise<number[]> } }).__tertialBench.time(q as string, n as number), [QUERY, QUERY_RUNS] as const);
			wasm = { times, ...loaded };
		}
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}

const runner = await NodeRunner.open(synthDir);
const native: number[] = [];
for (let i = 0; i < QUERY_RUNS; i++) {
	const t0 = performance.now();
	await runner.run({ purpose: 'bench', sql: { text: QUERY, params: [] }, columns: [] });
	native.push(performance.now() - t0);
}
runner.close();
rmSync(synthDir, { recursive: true, force: true });

const result = {
	machine: `${process.platform} ${process.arch}, node ${process.version}`,
	runs: RUNS,
	first_contentful_paint_ms: r1(median(loads.map((l) => l.fcp))),
	first_meaningful_content_ms: r1(median(loads.map((l) => l.content))),
	duckdb_ready_and_extracts_loaded_ms: r1(median(loads.map((l) => l.ready))),
	synthetic_rows: wasm.rows,
	synthetic_parquet_fetch_ms: r1(wasm.fetchMs),
	synthetic_decode_and_insert_ms: r1(wasm.loadMs),
	query: QUERY,
	wasm_query_median_ms: r1(median(wasm.times)),
	wasm_query_p95_ms: r1(p95(wasm.times)),
	native_query_median_ms: r1(median(native)),
	native_query_p95_ms: r1(p95(native)),
	wasm_to_native_ratio: r1(median(wasm.times) / median(native)),
	production_js_gzip_kb: r1(jsGzipKb)
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
console.table(Object.fromEntries(Object.entries(result).filter(([, v]) => typeof v === 'number')));
