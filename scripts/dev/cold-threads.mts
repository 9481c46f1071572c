// Dev aid: one cold Jämför visit over a synthetic scale as CPU per thread (Chromium trace), until the
// first chart: each thread's CPU and busy ms (also in 250 ms slices of page time), CPU by kind of
// thread (V8's optimising wasm compiles apart), and each thread's biggest events.
// npx tsx scripts/dev/cold-threads.mts [scale=1000000]  (BUILD=<dir>: another build; REPEAT=<ms>: a visit
// first, in the same context, kept open that long after its chart, so the traced one is a repeat visit)
import type { TraceEvent as Ev } from '../lib/bench/trace-event';
import { syntheticJamforSession } from '../lib/bench/synthetic-jamfor';

import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';

const session = await syntheticJamforSession();
const { q, server, url } = session;
// PROFILE=<dir>: a browser profile on disk (its code cache as a user's), not an in-memory context.
const persistent = process.env.PROFILE
	? await chromium.launchPersistentContext(process.env.PROFILE, { executablePath: CHROMIUM, args: CHROMIUM_ARGS })
	: undefined;
const browser = persistent?.browser() ?? session.browser;
const context = persistent ?? (await browser.newContext());
if (process.env.REPEAT) {
	// A visit before the traced one, in the same context (its HTTP and code caches).
	const warm = await context.newPage();
	await warm.goto(`${url}/jamfor/?bench${q}`);
	await warm.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
	await warm.waitForTimeout(Number(process.env.REPEAT));
	await warm.close();
}
const page = await context.newPage();
await browser.startTracing(page, {
	categories: [
		'toplevel',
		'v8',
		'v8.wasm',
		'devtools.timeline',
		'blink.user_timing',
		'disabled-by-default-devtools.timeline'
	]
});
await page.goto(`${url}/jamfor/?bench${q}`);
await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
const first = await page.evaluate(() => performance.now());
const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] }).traceEvents;
if (process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(events));
const names = new Map<string, string>();
for (const e of events)
	if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
const nav =
	events.find((e) => e.name === 'navigationStart' || e.name === 'fetchStart') ?? events.find((e) => e.ph === 'X')!;
const t0 = nav.ts;
const SLICE = 250_000;
const slices = Math.ceil((first * 1000) / SLICE) + 1;
const busy = new Map<string, number[]>();
/** CPU ms per thread (the top-level tasks' own thread time), and of V8's optimising wasm compiles. */
const cpu = new Map<string, number>();
let topTierCpu = 0;
const big = new Map<string, Map<string, number>>();
const ends = new Map<string, number>();
events.sort((a, b) => a.ts - b.ts);
for (const e of events) {
	if (e.ph !== 'X' || !e.dur) continue;
	const key = `${e.pid}:${e.tid}`;
	const n = `${names.get(key) ?? '?'} ${e.tid}`;
	// Top-level tasks only: an event inside the thread's last counted one is not counted again.
	if (
		['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask'].includes(e.name) &&
		e.ts >= (ends.get(n) ?? 0)
	) {
		ends.set(n, e.ts + e.dur);
		cpu.set(n, (cpu.get(n) ?? 0) + (e.tdur ?? 0) / 1000);
		const row = busy.get(n) ?? Array<number>(slices).fill(0);
		const s = Math.floor((e.ts - t0) / SLICE);
		if (s >= 0 && s < slices) row[s]! += e.dur / 1000;
		busy.set(n, row);
	}
	if (e.name === 'wasm.TopTierCompilation') topTierCpu += (e.tdur ?? 0) / 1000;
	if (e.dur > 20_000) {
		const m = big.get(n) ?? new Map<string, number>();
		m.set(e.name, (m.get(e.name) ?? 0) + e.dur / 1000);
		big.set(n, m);
	}
}
console.log(`first chart ${Math.round(first)} ms; per thread: CPU ms, busy ms, busy ms per ${SLICE / 1000} ms slice`);
for (const [n, row] of [...busy].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))) {
	const total = row.reduce((x, y) => x + y);
	if (total < 50) continue;
	console.log(
		`${n.padEnd(34).slice(0, 34)} ${String(Math.round(cpu.get(n) ?? 0)).padStart(6)} ${String(Math.round(total)).padStart(6)}  ${row.map((v) => String(Math.round(v)).padStart(4)).join('')}`
	);
}
const kinds = new Map<string, number>();
for (const [n, ms] of cpu) kinds.set(n.replace(/ \d+$/, ''), (kinds.get(n.replace(/ \d+$/, '')) ?? 0) + ms);
console.log(
	`CPU ms by kind of thread: ${[...kinds]
		.sort((a, b) => b[1] - a[1])
		.filter(([, ms]) => ms >= 20)
		.map(([k, ms]) => `${k} ${Math.round(ms)}`)
		.join(
			' · '
		)}; of it V8 optimising wasm ${Math.round(topTierCpu)}; all ${Math.round([...kinds.values()].reduce((a, b) => a + b, 0))}`
);
for (const [n, m] of big) {
	const top = [...m]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 6)
		.map(([k, v]) => `${k} ${Math.round(v)}`);
	console.log(`${n}: ${top.join(' · ')}`);
}
await persistent?.close();
await session.browser.close();
server.close();
