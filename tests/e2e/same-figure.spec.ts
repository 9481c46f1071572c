import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadText } from './helpers/download';
import { navigate } from './helpers/navigate';
import { openChartTables, openSite, visit, waitForData, type Site, type Visit } from './helpers/site';

// One sign convention and one decimals rule: the same figure reads alike in every view and export.
let site: Site;
let v: Visit;
beforeAll(async () => {
	site = await openSite();
	v = await visit(site, '/');
	await waitForData(v.page);
	await openChartTables(v.page);
});
afterAll(async () => site?.close());

const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const MINUS = '\u2212';

/** Navigate in the loaded app and wait until `selector` has some element whose text includes `expected`. */
async function go(page: Page, path: string, selector: string, expected: string) {
	await navigate(page, site.url + path);
	await page.waitForFunction(
		([sel, exp]) =>
			Array.from(document.querySelectorAll(sel!)).some((el) =>
				(el.textContent ?? '').replace(/\s+/g, ' ').includes(exp!)
			),
		[selector, expected],
		{ timeout: 30_000 }
	);
}

/** Every table row in `root` that mentions `needle`, its cells joined by " | ". */
async function rowsWith(page: Page, root: string, needle: string): Promise<string[]> {
	const rows = await page.$$eval(`${root} tr`, (trs) =>
		trs.map((tr) => Array.from(tr.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '))
	);
	return rows.filter((r) => r.includes(needle));
}

describe('one sign convention: a budget reads the same in Ekonomi and Jämför', () => {
	// Timrå's delår jan–aug 2023, the committee total: årsbudget −508 629 tkr (a net cost, negative).
	const BUDGET = `${MINUS}508 629`;

	it('Ekonomi states the budget as a negative net cost', async () => {
		await go(
			v.page,
			'/ekonomi/?kommun=2262&rapport=timra-2023-delar',
			'[data-testid="area-table"] tr',
			'SOCIALNÄMNDEN'
		);
		const [total] = await rowsWith(v.page, '[data-testid="area-table"]', 'SOCIALNÄMNDEN');
		expect(total).toContain(`${BUDGET} tkr`);
		expect(text(await v.page.textContent('[data-testid="economy-headline"]'))).toContain(`Budget helår ${BUDGET} tkr`);
	});

	it('Jämför shows the same budget with the same sign, as a measure and as the denominator of "% av budget"', async () => {
		await go(
			v.page,
			'/jamfor/?matt=budget_net_budget_year&kommuner=2262',
			'[data-testid="compare-result"] tr',
			'Timrå'
		);
		expect(await rowsWith(v.page, '[data-testid="compare-result"]', 'jan–aug 2023')).toEqual(
			expect.arrayContaining([expect.stringContaining(`${BUDGET} tkr`)])
		);
		expect(await v.page.textContent('[data-testid="sign-convention"]')).toContain('nettobudget är negativa');

		await go(
			v.page,
			'/jamfor/?matt=budget_net_deviation_year&kommuner=2262&norm=pct_budget',
			'[data-testid="compare-result"] tr',
			`${MINUS}40 886 tkr`
		);
		const [row] = await rowsWith(v.page, '[data-testid="compare-result"]', 'Timrå');
		// Deviation, budget (same sign as Ekonomi), and the share, which keeps the deviation's sign.
		expect(row).toContain(`| ${MINUS}40 886 tkr | ${BUDGET} | ${MINUS}8,0 |`);
		const csv = await downloadText(v.page, () =>
			v.page.locator('[data-testid="compare-result"] button', { hasText: 'Ladda ner CSV' }).first().click()
		);
		expect(csv.text).toMatch(/Timrå;[^\r\n]*;-40886;-508629;/);
	});
});

describe('one decimals rule: as the document printed it, in Personal, Rapport, Jämför and the CSV', () => {
	// Gnesta's sick leave jan–aug 2022 is printed "8,76%": never 8,8.
	it('Gnesta’s 8,76 % in Personal and its CSV', async () => {
		await go(v.page, '/personal/?kommun=0461', 'section[aria-labelledby="h-sjuk"] tr', 'jan–aug 2022');
		// Total sick leave of the whole staff (the section's tables also list women, men and the other measures).
		const rows = (await rowsWith(v.page, 'section[aria-labelledby="h-sjuk"]', 'Totalt | jan–aug 2022 |')).filter(
			(r) => !r.includes('över 59 dagar') && !r.includes('dag 1–14')
		);
		expect(rows.length).toBeGreaterThan(0);
		// The figure table says "8,76 %"; the chart's data table says 8,76 under "Värde (%)".
		for (const r of rows) expect(r).toMatch(/\| 8,76( %)? \|/);
		expect(rows.some((r) => r.includes('| 8,76 % |'))).toBe(true);
		const csv = await downloadText(v.page, () =>
			v.page.locator('section[aria-labelledby="h-sjuk"] button', { hasText: 'Ladda ner CSV' }).first().click()
		);
		expect(csv.text).toMatch(/jan–aug 2022;8,76;/);
	});

	it('the same 8,76 % in Jämför, its chart summary and its CSV', async () => {
		await go(v.page, '/jamfor/?matt=sick_leave_total_pct&kommuner=0461', '[data-testid="compare-result"] tr', 'Gnesta');
		const rows = await rowsWith(v.page, '[data-testid="compare-result"]', '| jan–aug 2022 |');
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) expect(r).toContain('8,76 %');
		expect(text(await v.page.textContent('[data-testid="compare-result"]'))).not.toContain('8,8 %');
		const csv = await downloadText(v.page, () =>
			v.page.locator('[data-testid="compare-result"] button', { hasText: 'Ladda ner CSV' }).first().click()
		);
		expect(csv.text).toMatch(/Gnesta;jan–aug 2022;8,76;/);
	});

	it('Rapport keeps the printed decimals too: Gnesta’s 98,85 % and Timrå’s 81,3, as in Jämför', async () => {
		await go(v.page, '/rapport/?kommun=0461', 'main tr', 'LSS 9 § 9 intern');
		// The long folded table of a domain is built once the page is idle (after its charts).
		await expect
			.poll(() => rowsWith(v.page, 'main', 'LSS 9 § 9 intern | 2021'), { timeout: 10_000 })
			.toEqual(expect.arrayContaining([expect.stringContaining('98,85 %')]));
		await go(v.page, '/jamfor/?matt=occupancy_rate_pct&kommuner=0461', '[data-testid="compare-result"] tr', 'Gnesta');
		expect(await rowsWith(v.page, '[data-testid="compare-result"]', '| 2021 |')).toEqual(
			expect.arrayContaining([expect.stringContaining('98,85 %')])
		);

		await go(v.page, '/rapport/?kommun=2262', '[data-testid="key-indicators"] tr', 'Medarbetarengagemang');
		const [hme] = await rowsWith(v.page, '[data-testid="key-indicators"]', 'Medarbetarengagemang');
		expect(hme).toContain('81,3');
		await go(v.page, '/jamfor/?matt=hme_total_index&kommuner=2262', '[data-testid="compare-result"] tr', 'Timrå');
		expect(await rowsWith(v.page, '[data-testid="compare-result"]', '| 2022 |')).toEqual(
			expect.arrayContaining([expect.stringContaining('81,3')])
		);
	});

	it('no problems on the way', () => expect(v.problems).toEqual([]));
});
