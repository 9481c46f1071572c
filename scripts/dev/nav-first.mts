// Dev aid: just issue #16's two page targets from production builds, RUNS times, medians — first
// meaningful content on a cold Översikt (as the bench's visitOverview) and each view's first content
// after client-side navigation from Översikt (as the bench's viewTimings). With several builds the
// runs are interleaved (A, B, A, B …) so all see the same load on a shared machine.
// npx tsx scripts/dev/nav-first.mts [runs] [build dir …]
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../lib/static-server';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { median, navTimings, r1, visitOverview } from '../lib/bench/measure';

const runs = Number(process.argv[2] ?? 3);
const builds = process.argv.length > 3 ? process.argv.slice(3) : [join(import.meta.dirname, '..', '..', 'build')];
const servers = await Promise.all(builds.map((d) => startStaticServer(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const series = builds.map((): Record<string, number[]> => ({}));
try {
	for (let i = 0; i < runs; i++)
		for (const [k, { url }] of servers.entries()) {
			const add = (key: string, v: number) => (series[k]![key] ??= []).push(v);
			const { cold } = await visitOverview(browser, url);
			add('first meaningful content', cold.value.content);
			add('first contentful paint', cold.value.fcp);
			add('DuckDB ready', cold.value.ready);
			for (const [v, ms] of Object.entries((await navTimings(browser, url)).nav)) add(`nav ${v}`, ms);
			console.log(
				`run ${i + 1}${builds.length > 1 ? ` ${builds[k]}` : ''}: ${Object.entries(series[k]!)
					.map(([key, xs]) => `${key} ${Math.round(xs.at(-1)!)}`)
					.join(' · ')}`
			);
		}
	for (const [k, b] of builds.entries()) {
		console.log(`\n${b}: medians of ${runs} runs`);
		for (const [key, xs] of Object.entries(series[k]!))
			console.log(`${key.padEnd(26)} ${String(r1(median(xs))).padStart(8)} ms`);
	}
} finally {
	await browser.close();
	for (const { server } of servers) server.close();
}
