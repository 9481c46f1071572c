// Dev aid: screenshots of built pages, e.g. `npx tsx scripts/dev/shot.mts "/ekonomi/?kommun=2262|ekonomi"` → test-results/ekonomi.png
import { openSite, visit, waitForData, screenshot } from '../../tests/e2e/helpers/site';
const site = await openSite();
for (const [path, name] of process.argv.slice(2).map((a) => a.split('|'))) {
	const { page, problems } = await visit(site, path!);
	await waitForData(page);
	await page.waitForTimeout(1500);
	await screenshot(page, name!);
	console.log(name, problems);
}
await site.close();
