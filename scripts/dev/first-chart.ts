// Dev aid: each view's first chart, cold and after client-side navigation, through the bench's own
// viewTimings (scripts/lib/bench/measure.ts), for one or more builds, runs interleaved so all see
// the same load on a shared machine; prints medians.
// npx tsx scripts/dev/first-chart.ts [runs] <build> [<build> …]
import { chromium } from 'playwright-core';
import { startStaticServer } from '../lib/static-server';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { median, viewTimings, VIEWS } from '../lib/bench/measure';

const [runsArg, ...builds] = process.argv.slice(2);
if (builds.length === 0) throw new Error('usage: first-chart.ts [runs] <build> [<build> …]');
const runs = Number(runsArg);
const servers = await Promise.all(builds.map((d) => startStaticServer(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const cold = builds.map(() => Object.fromEntries(VIEWS.map((v) => [v, [] as number[]])));
const nav = builds.map(() => Object.fromEntries(VIEWS.map((v) => [v, [] as number[]])));
try {
	for (let i = 0; i < runs; i++)
		for (const [k, { url }] of servers.entries()) {
			const t = await viewTimings(browser, url);
			for (const v of VIEWS) {
				cold[k]![v]!.push(t.cold[v]!);
				if (t.nav[v] != null) nav[k]![v]!.push(t.nav[v]!);
			}
		}
	for (const [k, b] of builds.entries()) {
		console.log(`\n${b} (${runs} runs, median ms; runs in brackets)`);
		for (const v of VIEWS) {
			const c = cold[k]![v]!;
			const n = nav[k]![v]!;
			console.log(
				`${v.padEnd(11)} cold ${String(Math.round(median(c))).padStart(6)} [${c.map(Math.round).join(', ')}]` +
					(n.length ? `   nav ${String(Math.round(median(n))).padStart(5)} [${n.map(Math.round).join(', ')}]` : '')
			);
		}
	}
} finally {
	await browser.close();
	for (const { server } of servers) server.close();
}
