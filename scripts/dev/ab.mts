// Dev aid: two builds' cold first content per view, visits interleaved so both see the same load
// on a shared machine. npx tsx scripts/dev/ab.mts <buildA> <buildB> [runs] [views, comma-separated]
import { chromium } from 'playwright-core';
import { startStaticServer } from '../lib/static-server';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { FIRST_CONTENT, timeOf } from '../lib/bench/page';
import { median } from '../lib/bench/measure';

const [a, b, runsArg, viewsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: ab.mts <buildA> <buildB> [runs] [views]');
const runs = Number(runsArg ?? 3);
const views = (viewsArg ?? Object.keys(FIRST_CONTENT).join(',')).split(',');
const servers = await Promise.all([a, b].map((d) => startStaticServer(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const times: Record<string, number[][]> = {};
try {
	for (const view of views) {
		times[view] = [[], []];
		for (let i = 0; i < runs; i++)
			for (const [k, { url }] of servers.entries()) {
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.goto(`${url}${view}?bench`);
				times[view]![k]!.push(await timeOf(page, FIRST_CONTENT[view]!));
				await context.close();
			}
		const [ta, tb] = times[view]!.map((t) => Math.round(median(t)));
		console.log(
			`${view.padEnd(11)} A ${String(ta).padStart(6)} ms   B ${String(tb).padStart(6)} ms   (${runs} runs each)`
		);
	}
} finally {
	await browser.close();
	for (const { server } of servers) server.close();
}
