// Dev aid: two builds' cold Jämför over a synthetic scale, visits interleaved so both see the same
// load on a shared machine (in ABBA order): first chart, engine ready, tables loaded (the load job's end), and
// when the last partition file arrived, in page time.
// npx tsx scripts/dev/ab-scale.mts <buildA> <buildB> [scale=1000000] [runs=4]
import { syntheticJamforQuery } from '../lib/bench/synthetic-jamfor';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { startStaticServer } from '../lib/static-server';
import { median } from '../lib/bench/measure';

const [a, b, scaleArg, runsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: ab-scale.mts <buildA> <buildB> [scale] [runs]');
const scale = Number(scaleArg ?? 1_000_000);
const runs = Number(runsArg ?? 4);
const root = join(import.meta.dirname, '..', '..');
const builds = [a, b].map((d) => ({ dir: d, q: syntheticJamforQuery(root, d, scale) }));
const servers = await Promise.all(builds.map((d) => startStaticServer(d.dir)));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const keys = ['first chart', 'engine ready', 'tables loaded', 'last partition'] as const;
const times = builds.map(
	() => Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<(typeof keys)[number], number[]>
);
try {
	for (let i = 0; i < runs; i++)
		// ABBA: the first visit of a pair is often the slower one on a busy machine.
		for (const k of i % 2 ? [1, 0] : [0, 1]) {
			const { url } = servers[k]!;
			const context = await browser.newContext();
			const page = await context.newPage();
			let lastEnd = 0;
			context.on('requestfinished', (r) => {
				if (!r.url().includes('/kommun=')) return;
				const t = r.timing();
				lastEnd = Math.max(lastEnd, t.startTime + t.responseEnd);
			});
			const t0 = Date.now();
			await page.goto(`${url}/jamfor/?bench${builds[k]!.q}`);
			await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
			const m = await page.evaluate(() => ({
				first: performance.now(),
				origin: performance.timeOrigin,
				ready: performance.getEntriesByName('tertial:data-ready')[0]?.startTime ?? NaN,
				loaded: performance.getEntriesByName('tertial:table:sick_leave')[0]?.startTime ?? NaN
			}));
			await context.close();
			const row = times[k]!;
			row['first chart'].push(m.first);
			row['engine ready'].push(m.ready);
			row['tables loaded'].push(m.loaded);
			row['last partition'].push(lastEnd - t0 - (m.origin - t0));
			console.log(`run ${i + 1} ${'AB'[k]}: first chart ${Math.round(m.first)} ms`);
		}
	for (const key of keys)
		console.log(
			`${key.padEnd(15)} A ${String(Math.round(median(times[0]![key]))).padStart(6)} ms   B ${String(Math.round(median(times[1]![key]))).padStart(6)} ms   (medians of ${runs}; B runs ${times[1]![key].map(Math.round).join(', ')})`
		);
} finally {
	await browser.close();
	for (const s of servers) s.server.close();
}
