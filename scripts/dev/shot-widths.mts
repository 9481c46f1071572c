// Dev aid: full-page screenshots of every given path at 1440 and 390 px, e.g.
// `npx tsx scripts/dev/shot-widths.mts "/|oversikt" "/ekonomi/|ekonomi"` → test-results/shots/<name>-<width>.png
import { mkdirSync } from 'node:fs';
import { openSite, visit, waitForData } from '../../tests/e2e/helpers/site';
const widths = (process.env.WIDTHS ?? '1440,390').split(',').map(Number);
mkdirSync('test-results/shots', { recursive: true });
const site = await openSite();
for (const [path, name] of process.argv.slice(2).map((a) => a.split('|'))) {
	for (const width of widths) {
		const { page, problems } = await visit(site, path!, { viewport: { width, height: width < 600 ? 844 : 900 } });
		await waitForData(page);
		await page
			.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Hämtar'), null, {
				timeout: 60_000
			})
			.catch(() => {});
		await page.waitForTimeout(1000);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		const header = await page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().height);
		await page.screenshot({ path: `test-results/shots/${name}-${width}.png`, fullPage: true });
		console.log(name, width, { overflow, header }, problems);
		await page.context().close();
	}
}
await site.close();
