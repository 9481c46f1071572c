import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { navigate } from './helpers/navigate';
import { openChartTables, openSite, visit, waitForData, type Site, type Visit } from './helpers/site';

// One loaded page for the whole file (CI time); each view is a navigation within it.
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

/** Each report's forecast deviation for the year, as the committee's own total states it. */
const REPORTS = [
	{ kommun: '0881', name: 'Nybro', report: 'nybro-2024-t2', label: 'T2 2024', tkr: '\u22121 068 tkr' },
	{ kommun: '2085', name: 'Ludvika', report: 'ludvika-2023-jan-dec', label: 'jan–dec 2023', tkr: '\u221253 800 tkr' },
	{ kommun: '0461', name: 'Gnesta', report: 'gnesta-2023-delar', label: 'Delår jan–aug 2023', tkr: '\u22128 225 tkr' },
	{ kommun: '2262', name: 'Timrå', report: 'timra-2023-delar', label: 'Delår jan–aug 2023', tkr: '\u221240 886 tkr' }
];

/** Navigate in the loaded app and wait until `selector` shows `expected` (the previous view's figure may linger a moment). */
async function go(page: Page, path: string, selector: string, expected = '') {
	await navigate(page, site.url + path);
	await page.waitForFunction(
		([sel, exp]) => {
			const el = document.querySelector(sel!);
			return el != null && (el.textContent ?? '').replace(/\s+/g, ' ').includes(exp!);
		},
		[selector, expected],
		{ timeout: 30_000 }
	);
}

describe('one answer per question: the forecast deviation of each report', () => {
	it('Översikt shows each card with the figure and links it to its Ekonomi report', async () => {
		await go(v.page, '/', '[data-testid="headline-cards"] li');
		for (const r of REPORTS) {
			const card = v.page.locator('[data-testid="headline-cards"] li', { hasText: `${r.name} – ${r.label}` });
			expect(text(await card.locator('.big').textContent())).toContain(r.tkr);
			expect(await card.locator('h3 a').getAttribute('href')).toContain(
				`/ekonomi/?kommun=${r.kommun}&rapport=${r.report}`
			);
		}
	});

	it('Ekonomi, Rapport and Jämför state the same figure', async () => {
		for (const r of REPORTS) {
			await go(v.page, `/ekonomi/?kommun=${r.kommun}&rapport=${r.report}`, '#h-head', `${r.name}:`);
			await v.page.waitForSelector('[data-testid="economy-headline"]');
			const ekonomi = v.page.locator('[data-testid="economy-headline"] div', {
				hasText: /Prognosavvikelse|Avvikelse helår/
			});
			expect(text(await ekonomi.locator('dd').textContent()), `Ekonomi ${r.name}`).toContain(r.tkr);

			await go(v.page, `/rapport/?kommun=${r.kommun}&rapport=${r.report}`, '[data-testid="report-economy"]', r.label);
			expect(text(await v.page.textContent('[data-testid="report-economy"]')), `Rapport ${r.name}`).toContain(r.tkr);
		}
		await go(
			v.page,
			`/jamfor/?matt=budget_net_deviation_year&kommuner=${REPORTS.map((r) => r.kommun).join(',')}`,
			'[data-testid="compare-result"] [data-chart-ready="true"]'
		);
		const rows = await v.page.$$eval('[data-testid="compare-result"] table', (tables) => {
			const t = tables[0]!;
			const head = Array.from(t.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
			return Array.from(t.querySelectorAll('tbody tr')).map((tr) => {
				const cells = Array.from(tr.querySelectorAll('th, td')).map((c) => c.textContent ?? '');
				return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
			});
		});
		for (const r of REPORTS) {
			// One row per kommun: each states its year's deviation for one period only.
			const row = rows.find((x) => x['Kommun'] === r.name);
			expect(text(row?.['Värde (tkr)']), `Jämför ${r.name}`).toBe(r.tkr);
		}
		expect(v.problems).toEqual([]);
	});
});

describe('each view opens on the most complete report', () => {
	it('Ekonomi opens on the newest report with a forecast; Ludvika on its year-end report, Timrå on the delår', async () => {
		await go(v.page, '/ekonomi/', '#h-head', 'Nybro');
		expect(text(await v.page.textContent('#h-head'))).toContain('Nybro: T2 2024');
		await go(v.page, '/ekonomi/?kommun=2085', '#h-head', 'Ludvika');
		expect(text(await v.page.textContent('#h-head'))).toContain('jan–dec 2023');
		await go(v.page, '/ekonomi/?kommun=2262', '#h-head', 'Timrå');
		await v.page.waitForSelector('[data-testid="economy-headline"]');
		expect(text(await v.page.textContent('#h-head'))).toContain('Delår jan–aug 2023');
		expect(text(await v.page.textContent('[data-testid="economy-headline"]'))).toContain('Prognos helår');
	});

	it("Timrå's Rapport takes areas and headline from the same report, and never says 'no decisions' beside a queue", async () => {
		await go(v.page, '/rapport/?kommun=2262', 'h1', 'Timrå');
		await v.page.waitForSelector('[data-testid="report-economy"]');
		expect(text(await v.page.textContent('.lead'))).toContain('Delår jan–aug 2023');
		expect(text(await v.page.textContent('[data-testid="report-economy"]'))).toContain('Delår jan–aug 2023');
		await v.page.waitForFunction(
			() => !document.querySelector('#h-evb')?.parentElement?.textContent?.includes('Hämtar')
		);
		expect(await v.page.textContent('section[aria-labelledby="h-evb"]')).not.toContain('redovisar inga ej verkställda');
	});
});
