// Dev aid: two builds' Jämför interactions (the bench's jamforInteractions), rounds interleaved
// in ABBA order so both see the same load on a shared machine; medians per kind and round.
// npx tsx scripts/dev/ab-interact.mts <buildA> <buildB> [scale=0] [rounds=4]
import { syntheticJamforQuery } from '../lib/bench/synthetic-jamfor';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { startStaticServer } from '../lib/static-server';
import { jamforInteractions, median } from '../lib/bench/measure';

const [a, b, scaleArg, roundsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: ab-interact.mts <buildA> <buildB> [scale] [rounds]');
const scale = Number(scaleArg ?? 0);
const rounds = Number(roundsArg ?? 4);
const root = join(import.meta.dirname, '..', '..');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const served = await Promise.all(
	[a, b].map(async (build) => ({
		q: scale ? syntheticJamforQuery(root, build, scale) : '',
		...(await startStaticServer(build))
	}))
);
// A fresh page each round: a page asked the same things again would answer from what it remembers.
const open = async (k: number): Promise<Page> => {
	const { q, url } = served[k]!;
	const page = await (await browser.newContext()).newPage();
	page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
	await page.goto(`${url}/jamfor/?bench${q}`);
	await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
	if (!scale) await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 60_000 }).catch(() => {});
	await page.waitForTimeout(1000);
	return page;
};
const all: Record<string, number[]>[] = [{}, {}];
for (let i = 0; i < rounds; i++)
	for (const k of i % 2 ? [1, 0] : [0, 1]) {
		const page = await open(k);
		const r = await jamforInteractions(page, 4);
		await page.context().close();
		for (const [kind, v] of Object.entries(r)) (all[k]![kind] ??= []).push(v.median);
	}
for (const kind of Object.keys(all[0]!))
	console.log(
		`${kind.padEnd(14)} A ${median(all[0]![kind]!).toFixed(1).padStart(6)}  B ${median(all[1]![kind]!).toFixed(1).padStart(6)}   (A ${all[0]![kind]!.join(' ')} | B ${all[1]![kind]!.join(' ')})`
	);
await browser.close();
for (const { server } of served) server.close();
