// Dev aid: viewport-sized screenshots (1280×H) scrolled to a selector, e.g. `npx tsx scripts/dev/shot-viewport.mts "/jamfor/|name|[data-testid=x]|1600"`.
import { openSite, visit, waitForData } from '../../tests/e2e/helpers/site';
const site = await openSite();
for (const [path, name, selector, height] of process.argv.slice(2).map((a) => a.split('|'))) {
	const { page, problems } = await visit(site, path!, { viewport: { width: 1280, height: Number(height ?? 1000) } });
	await waitForData(page);
	await page.waitForTimeout(2500);
	if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
	await page.screenshot({ path: `test-results/${name}.png` });
	console.log(name, problems);
}
await site.close();
