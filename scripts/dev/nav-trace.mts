// Dev aid: what each view's first chart waits for after a client-side click from a loaded Översikt
// (the bench's navTimings sequence): the connection's jobs (waited / ran, from the ?bench trace in
// src/lib/db/connection.ts), the tertial:* marks and the scripts fetched, relative to the click.
// npx tsx scripts/dev/nav-trace.mts [build dir]
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../lib/static-server';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { clientNav, VIEWS } from '../lib/bench/measure';

type Entry = { name: string; type: string; start: number; end: number; queued?: number };
const { server, url } = await startStaticServer(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'build'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const entries = (page: import('playwright-core').Page, from: number) =>
	page.evaluate(
		(t0) =>
			[
				...performance.getEntriesByType('measure'),
				...performance.getEntriesByType('mark'),
				...performance.getEntriesByType('resource').filter((e) => /\.(js|parquet|json)/.test(e.name))
			]
				.filter((e) => e.startTime + e.duration >= t0)
				.map((e) => ({
					name: e.entryType === 'resource' ? new URL(e.name).pathname.split('/').pop()! : e.name,
					type: e.entryType,
					start: e.startTime - t0,
					end: e.startTime + e.duration - t0,
					queued:
						(e as PerformanceMeasure).detail?.queued != null ? (e as PerformanceMeasure).detail.queued - t0 : undefined
				})),
		from
	) as Promise<Entry[]>;
const show = (es: Entry[]) => {
	for (const e of es.sort((a, b) => a.start - b.start)) {
		const q = e.queued != null ? `queued ${Math.round(e.queued)}`.padEnd(13) : ''.padEnd(13);
		console.log(
			`  ${String(Math.round(e.start)).padStart(6)} → ${String(Math.round(e.end)).padStart(6)}  ${q} ${e.type.slice(0, 4)} ${e.name}`
		);
	}
};
try {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${url}/?bench`);
	await page.waitForSelector('[data-phase="ready"]', { timeout: 60_000 });
	await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length > 0);
	console.log('Översikt (from navigation start)');
	show(await entries(page, 0));
	for (const v of VIEWS.filter((x) => x !== '/')) {
		const t0 = await page.evaluate(() => performance.now());
		const ms = await clientNav(page, v);
		await page.waitForTimeout(1500);
		console.log(`\n${v}: first content ${Math.round(ms)} ms after the click (t=0); then 1,5 s more`);
		show(await entries(page, t0));
		await clientNav(page, '/');
		await page.waitForTimeout(300);
	}
} finally {
	await browser.close();
	server.close();
}
