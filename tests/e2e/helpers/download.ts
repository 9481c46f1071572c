import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Click something that downloads a file and return the file's text (BOM stripped). */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8').replace(/^\ufeff/, '') };
}
