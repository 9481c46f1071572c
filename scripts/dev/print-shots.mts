// Dev aid: the report in print media at A4 width, cut into page-sized screenshots: test-results/print-<name>-<n>.png
import { openSite, visit, waitForData } from '../../tests/e2e/helpers/site';
const [path, name, pages = '4'] = process.argv.slice(2);
const site = await openSite();
const { page, problems } = await visit(site, path!, { viewport: { width: 794, height: 1123 } });
await waitForData(page);
await page.waitForTimeout(3000);
await page.emulateMedia({ media: 'print' });
await page.waitForTimeout(500);
const height = await page.evaluate(() => document.body.scrollHeight);
for (let i = 0; i < Number(pages) && i * 1123 < height; i++)
	await page.screenshot({
		path: `test-results/print-${name}-${i}.png`,
		fullPage: true,
		clip: { x: 0, y: i * 1123, width: 794, height: Math.min(1123, height - i * 1123) }
	});
console.log(name, height, problems);
await site.close();
