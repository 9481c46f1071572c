// Dev aid: just issue #16's two page targets from a production build, RUNS times, medians —
// first meaningful content on a cold Översikt (as the bench's visitOverview) and each view's first
// content after client-side navigation from Översikt (as the bench's viewTimings).
// npx tsx scripts/dev/nav-first.mts [runs] [build dir]
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../lib/static-server';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { median, navTimings, r1, visitOverview } from '../lib/bench/measure';

const runs = Number(process.argv[2] ?? 3);
const { server, url } = await startStaticServer(process.argv[3] ?? join(import.meta.dirname, '..', '..', 'build'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const series: Record<string, number[]> = {};
const add = (k: string, v: number) => (series[k] ??= []).push(v);
try {
	for (let i = 0; i < runs; i++) {
		const { cold } = await visitOverview(browser, url);
		add('first meaningful content', cold.value.content);
		add('first contentful paint', cold.value.fcp);
		add('DuckDB ready', cold.value.ready);
		for (const [v, ms] of Object.entries((await navTimings(browser, url)).nav)) add(`nav ${v}`, ms);
		console.log(
			`run ${i + 1}: ${Object.entries(series)
				.map(([k, xs]) => `${k} ${Math.round(xs.at(-1)!)}`)
				.join(' · ')}`
		);
	}
	console.log(`\nmedians of ${runs} runs`);
	for (const [k, xs] of Object.entries(series)) console.log(`${k.padEnd(26)} ${String(r1(median(xs))).padStart(8)} ms`);
} finally {
	await browser.close();
	server.close();
}
