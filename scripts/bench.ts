// npm run bench: the performance record. The production build in headless Chromium (bytes, first
// content, each view's first chart, memory, interactions) at the bundled data and at synthetic
// national scales, and the same SQL on native DuckDB (same version) over the same Parquet.
// BENCH_RUNS (2), BENCH_QUERY_RUNS (15), BENCH_SCALES (1000000; 10000000 for the 10M run),
// BENCH_KOMMUNER (selection size per scale, or all), BENCH_PAGES=0 skips the bundled pages,
// BENCH_BUILD (another build, e.g. main's, for its page figures only), BENCH_LIMIT=0 skips the limit
// probe (BENCH_LIMIT=only runs just it; =beyond only the refusal of the largest scale with every
// kommun), BENCH_NAME names the output (bench-results/<name>.json|md).
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/helpers/site';
import { startStaticServer } from './lib/static-server';
import { NodeRunner } from './lib/node-runner';
import { writeSyntheticSickLeave } from './lib/synthetic';
import { median, r1, stats, visitOverview, viewTimings, jamforInteractions, memoryOf } from './lib/bench/measure';
import { timeQueryInPage, loadInPage } from './lib/bench/measure';
import { benchQueries } from './lib/bench/queries';
import { markdown } from './lib/bench/report';
import { sickLeaveKommuner } from './lib/bench/synthetic-jamfor';
import { jamforFirstChart, JAMFOR_CHART, repeatVisit, repeatWithProfile } from './lib/bench/repeat-visit';
import { watchPaint } from './lib/bench/page';
import { MAX_ROWS_IN_TAB } from '../src/lib/db/partition-plan';

const root = join(import.meta.dirname, '..');
const build = process.env.BENCH_BUILD ?? join(root, 'build');
const pageOnly = !!process.env.BENCH_BUILD;
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 15);
const SCALES = (process.env.BENCH_SCALES ?? '1000000').split(',').filter(Boolean).map(Number);
/**
 * The selection at each synthetic scale (first N kommuner of the data set): the small-group rule
 * over all 290 kommuner takes minutes (see README), so a scale is measured over a county-sized
 * selection; BENCH_KOMMUNER=all measures every kommun.
 */
const KOMMUNER_AT: Record<number, number> = { 1_000_000: 10, 10_000_000: 10 };
function scopeAt(scale: number): string[] | null {
	if (process.env.BENCH_KOMMUNER === 'all') return null;
	const all = sickLeaveKommuner(join(root, '.synthetic', `rows-${scale}`));
	return all.slice(0, Number(process.env.BENCH_KOMMUNER ?? KOMMUNER_AT[scale] ?? 29));
}
/** Two kommuner outside the selection, added in Jämför to time fetching and protecting them alone. */
function extraKommuner(scale: number, scope: string[]): string[] {
	const all = sickLeaveKommuner(join(root, '.synthetic', `rows-${scale}`));
	return all.filter((k) => !scope.includes(k)).slice(0, 2);
}
/** Rows a selection brings into the tab (every extract), from the manifest. */
function rowsAt(scale: number, scope: string[] | null): number {
	const dir = join(root, '.synthetic', `rows-${scale}`);
	const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
		tables: Record<string, { rows: number; partitions?: { kommun: string; rows: number }[] }>;
	};
	return Object.values(m.tables).reduce(
		(s, t) =>
			s +
			(t.partitions
				? t.partitions.filter((p) => !scope || scope.includes(p.kommun)).reduce((a, p) => a + p.rows, 0)
				: t.rows),
		0
	);
}

const dump = join(root, '..', 'shared', 'opendata');
const koladaDir = join(root, 'static', 'data', 'kolada');
if (!pageOnly && !existsSync(join(koladaDir, 'manifest.json')) && existsSync(join(dump, 'kolada_values_long.csv'))) {
	execFileSync('npx', ['tsx', 'scripts/kolada/import.ts', dump, '--fetched', '2024-08'], {
		cwd: root,
		stdio: 'inherit'
	});
	process.env.BENCH_REBUILD = '1';
}
if (!pageOnly && (!existsSync(join(build, 'index.html')) || process.env.BENCH_REBUILD)) {
	execFileSync('npx', ['tsx', 'scripts/build-data.ts'], { cwd: root, stdio: 'inherit' });
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
const walk = (d: string): string[] =>
	readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const jsGzipKb =
	walk(join(build, '_app'))
		.filter((f) => f.endsWith('.js') && !f.includes('duckdb-browser'))
		.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0) / 1024;

// Synthetic national data sets (generated once, outside static/data) served beside the build.
for (const n of pageOnly ? [] : SCALES) {
	const dir = join(root, '.synthetic', `rows-${n}`);
	if (!existsSync(join(dir, 'manifest.json')))
		execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--rows', String(n)], { cwd: root, stdio: 'inherit' });
}
/** Every generated scale is served (the refusal beyond the limit is shown on the largest). */
const GENERATED = existsSync(join(root, '.synthetic'))
	? readdirSync(join(root, '.synthetic'))
			.map((d) => Number(/^rows-(\d+)$/.exec(d)?.[1]))
			.filter((n) => n > 0 && existsSync(join(root, '.synthetic', `rows-${n}`, 'manifest.json')))
	: [];
for (const n of pageOnly ? [] : GENERATED) {
	const link = join(build, `synthetic-${n}`);
	rmSync(link, { force: true, recursive: false });
	symlinkSync(join(root, '.synthetic', `rows-${n}`), link);
}

/** Gzipped size of the build's files at these URL paths (what the page itself had to run). */
const gzipKb = (paths: readonly string[]) =>
	r1(
		[...new Set(paths)]
			.map((p) => join(build, decodeURIComponent(p)))
			.filter((f) => existsSync(f))
			.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0) / 1024
	);

/** The limit probe's growing files, written before the server starts: it serves only files present then. */
const LIMIT_ROWS = (process.env.BENCH_LIMIT_ROWS ?? '2000000,4000000,8000000,12000000').split(',').map(Number);
const LIMIT_DIR = join(build, 'bench-limit');
if (!pageOnly && process.env.BENCH_LIMIT !== '0' && process.env.BENCH_LIMIT !== 'beyond') {
	mkdirSync(LIMIT_DIR, { recursive: true });
	for (const n of LIMIT_ROWS) await writeSyntheticSickLeave(join(LIMIT_DIR, `probe-${n}.parquet`), n);
}

const { server, url } = await startStaticServer(build);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const result: Record<string, unknown> = {
	machine: `${process.platform} ${process.arch}, node ${process.version}, 2 cores shared with other work (timings are noisy)`,
	build: pageOnly ? build : 'this branch',
	runs: RUNS,
	production_js_gzip_kb: r1(jsGzipKb)
};
const limitOnly = process.env.BENCH_LIMIT === 'only';
const beyondOnly = process.env.BENCH_LIMIT === 'beyond';
/** Written after every section, so a run cut short by the machine still leaves its figures. */
function save(): void {
	mkdirSync(join(root, 'bench-results'), { recursive: true });
	const name = process.env.BENCH_NAME ?? (pageOnly ? 'bench-reference-build' : limitOnly ? 'bench-limit' : 'bench');
	writeFileSync(join(root, 'bench-results', `${name}.json`), JSON.stringify(result, null, 2) + '\n');
	writeFileSync(join(root, 'bench-results', `${name}.md`), markdown(result));
}
try {
	if (limitOnly) result.limit = await limitProbe();
	else if (beyondOnly) result.beyond_limit = await beyondLimit(Math.max(...GENERATED));
	else await everything();
	result.max_rows_in_tab = MAX_ROWS_IN_TAB;
} finally {
	// A tab that died in the limit probe must not keep the run (and the shared lock) alive.
	await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]);
	server.closeAllConnections();
	server.close();
}

async function everything() {
	if (process.env.BENCH_PAGES !== '0') await pages();
	const scales: Record<string, unknown> = {};
	result.scales = scales;
	for (const scale of [...(process.env.BENCH_PAGES === '0' ? [] : [0]), ...(pageOnly ? [] : SCALES)]) {
		scales[scale === 0 ? 'bundled' : String(scale)] = await atScale(scale);
		save();
	}
	if (!pageOnly && process.env.BENCH_LIMIT !== '0') result.limit = await limitProbe();
	if (!pageOnly && GENERATED.length && process.env.BENCH_LIMIT !== '0')
		result.beyond_limit = await beyondLimit(Math.max(...GENERATED));
}

/** The bundled data: first visit and repeat visit, every view cold and after client-side navigation. */
async function pages() {
	const visits = [];
	for (let i = 0; i < RUNS; i++) visits.push(await visitOverview(browser, url));
	const pick = (f: (v: (typeof visits)[number]) => number) => r1(median(visits.map(f)));
	result.transfer_cold_kb = pick((v) => v.cold.bytes / 1024);
	result.transfer_warm_kb = pick((v) => v.warm.bytes / 1024);
	result.first_contentful_paint_ms = pick((v) => v.cold.value.fcp);
	result.first_meaningful_content_ms = pick((v) => v.cold.value.content);
	result.duckdb_ready_ms = pick((v) => v.cold.value.ready);
	result.overview_complete_ms = pick((v) => v.cold.value.all);
	result.main_thread_js_overview_kb = gzipKb(visits[0]!.cold.value.scripts);
	// Fetched on idle once Översikt is complete, for the other views (their chunks count where they load).
	result.idle_prefetch_js_kb = gzipKb(visits[0]!.cold.value.prefetched);
	save();
	console.log('bench: first visit done');
	const views = [];
	for (let i = 0; i < RUNS; i++) views.push(await viewTimings(browser, url));
	result.first_chart_cold_ms = Object.fromEntries(
		Object.keys(views[0]!.cold).map((v) => [v, r1(median(views.map((x) => x.cold[v]!)))])
	);
	result.first_chart_client_nav_ms = Object.fromEntries(
		Object.keys(views[0]!.nav).map((v) => [v, r1(median(views.map((x) => x.nav[v]!)))])
	);
	result.memory_bundled = views.at(-1)!.memory;
	result.main_thread_js_kb = Object.fromEntries(Object.entries(views[0]!.scripts).map(([v, ps]) => [v, gzipKb(ps)]));
	// Översikt's figures are in its HTML, before its scripts: its JS is what the whole view loads.
	result.main_thread_js_kb['/'] = result.main_thread_js_overview_kb;
	save();
	console.log('bench: views done');
}

/** The largest data set with every kommun selected: the app must refuse it at once, in Swedish. */
async function beyondLimit(scale: number) {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(`${url}/jamfor/?bench&data=synthetic-${scale}`);
		await page.waitForSelector('[data-phase="error"]', { timeout: 120_000 });
		const ms = await page.evaluate(() => performance.now());
		const text = (await page.textContent('[role="status"][data-phase]'))?.replace(/\s+/g, ' ').trim();
		return { scale, rows_in_tab: rowsAt(scale, null), message: text, after_ms: r1(ms) };
	} catch (e) {
		return { scale, error: String(e).slice(0, 200) };
	} finally {
		await context.close();
	}
}

/** Jämför at one scale: load, first chart, interactions, shipped queries vs native DuckDB. */
async function atScale(scale: number) {
	const scope = scale === 0 ? null : scopeAt(scale);
	// Synthetic data name no default kommun, so Jämför is asked for total sick leave explicitly.
	const q =
		scale === 0
			? ''
			: `&data=synthetic-${scale}&matt=sick_leave_total_pct${scope ? `&kommuner=${scope.join(',')}` : ''}`;
	const context = await browser.newContext();
	const page = await context.newPage();
	await watchPaint(page, JAMFOR_CHART);
	const t0 = Date.now();
	await page.goto(`${url}/jamfor/?bench${q}`);
	await page.waitForSelector(`${JAMFOR_CHART}, [data-phase="error"]`, {
		timeout: 600_000
	});
	const error = await page.$('[data-phase="error"]');
	if (error) {
		const text = await error.textContent();
		await context.close();
		return { error: text?.trim() };
	}
	const { firstChart, painted } = await jamforFirstChart(page);
	const loadWallMs = Date.now() - t0;
	if (scale === 0) await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 60_000 }).catch(() => {});
	await page.waitForTimeout(500);
	const interactions =
		pageOnly && !(await page.evaluate('!!window.__tertialBench'))
			? null
			: await jamforInteractions(page, 4, scale === 0 || !scope ? [] : extraKommuner(scale, scope));
	const queries: Record<string, unknown> = {};
	if (!pageOnly) {
		const dir = scale === 0 ? join(root, 'static', 'data') : join(root, '.synthetic', `rows-${scale}`);
		const native =
			scale === 0
				? await NodeRunner.open(dir, existsSync(koladaDir) ? [koladaDir] : [])
				: await NodeRunner.openPartitioned(dir, { kommuner: scope ?? undefined });
		for (const [name, query] of Object.entries(benchQueries(scale === 0))) {
			const wasm = await timeQueryInPage(page, query.sql.text, query.sql.params, QUERY_RUNS);
			const nat: number[] = [];
			for (let i = 0; i < QUERY_RUNS; i++) {
				const s = performance.now();
				await native.run(query);
				nat.push(performance.now() - s);
			}
			queries[name] = { wasm: stats(wasm), native: stats(nat), ratio: r1(median(wasm) / median(nat)) };
		}
		native.close();
	}
	const memory = await memoryOf(browser, page);
	const repeat = await repeatVisit(server, page, `${url}/jamfor/?bench${q}`);
	await context.close();
	const profiled = await repeatWithProfile(server, `${url}/jamfor/?bench${q}`);
	console.log(`bench: scale ${scale || 'bundled'} done`);
	return {
		scope: scope ? `${scope.length} kommuner` : 'alla kommuner',
		rows_in_tab: scale === 0 ? null : rowsAt(scale, scope),
		first_chart_ms: r1(firstChart),
		first_chart_painted_ms: r1(painted),
		load_wall_ms: loadWallMs,
		repeat_first_chart_ms: r1(repeat.firstChart),
		repeat_first_chart_painted_ms: r1(repeat.painted),
		repeat_requests: repeat.requests,
		profile_repeat_first_chart_ms: r1(profiled.firstChart),
		profile_repeat_first_chart_painted_ms: r1(profiled.painted),
		profile_repeat_requests: profiled.requests,
		interactions,
		queries,
		memory
	};
}

/** The largest single table one tab loads: growing synthetic files until a load fails or the tab dies. */
async function limitProbe() {
	const steps: Record<string, unknown>[] = [];
	for (const n of LIMIT_ROWS) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let crashed = false;
		page.on('crash', () => (crashed = true));
		try {
			await page.goto(`${url}/data/?bench`);
			await page.waitForSelector('[data-phase="ready"]', { timeout: 60_000 });
			const r = await Promise.race([
				loadInPage(page, `${url}/bench-limit/probe-${n}.parquet`, 'bench_sick_leave'),
				new Promise<never>((_, rej) => setTimeout(() => rej(new Error('ingen svar inom 180 s')), 180_000))
			]);
			steps.push({ rows: n, ok: true, load_ms: r1(r.fetchMs + r.loadMs), ...(await memoryOf(browser, page)) });
			result.limit = steps;
			save();
			console.log(`bench: ${n} rows loaded in one tab`);
		} catch (e) {
			steps.push({ rows: n, ok: false, crashed, error: String(e).slice(0, 200) });
			await context.close().catch(() => {});
			break;
		}
		await context.close();
	}
	rmSync(LIMIT_DIR, { recursive: true, force: true });
	return steps;
}

save();
console.log(markdown(result));
process.exit(0);
