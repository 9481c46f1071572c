import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Count the pages of a PDF by its page objects (Chromium writes one `/Type /Page` per page). */
export function pdfPageCount(bytes: Buffer): number {
	return (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/**
 * Print the loaded Rapport as the committee gets it: A4, print media, Chromium's own page
 * numbers in the footer (the same settings the "Ladda ner PDF" hint asks the user to pick).
 */
export async function printReport(page: Page, path?: string): Promise<number> {
	await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Hämtar'), null, {
		timeout: 30_000
	});
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({
		path,
		format: 'A4',
		printBackground: true,
		preferCSSPageSize: true,
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate:
			'<div style="font-size:8pt;width:100%;text-align:center;color:#444">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>'
	});
	return pdfPageCount(path ? readFileSync(path) : pdf);
}
