// Dev tool: Jämför's interactions (the bench's jamforInteractions) in the production build, quickly,
// with an optional main-thread CPU profile summarised by function.
// npx tsx scripts/dev/time-jamfor.ts [scale=0] [rounds=1] [--profile] [--trace] [--queries]  (BUILD=<dir> for another build,
// FRAMES2=1 to time up to two animation frames after the answer, the bench's earlier method)
import { syntheticJamforQuery } from '../lib/bench/synthetic-jamfor';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { startStaticServer } from '../lib/static-server';
import { jamforInteractions, median, timeQueryInPage } from '../lib/bench/measure';
import { comparison } from '../../src/lib/queries/compare';
import {
	everyAvailability,
	everyBreakdown,
	measureBreakdowns,
	normalisationAvailability
} from '../../src/lib/queries/measure-options';
import { compareFilters } from '../../tests/helpers/compare-filters';

const root = join(import.meta.dirname, '..', '..');
const build = process.env.BUILD ?? join(root, 'build');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const profile = process.argv.includes('--profile');
const scale = Number(args[0] ?? 0);
const rounds = Number(args[1] ?? 1);

const q = scale ? syntheticJamforQuery(root, build, scale) : '';

const { server, url } = await startStaticServer(build);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await (await browser.newContext()).newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(`${url}/jamfor/?bench${process.env.FRAMES2 ? '=frames2' : ''}${q}`);
await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
if (!scale) await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 60_000 }).catch(() => {});
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
if (profile) {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
}
const trace = process.argv.includes('--trace');
const events: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] = [];
if (trace) {
	cdp.on('Tracing.dataCollected', (e: { value: typeof events }) => void events.push(...e.value));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,disabled-by-default-v8.gc',
		transferMode: 'ReportEvents'
	});
}
const all: Record<string, number[][]> = {};
for (let i = 0; i < rounds; i++) {
	const r = await jamforInteractions(page, 4);
	for (const [k, v] of Object.entries(r)) (all[k] ??= []).push([v.median, v.p95, v.n, v.no_answer]);
}
for (const [k, v] of Object.entries(all))
	console.log(
		`${k.padEnd(16)} ${v.map(([m, p, n, x]) => `median ${m} p95 ${p} (n ${n}${x ? `, ${x} no answer` : ''})`).join(' | ')}`
	);
if (trace) {
	const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
	await cdp.send('Tracing.end');
	await done;
	const threads = new Map<string, string>();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
	const sums = new Map<string, number>();
	for (const e of events) {
		if (e.ph !== 'X' || !e.dur) continue;
		const t = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
		if (!/CrRendererMain|Worker/.test(t)) continue;
		const k = `${t.padEnd(24)} ${e.name}`;
		sums.set(k, (sums.get(k) ?? 0) + e.dur / 1000);
	}
	for (const [k, v] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45))
		console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
}
if (profile) {
	const { profile: p } = (await cdp.send('Profiler.stop')) as {
		profile: {
			nodes: {
				id: number;
				callFrame: { functionName: string; url: string; lineNumber: number };
				children?: number[];
			}[];
			samples: number[];
			timeDeltas: number[];
		};
	};
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
	const maps = new Map<string, InstanceType<typeof TraceMap> | null>();
	const where = (f: { functionName: string; url: string; lineNumber: number; columnNumber?: number }) => {
		const file = f.url.startsWith(url) ? join(build, new URL(f.url).pathname) : '';
		if (!maps.has(file))
			maps.set(file, file && existsSync(file + '.map') ? new TraceMap(readFileSync(file + '.map', 'utf8')) : null);
		const m = maps.get(file);
		if (!m) return { src: f.url ? f.url.split('/').pop()! : '(native)', fn: f.functionName || '(anon)' };
		const o = originalPositionFor(m, { line: f.lineNumber + 1, column: f.columnNumber ?? 0 });
		const src = (o.source ?? '?').replace(/^.*node_modules\//, 'nm:').replace(/^(\.\.\/)+/, '');
		return { src: `${src}:${o.line}`, fn: o.name ?? f.functionName };
	};
	const bySrc = new Map<string, number>();
	const byFn = new Map<string, number>();
	p.samples.forEach((id, i) => {
		const w = where(byId.get(id)!.callFrame as never);
		const ms = (p.timeDeltas[i] ?? 0) / 1000;
		const file = w.src.replace(/:\d+$/, '').replace(/^nm:([^/]+(\/[^/]+)?).*/, 'nm:$1');
		bySrc.set(file, (bySrc.get(file) ?? 0) + ms);
		byFn.set(`${w.fn} ${w.src}`, (byFn.get(`${w.fn} ${w.src}`) ?? 0) + ms);
	});
	// Inclusive ("total") time: each function once per sample, wherever it is on the stack.
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const total = new Map<string, number>();
	p.samples.forEach((id, i) => {
		const ms = (p.timeDeltas[i] ?? 0) / 1000;
		const seen = new Set<string>();
		for (let n: number | undefined = id; n != null; n = parent.get(n)) {
			const w = where(byId.get(n)!.callFrame as never);
			const k = `${w.fn} ${w.src}`;
			if (seen.has(k) || w.src === '(native)') continue;
			seen.add(k);
			total.set(k, (total.get(k) ?? 0) + ms);
		}
	});
	console.log('self time by source:');
	for (const [k, v] of [...bySrc.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
		console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
	console.log('self time by function:');
	for (const [k, v] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
		console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
	console.log('total time by function (self + callees):');
	for (const [k, v] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60)))
		console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
if (process.argv.includes('--queries')) {
	// The shipped queries one interaction may ask, each alone on the connection (the bench hook's timeQuery).
	const kommuner = scale ? (new URL(`http://x/?${q}`).searchParams.get('kommuner') ?? '').split(',') : [];
	const qs = {
		comparison: comparison(compareFilters('sick_leave_total_pct', { kommuner })),
		comparison_index: comparison(compareFilters('sick_leave_total_pct', { kommuner, norm: 'index' })),
		breakdowns: measureBreakdowns('sick_leave_total_pct'),
		every_breakdown: everyBreakdown('own'),
		availability: normalisationAvailability('sick_leave_total_pct'),
		every_availability: everyAvailability('own')
	};
	for (const [name, x] of Object.entries(qs)) {
		const t = await timeQueryInPage(page, x.sql.text, x.sql.params, 10);
		console.log(`wasm ${name.padEnd(20)} median ${median(t).toFixed(1)} ms`);
	}
}
await browser.close();
server.close();
