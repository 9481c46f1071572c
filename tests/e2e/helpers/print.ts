import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Count the pages of a PDF by its page objects (Chromium writes one `/Type /Page` per page). */
export function pdfPageCount(bytes: Buffer): number {
	return (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/**
 * Print the loaded Rapport as the committee gets it: A4 in print media, page numbers from the
 * page's own @page margin boxes (so "Skriv ut"/"Ladda ner PDF" in the browser number pages alike).
 */
export async function printReport(page: Page, path?: string): Promise<number> {
	await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Hämtar'), null, {
		timeout: 30_000
	});
	await page.emulateMedia({ media: 'print' });
	// page.pdf does not fire the print events a browser's print dialog does (charts redraw at paper width on them).
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	const pdf = await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	return pdfPageCount(path ? readFileSync(path) : pdf);
}
