// Dev aid: one cold visit of a view, every request (page and workers) and the app's marks, in page time.
// npx tsx scripts/dev/waterfall.mts /ekonomi/
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { startStaticServer } from '../lib/static-server';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { FIRST_CONTENT } from '../lib/bench/page';

const view = process.argv[2] ?? '/ekonomi/';
// WATERFALL_BUILD=dir serves another build; WATERFALL_PROFILE=dir keeps a real (disk) cache between the visits.
const { server, url } = await startStaticServer(
	process.env.WATERFALL_BUILD ?? join(import.meta.dirname, '..', '..', 'build')
);
const profile = process.env.WATERFALL_PROFILE;
const persistent = profile
	? await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS })
	: undefined;
const browser = persistent
	? persistent.browser()!
	: await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
	for (const visit of ['cold', 'warm']) {
		const context =
			persistent ??
			(visit === 'cold' ? await browser.newContext() : (browser.contexts()[0] ?? (await browser.newContext())));
		const page = context.pages()[0] ?? (await context.newPage());
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		const t0 = Date.now();
		const rows: string[] = [];
		context.on('requestfinished', (r) => {
			const t = r.timing();
			rows.push(
				`${String(Math.round(t.startTime - t0)).padStart(6)} → ${String(Math.round(t.startTime - t0 + t.responseEnd)).padStart(6)}  ${r.url().replace(url, '').slice(0, 90)}`
			);
		});
		await page.goto(`${url}${view}?bench`);
		await page.waitForSelector(FIRST_CONTENT[view]!, { timeout: 120_000, state: 'attached' });
		const now = await page.evaluate(() => performance.now());
		const marks = await page.evaluate(() =>
			performance
				.getEntries()
				.filter((e) => e.entryType === 'mark' || e.entryType === 'paint' || e.entryType === 'measure')
				.map((e) => `${Math.round(e.startTime)} ${e.entryType} ${e.name} ${e.duration ? Math.round(e.duration) : ''}`)
		);
		const nav = await page.evaluate(() => performance.timeOrigin);
		console.log(
			`== ${visit} ${view}: first content at ${Math.round(now)} ms (timeOrigin offset ${Math.round(nav - t0)})`
		);
		console.log(rows.sort().join('\n'));
		console.log(marks.join('\n'));
		if (visit === 'warm') break;
		await page.goto('about:blank');
	}
} finally {
	await (persistent ?? browser).close();
	server.close();
}
