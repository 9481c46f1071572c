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
import { comparison } from '../src/lib/queries/compare';
import { koladaBenchmark } from '../src/lib/queries/kolada-benchmark';
import type { Query } from '../src/lib/queries/sql';

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

// Kolada's whole dump (when it is beside the project) so its import and queries are measured too.
const dump = join(root, '..', 'shared', 'opendata');
const koladaDir = join(root, 'static', 'data', 'kolada');
if (!existsSync(join(koladaDir, 'manifest.json')) && existsSync(join(dump, 'kolada_values_long.csv'))) {
	execFileSync('npx', ['tsx', 'scripts/kolada/import.ts', dump, '--fetched', '2024-08'], {
		cwd: root,
		stdio: 'inherit'
	});
	process.env.BENCH_REBUILD = '1';
}
const hasKolada = existsSync(join(koladaDir, 'manifest.json'));

/** Shipped queries timed in the page and natively: same SQL text, same bound parameters. */
const APP_QUERIES: Record<string, Query<unknown>> = {
	kolada_benchmark_N00090_timra: koladaBenchmark({
		kpi: 'N00090',
		kommun: '2262',
		sex: 'T',
		area: 'övergripande'
	}) as Query<unknown>,
	jamfor_kolada_N00090_all_kommuner_all_years: comparison({
		measure: 'kolada:N00090',
		kommuner: [],
		fromYear: null,
		toYear: null,
		sex: 'T',
		ageBand: null,
		unitArea: null,
		norm: 'none',
		baseYear: null
	}) as Query<unknown>,
	jamfor_income_support_per_1000_inv: comparison({
		measure: 'income_support_recipients_count',
		kommuner: [],
		fromYear: null,
		toYear: null,
		sex: 'T',
		ageBand: null,
		unitArea: null,
		norm: 'per_1000_inv',
		baseYear: null
	}) as Query<unknown>,
	jamfor_budget_deviation_pct_of_budget: comparison({
		measure: 'budget_net_deviation_year',
		kommuner: [],
		fromYear: null,
		toYear: null,
		sex: 'T',
		ageBand: null,
		unitArea: null,
		norm: 'pct_budget',
		baseYear: null
	}) as Query<unknown>
};

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
const koladaLoads: number[] = [];
const appWasm: Record<string, number[]> = {};
const interactions: Record<string, number[]> = { measure: [], municipality: [], normalisation: [] };
type Hook = {
	timeQuery(s: string, p: unknown[], r: number): Promise<number[]>;
	interact(sel: string, v: string | null): Promise<number>;
};
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
		if (hasKolada) {
			await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 60_000 });
			koladaLoads.push(
				await page.evaluate(
					() =>
						performance.getEntriesByName('tertial:kolada-ready')[0]!.startTime -
						performance.getEntriesByName('tertial:data-ready')[0]!.startTime
				)
			);
		}
		if (i === RUNS - 1) {
			const loaded = await page.evaluate(async () =>
				(
					window as unknown as {
						__tertialBench: { load(u: string, n: string): Promise<{ fetchMs: number; loadMs: number; rows: number }> };
					}
				).__tertialBench.load('./bench-synthetic/bench_sick_leave.parquet', 'bench_sick_leave')
			);
			const times = await page.evaluate(
				async ([q, n]) =>
					(
						window as unknown as { __tertialBench: { time(s: string, r: number): Promise<number[]> } }
					).__tertialBench.time(q as string, n as number),
				[QUERY, QUERY_RUNS] as const
			);
			wasm = { times, ...loaded };
			for (const [name, q] of Object.entries(APP_QUERIES))
				appWasm[name] = await page.evaluate(
					([t, p, n]) =>
						(window as unknown as { __tertialBench: Hook }).__tertialBench.timeQuery(
							t as string,
							p as unknown[],
							n as number
						),
					[q.sql.text, q.sql.params, QUERY_RUNS] as const
				);
			await page.goto(`${url}/jamfor/?bench`);
			await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 60_000 });
			if (hasKolada) await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 60_000 });
			await page.waitForTimeout(500);
			await measureInteractions(page);
		}
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}

/**
 * Jämför as a user drives it: for several measures in turn, change the measure, untick a
 * municipality, switch to index. Every state is new (nothing answered from the query cache).
 */
async function measureInteractions(page: import('playwright-core').Page): Promise<void> {
	const measures = await page.$$eval('#measure-select option', (os) => os.map((o) => (o as HTMLOptionElement).value));
	const picks = [
		...measures.filter((m) => !m.startsWith('kolada:')).slice(0, 4),
		...measures.filter((m) => m.startsWith('kolada:')).slice(0, 2)
	];
	const hook = (sel: string, v: string | null) =>
		page.evaluate(
			([s2, v2]) => (window as unknown as { __tertialBench: Hook }).__tertialBench.interact(s2 as string, v2),
			[sel, v] as const
		);
	for (const m of picks) {
		if (m === (await page.$eval('#measure-select', (e) => (e as HTMLSelectElement).value))) continue;
		interactions.measure!.push(await hook('#measure-select', m));
		await page.waitForTimeout(300);
		if (await page.$('fieldset input[type=checkbox]:checked')) {
			interactions.municipality!.push(await hook('fieldset input[type=checkbox]:checked', null));
			await page.waitForTimeout(300);
		}
		if (await page.$('input[type=radio][value="index"]')) {
			interactions.normalisation!.push(await hook('input[type=radio][value="index"]', null));
			await page.waitForTimeout(300);
		}
	}
}

const runner = await NodeRunner.open(synthDir);
const native: number[] = [];
for (let i = 0; i < QUERY_RUNS; i++) {
	const t0 = performance.now();
	await runner.run({ purpose: 'bench', sql: { text: QUERY, params: [] }, columns: [] });
	native.push(performance.now() - t0);
}
runner.close();
const appNative: Record<string, number[]> = {};
const appRunner = await NodeRunner.open(join(root, 'static', 'data'), hasKolada ? [koladaDir] : []);
for (const [name, q] of Object.entries(APP_QUERIES)) {
	appNative[name] = [];
	for (let i = 0; i < QUERY_RUNS; i++) {
		const t0 = performance.now();
		await appRunner.run(q);
		appNative[name]!.push(performance.now() - t0);
	}
}
appRunner.close();
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
	production_js_gzip_kb: r1(jsGzipKb),
	kolada_loaded: hasKolada,
	kolada_values: hasKolada
		? JSON.parse(readFileSync(join(koladaDir, 'manifest.json'), 'utf8')).tables.kolada_values.rows
		: 0,
	kolada_fetch_decode_insert_ms: koladaLoads.length ? r1(median(koladaLoads)) : null,
	app_queries: Object.fromEntries(
		Object.keys(APP_QUERIES).map((k) => [
			k,
			{
				wasm_median_ms: r1(median(appWasm[k] ?? [NaN])),
				wasm_p95_ms: r1(p95(appWasm[k] ?? [NaN])),
				native_median_ms: r1(median(appNative[k]!))
			}
		])
	),
	jamfor_interaction_to_chart_ms: Object.fromEntries(
		Object.entries(interactions).map(([k, xs]) => [
			k,
			xs.length ? { n: xs.length, median: r1(median(xs)), p95: r1(p95(xs)), max: r1(Math.max(...xs)) } : null
		])
	)
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
console.table(Object.fromEntries(Object.entries(result).filter(([, v]) => typeof v === 'number')));
