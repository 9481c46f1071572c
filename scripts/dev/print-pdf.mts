// Dev aid: Rapport printed to A4 PDF by Chromium, then one PNG per page:
// `npx tsx scripts/dev/print-pdf.mts "/rapport/?kommun=0461|gnesta"` → test-results/print/gnesta.pdf, gnesta-<n>.png
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { openSite, visit, waitForData } from '../../tests/e2e/helpers/site';
import { printReport } from '../../tests/e2e/helpers/print';
mkdirSync('test-results/print', { recursive: true });
const site = await openSite();
for (const [path, name] of process.argv.slice(2).map((a) => a.split('|'))) {
	const { page, problems } = await visit(site, path!);
	await waitForData(page);
	const pdf = `test-results/print/${name}.pdf`;
	const pages = await printReport(page, pdf);
	execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `test-results/print/${name}`]);
	console.log(name, pages, 'pages', problems);
	await page.context().close();
}
await site.close();
