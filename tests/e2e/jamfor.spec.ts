import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadText } from './helpers/download';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

describe('Jämför', () => {
	it('sick leave across municipalities: chart, table, comparability note, CSV export', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=sick_leave_total_pct');
		await waitForData(page);
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		const text = await page.textContent('[data-testid="compare-result"]');
		expect(text).toContain('Sjukfrånvaro totalt');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'jamfor-sjukfranvaro');
		const csv = await downloadText(page, () => page.click('[data-testid="compare-result"] >> text=Ladda ner CSV >> nth=0'));
		expect(csv.name).toBe('jamfor-sick_leave_total_pct-over-tid.csv');
		const [header, ...lines] = csv.text.trim().split('\r\n');
		expect(header).toBe('Kommun;Period;Värde (%);Rang (1 = lägst);Anmärkning');
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(l).toMatch(/^[A-ZÅÄÖ][a-zåäö]+;[^;]+;\d+(,\d+)?;\d*;/);
		expect(problems).toEqual([]);
	});

	it('the URL holds the view: selecting a municipality adds it, back restores', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=sick_leave_total_pct');
		await waitForData(page);
		await page.waitForSelector('fieldset input[type=checkbox]');
		const before = page.url();
		await page.locator('fieldset label', { hasText: 'Gnesta' }).locator('input').uncheck();
		await page.waitForURL(/kommuner=/);
		expect(page.url()).not.toContain('0461');
		await page.goBack();
		await page.waitForURL(before);
		expect(await page.locator('fieldset label', { hasText: 'Gnesta' }).locator('input').isChecked()).toBe(true);
		expect(problems).toEqual([]);
	});

	it('index normalisation labels its axis and rows', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=sick_leave_total_pct&norm=index');
		await waitForData(page);
		await page.waitForSelector('[data-testid="compare-result"] h2');
		expect(await page.textContent('[data-testid="compare-result"] h2')).toContain('index, basår = 100');
		expect(problems).toEqual([]);
	});
});
