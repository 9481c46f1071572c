import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

describe('Översikt (start page)', () => {
	it('loads the extracts through DuckDB-WASM with no foreign request, console error or axe violation', async () => {
		const { page, problems } = await visit(site, '/');
		await waitForData(page);
		await page.waitForSelector('#coverage tbody tr');
		const names = await page.$$eval('#coverage tbody tr td:first-child', (tds) =>
			tds.map((td) => td.textContent?.trim())
		);
		expect(names).toEqual(['Botkyrka', 'Gnesta', 'Ludvika', 'Nybro', 'Timrå']);
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'overview');
		expect(problems).toEqual([]);
	});
});
