// Dev aid: load the five synthetic Umeå files (tests/e2e/helpers/own-kommun-files.ts) on the Data page,
// then full-page screenshots of every given path at 1440 and 390 px, e.g.
// `npx tsx scripts/dev/shot-own.mts "/data/|data" "/ekonomi/?kommun=2480|ekonomi"` → test-results/shots/own-<name>-<width>.png
import { mkdirSync } from 'node:fs';
import { confirm, upload } from '../../tests/e2e/helpers/import';
import { navigate } from '../../tests/e2e/helpers/navigate';
import { KOMMUN, OWN_FILES } from '../../tests/e2e/helpers/own-kommun-files';
import { openSite, visit, waitForData } from '../../tests/e2e/helpers/site';
const widths = (process.env.WIDTHS ?? '1440,390').split(',').map(Number);
mkdirSync('test-results/shots', { recursive: true });
const site = await openSite();
for (const width of widths) {
	const { page, problems } = await visit(site, '/data/', { viewport: { width, height: width < 600 ? 844 : 900 } });
	await waitForData(page);
	await page.waitForSelector('[data-testid="own-extracts"]');
	for (const f of OWN_FILES) {
		const card = await upload(
			page,
			{ name: f.name, buffer: Buffer.from('\ufeff' + f.text) },
			{ formatKey: f.formatKey, kommun: KOMMUN }
		);
		await confirm(card);
	}
	for (const [path, name] of process.argv.slice(2).map((a) => a.split('|'))) {
		await navigate(page, path!);
		await page
			.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Hämtar'), null, {
				timeout: 60_000
			})
			.catch(() => {});
		await page.waitForTimeout(1500);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await page.screenshot({ path: `test-results/shots/own-${name}-${width}.png`, fullPage: true });
		console.log(name, width, { overflow });
	}
	console.log(problems);
	await page.context().close();
}
await site.close();
