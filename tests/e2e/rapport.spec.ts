import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

const KOMMUNER: [string, string][] = [
	['0881', 'Nybro'],
	['2085', 'Ludvika'],
	['0127', 'Botkyrka'],
	['2262', 'Timrå'],
	['0461', 'Gnesta']
];

describe('Rapport (politician)', () => {
	for (const [kod, name] of KOMMUNER)
		it(`${name}: every section renders or says it has no data; axe clean`, async () => {
			const { page, problems } = await visit(site, `/rapport/?kommun=${kod}`);
			await waitForData(page);
			await page.waitForSelector('#h-goals');
			await page.waitForFunction(() => !document.body.textContent?.includes('Hämtar'));
			expect(await page.textContent('h1')).toContain(name);
			for (const id of ['h-goals', 'h-econ', 'h-ki', 'h-evb']) expect(await page.$(`#${id}`)).not.toBeNull();
			expect(await axeViolations(page)).toEqual([]);
			await screenshot(page, `rapport-${kod}`);
			expect(problems).toEqual([]);
		});

	it('Gnesta: the delår is the chosen report, and ej verkställda beslut go from 7 (Q1) to 5 (Q2), SoL 2 and LSS 3', async () => {
		const { page, problems } = await visit(site, '/rapport/?kommun=0461');
		await waitForData(page);
		await page.waitForSelector('section[aria-labelledby="h-evb"] table tbody tr');
		expect(await page.textContent('.lead')).toContain('Delår jan–aug 2023');
		const rows = await page.$$eval('section[aria-labelledby="h-evb"] table:not(details table) tbody tr', (trs) =>
			trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? ''))
		);
		const evb = rows.filter((r) => r[0] === 'Ej verkställda beslut');
		expect(evb.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
			['totalt', '2023-03-31', '7', '–'],
			['totalt', '2023-06-30', '5', '\u22122'],
			['LSS, totalt', '2023-06-30', '3', '–'],
			['SoL, totalt', '2023-06-30', '2', '–']
		]);
		expect(problems).toEqual([]);
	});

	it('Nybro T2 2024: eight goals "Delvis uppnått" and the −1 068 tkr forecast; print layout', async () => {
		const { page, problems } = await visit(site, '/rapport/?kommun=0881');
		await waitForData(page);
		await page.waitForSelector('[data-testid="goals"] li');
		const statuses = await page.$$eval('[data-testid="goals"] li .status', (els) =>
			els.map((e) => e.textContent?.trim())
		);
		expect(statuses.length).toBe(8);
		expect(new Set(statuses)).toEqual(new Set(['◐ Delvis uppnått']));
		expect((await page.textContent('[data-testid="report-economy"]'))?.replace(/\u00a0/g, ' ')).toContain(
			'\u22121 068 tkr'
		);
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('nav')).toBe(false);
		await screenshot(page, 'rapport-nybro-print');
		expect(problems).toEqual([]);
	});
});
