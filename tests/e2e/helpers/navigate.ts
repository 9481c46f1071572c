import type { Page } from 'playwright-core';

/**
 * Go to another view inside the already loaded app, as a user clicking a link would: SvelteKit's
 * client router keeps DuckDB and the extracts loaded, so a file of tests pays the load once.
 */
export async function navigate(page: Page, path: string): Promise<void> {
	const target = new URL(path, page.url()).toString();
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		document.body.append(a);
		a.click();
		a.remove();
	}, target);
	await page.waitForURL(target);
}
