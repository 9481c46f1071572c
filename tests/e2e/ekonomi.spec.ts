import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadText } from './helpers/download';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

const MINUS = '\u2212';
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('Ekonomi (controller)', () => {
	it('Timrå delår 2023: headline, ranked areas, drill-down with quotes, back button, CSV export', async () => {
		const { page, problems } = await visit(site, '/ekonomi/?kommun=2262&rapport=timra-2023-delar');
		await waitForData(page);
		await page.waitForSelector('[data-testid="economy-headline"]');
		expect(norm(await page.textContent('[data-testid="economy-headline"]'))).toContain(`${MINUS}40 886 tkr`);
		await page.waitForSelector('[data-testid="area-table"] tbody tr');
		const firstArea = await page.textContent('[data-testid="area-table"] tbody tr:nth-child(2) th a');
		expect(firstArea).toBe('Äldreomsorg - Särskilt boende');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'ekonomi-timra');

		const csv = await downloadText(page, () => page.click('text=Ladda ner tabellen (CSV)'));
		expect(csv.text.split('\r\n')[0]).toContain('Område;Standardområde;');
		expect(csv.text).toContain('Äldreomsorg - Särskilt boende;Äldreomsorg – särskilt boende;');
		expect(csv.text).toContain('-14717');

		await page.click('[data-testid="area-table"] tbody tr:nth-child(2) th a');
		await page.waitForSelector('[data-testid="area-detail"] [data-testid="cited-figures"] li');
		await page.waitForSelector('[data-testid="area-detail"] table');
		expect(page.url()).toContain('omrade=');
		expect(await page.textContent('[data-testid="area-detail"]')).toContain('NETTOKOSTNADER');
		await screenshot(page, 'ekonomi-timra-drill');
		await page.goBack();
		await page.waitForSelector('[data-testid="area-detail"]', { state: 'detached' });
		expect(problems).toEqual([]);
	});

	it('Nybro T2 2024: forecast deviation −1 068 tkr with its source line', async () => {
		const { page, problems } = await visit(site, '/ekonomi/?kommun=0881');
		await waitForData(page);
		await page.waitForSelector('[data-testid="economy-headline"]');
		expect(norm(await page.textContent('[data-testid="economy-headline"]'))).toContain(`${MINUS}1 068 tkr`);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('Botkyrka: says in words that there is no budget follow-up, and shows the state grants it does cite', async () => {
		const { page, problems } = await visit(site, '/ekonomi/?kommun=0127');
		await waitForData(page);
		await page.waitForSelector('[data-testid="no-budget"]');
		expect(await page.textContent('[data-testid="no-budget"]')).toContain('Botkyrka har ingen budgetuppföljning');
		await page.waitForSelector('[data-testid="cited-figures"] li');
		const items = await page.textContent('[data-testid="other-items"]');
		expect(items).toContain('Statsbidrag');
		expect(items).toMatch(/Källa: .+, rad \d+/);
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'ekonomi-botkyrka');
		expect(problems).toEqual([]);
	});

	it('Ludvika: shows how the deviation moved from jan–nov to jan–dec', async () => {
		const { page, problems } = await visit(site, '/ekonomi/?kommun=2085');
		await waitForData(page);
		await page.waitForSelector('[data-testid="movement"] table');
		expect(await page.textContent('[data-testid="movement"]')).toMatch(/jan–nov 2023|Jan–nov|nov/i);
		await screenshot(page, 'ekonomi-ludvika');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
});
