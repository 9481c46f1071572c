import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadText } from './helpers/download';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

/** A CSV export as objects keyed by column heading; numbers in plain Swedish form (decimal comma). */
function csvRecords(text: string): Record<string, string>[] {
	const [header, ...lines] = text.trim().split('\r\n');
	const keys = header!.split(';');
	return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [keys[i]!, v])));
}
const num = (s: string | undefined) => Number((s ?? '').replace(',', '.'));

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());
// Each test opens its own page with DuckDB and Kolada loaded; close it, or a loaded machine runs out of room.
afterEach(async () => {
	for (const c of site.browser.contexts()) await c.close();
});

describe('Jämför', () => {
	it('sick leave across municipalities: chart, table, comparability note, CSV export', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=sick_leave_total_pct');
		await waitForData(page);
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		const text = await page.textContent('[data-testid="compare-result"]');
		expect(text).toContain('Sjukfrånvaro totalt');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'jamfor-sjukfranvaro');
		const csv = await downloadText(page, () =>
			page.click('[data-testid="compare-result"] >> text=Ladda ner CSV >> nth=0')
		);
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
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		expect(await page.textContent('[data-testid="compare-result"] h2')).toContain('index, basår = 100');
		expect(problems).toEqual([]);
	});

	it('per årsarbetare: Gnesta bed days divided by the årsarbetare Jämför itself shows for the same period', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=occupied_bed_days&norm=per_fte');
		await waitForData(page);
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		expect(await page.textContent('[data-testid="compare-result"] h2')).toContain('dagar per årsarbetare');
		const csv = await downloadText(page, () =>
			page.click('[data-testid="compare-result"] >> text=Ladda ner CSV >> nth=0')
		);
		const rows = csvRecords(csv.text).filter((r) => r['Nämnare: årsarbetare'] !== '');
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows)
			expect(num(r['Per årsarbetare (dagar per årsarbetare)'])).toBeCloseTo(
				num(r['Värde (dagar)']) / num(r['Nämnare: årsarbetare']),
				6
			);

		const fte = await visit(site, '/jamfor/?matt=staff_fte&kommuner=0461');
		await waitForData(fte.page);
		await fte.page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		const staff = csvRecords(
			(
				await downloadText(fte.page, () =>
					fte.page.click('[data-testid="compare-result"] >> text=Ladda ner CSV >> nth=0')
				)
			).text
		);
		for (const r of rows)
			expect(staff.find((s) => s.Period === r.Period)?.['Värde (årsarbetare)']).toBe(r['Nämnare: årsarbetare']);
		expect(await axeViolations(page)).toEqual([]);
		expect([...problems, ...fte.problems]).toEqual([]);
	});

	it("% av budget: the forecast deviation against each committee's annual budget, SVG export of the chart", async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=budget_net_deviation_year&norm=pct_budget');
		await waitForData(page);
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		const result = page.locator('[data-testid="compare-result"]');
		expect(await result.locator('h2').textContent()).toContain('% av budget');
		// Ranked where most municipalities meet: the two delår Jan–Aug 2023. Timrå −40 886 of |−508 629| tkr = −8,0 %.
		expect(await result.locator('h3').first().textContent()).toBe('Rangordning, jan–aug 2023');
		expect(await result.textContent()).toContain('Stapeldiagram i rangordning: 1. Gnesta −2,9; 2. Timrå −8,0.');
		expect((await page.textContent('[data-testid="no-denominator"]'))!.replace(/\s+/g, ' ')).toContain(
			'Utan budget i handlingen, därför inte i diagrammen (– i tabellen): Ludvika jan–dec 2023.'
		);
		// Nybro's T2 2024 can be ranked instead, and the choice is in the URL.
		await result.locator('select').selectOption({ label: 'T2 2024 (1 kommun)' });
		await page.waitForURL(/rang=2024-01-01_2024-08-31/);
		await page.waitForFunction(
			() => document.querySelector('[data-testid="compare-result"] h3')?.textContent === 'Rangordning, T2 2024'
		);
		expect(await result.textContent()).toContain('1. Nybro −0,3');
		const csv = await downloadText(page, () => result.locator('text=Ladda ner CSV').first().click());
		const timra = csvRecords(csv.text).find((r) => r.Kommun === 'Timrå');
		// The budget keeps the sign it has in Ekonomi (a net cost, negative: src/lib/domain/sign.ts).
		expect(timra).toMatchObject({ 'Värde (tkr)': '-40886', 'Nämnare: budget (tkr)': '-508629' });
		expect(num(timra?.['Andel av budget (%) (% av budget)'])).toBeCloseTo((100 * -40886) / 508629, 6);
		// Ludvika states the deviation but not the budget: no share is made up.
		expect(csvRecords(csv.text).find((r) => r.Kommun === 'Ludvika')?.['Nämnare: budget (tkr)']).toBe('');
		const svg = await downloadText(page, () => result.locator('text=Ladda ner SVG').first().click());
		expect(svg.name).toMatch(/\.svg$/);
		expect(svg.text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg.text).toContain('Timrå');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'jamfor-budget-procent');
		expect(problems).toEqual([]);
	});

	it('a normalisation the measure cannot support is neither offered nor applied from the URL', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=sick_leave_total_pct&norm=per_fte');
		await waitForData(page);
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		expect(await page.locator('input[name=norm][value=per_fte]').count()).toBe(0);
		expect(await page.textContent('[data-testid="compare-result"] h2')).not.toContain('per årsarbetare');
		expect(problems).toEqual([]);
	});
});
