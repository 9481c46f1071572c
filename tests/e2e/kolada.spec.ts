import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_OPENDATA, OPENDATA } from '../helpers/paths';
import { downloadText } from './helpers/download';
import { axeViolations, openChartTables, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

const DUMP = join(OPENDATA, 'kolada_values_long.csv');

// One rule: these run whenever ../shared/opendata is present (npm test then imports it into the
// build); a build without Kolada beside the dump is a failure, not a skip.
const hasKolada = HAS_OPENDATA;

function latestInDump(kpi: string, kommun: string): [number, number] {
	const rows = readFileSync(DUMP, 'utf8')
		.split('\n')
		.map((l) => l.split(','))
		.filter((c) => c[0] === kpi && c[1] === kommun && c[3] !== '');
	const last = rows.sort((a, b) => Number(a[2]) - Number(b[2])).at(-1)!;
	return [Number(last[2]), Number(last[3])];
}

function valueInDump(kpi: string, kommun: string, year: number): number {
	const row = readFileSync(DUMP, 'utf8')
		.split('\n')
		.map((l) => l.split(','))
		.find((c) => c[0] === kpi && c[1] === kommun && c[2] === String(year));
	if (!row) throw new Error(`${kpi} ${kommun} ${year} is not in the dump`);
	return Number(row[3]);
}

let site: Site;
beforeAll(async () => {
	if (hasKolada) site = await openSite();
});
afterAll(async () => site?.close());

describe.skipIf(!hasKolada)('Kolada: national comparison in the views', () => {
	it('Personal: Timrå sick leave beside Riket, liknande kommuner and all kommuner, with source and vintage', async () => {
		const { page, problems } = await visit(site, '/personal/?kommun=2262');
		await waitForData(page);
		await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 30_000 });
		await page.waitForSelector('[data-testid="kolada-summary"]');
		// As a reader sees it: markup line breaks collapse to one space (non-breaking spaces stay).
		const text = ((await page.textContent('[data-testid="kolada-benchmark"]')) ?? '').replace(/[ \t\n]+/g, ' ');
		expect(text).toContain('N00090');
		// The newest year Timrå has a figure, read here from the dump itself, not from the app.
		const [year, value] = latestInDump('N00090', '2262');
		expect(text).toContain(`${year}: Timrå ${value.toFixed(1).replace('.', ',')}\u00a0%`);
		expect(text).toMatch(/plats \d+ av \d{3} kommuner \(1 = lägst värde, lägre är bättre\)/);
		expect(text).toContain('Källa: Kolada (RKA), hämtat 2024-08, år 1994–2022');
		expect(text).toContain('Inte samma mått');
		await page.waitForSelector('[data-testid="kolada-benchmark"] [data-chart-ready="true"]');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'kolada-personal-timra');
		expect(problems).toEqual([]);
	});

	it('Jämför: a Kolada KPI across kommuner, a kommun added by name, Riket not ranked, CSV export', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=kolada:N00090&fran=2018');
		await waitForData(page);
		await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 30_000 });
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]');
		await page.fill('#add-kommun', 'Sundsvall');
		await page.click('form.add button[type=submit]');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('kommuner')?.includes('2281'));
		await page.waitForFunction(() =>
			document.querySelector('[data-testid="compare-result"]')?.textContent?.includes('Sundsvall')
		);
		const csv = await downloadText(page, () =>
			page.click('[data-testid="compare-result"] >> text=Ladda ner CSV >> nth=0')
		);
		const lines = csv.text.trim().split('\r\n');
		const riket = lines.filter((l) => l.startsWith('Riket;'));
		expect(riket.length).toBeGreaterThan(0);
		for (const l of riket) expect(l.split(';')[3]).toBe(''); // Riket has no rank
		expect(lines.some((l) => l.startsWith('Sundsvall;2022;'))).toBe(true);
		expect(await page.textContent('[data-testid="compare-result"]')).toContain('Källa: Kolada (RKA)');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'kolada-jamfor');
		expect(problems).toEqual([]);
	});

	it('Rapport: Gnesta national comparison per matching measure; ej verkställda beslut says there is none', async () => {
		const { page, problems } = await visit(site, '/rapport/?kommun=0461');
		await waitForData(page);
		await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 30_000 });
		await page.waitForSelector('[data-testid="national-comparison"] [data-testid="kolada-summary"]');
		expect(await page.textContent('[data-testid="national-comparison"]')).toContain('U23401');
		expect(await page.textContent('[data-testid="evb-no-national"]')).toContain('ingen nationell jämförelse');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('Data: says which Kolada data are loaded, how old, and what is odd about them', async () => {
		const { page, problems } = await visit(site, '/data/');
		await waitForData(page);
		await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 30_000 });
		const text = ((await page.textContent('[data-testid="kolada-status"]')) ?? '').replace(/[ \n\t]+/g, ' ');
		expect(text).toContain('Källa: Kolada (RKA), inläst från Kolada-filer 2024-08, år 1994–2022');
		expect(text).toMatch(/343\u00a0963 värden/);
		expect(text).toContain('sex värdesiffror');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	for (const [norm, kpis, heading] of [
		['per_1000_inv', ['N01951'], 'Nämnare: tusen invånare (Kolada N01951)'],
		['per_1000_inv65', ['N01956', 'N01957'], 'Nämnare: tusen invånare 65+ (Kolada N01956 + N01957)']
	] as const)
		it(`Jämför ${norm}: Timrå's income-support households divided by its population in the dump for the same year`, async () => {
			const { page, problems } = await visit(
				site,
				`/jamfor/?matt=income_support_households_count&kommuner=2262&norm=${norm}`
			);
			await waitForData(page);
			await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 30_000 });
			await page.waitForSelector(`input[name=norm][value=${norm}]:checked`);
			await openChartTables(page);
			// The first answer may predate Kolada (no population yet): wait for one with a denominator.
			await page.waitForFunction(() =>
				[...document.querySelectorAll('[data-testid="compare-result"] table')].some(
					(t) =>
						[...t.querySelectorAll('th')].some((th) => th.textContent?.startsWith('Nämnare')) &&
						[...t.querySelectorAll('tbody tr')].some((tr) =>
							/\d/.test(tr.querySelectorAll('td, th')[3]?.textContent ?? '')
						)
				)
			);
			const csv = await downloadText(page, () =>
				page.click('[data-testid="compare-result"] >> text=Ladda ner CSV >> nth=0')
			);
			const [header, ...lines] = csv.text.trim().split('\r\n');
			const cols = header!.split(';');
			const at = (l: string, name: string) => l.split(';')[cols.findIndex((c) => c.startsWith(name))] ?? '';
			const divided = lines.filter((l) => at(l, 'Nämnare') !== '');
			expect(divided.length).toBeGreaterThan(0);
			for (const l of divided) {
				const year = Number(at(l, 'Period').slice(-4));
				const population = kpis.reduce((sum, kpi) => sum + valueInDump(kpi, '2262', year), 0);
				expect(Number(at(l, 'Nämnare').replace(',', '.')) * 1000).toBeCloseTo(population, 6);
				expect(Number(at(l, 'Per 1 000').replace(',', '.'))).toBeCloseTo(
					Number(at(l, 'Värde').replace(',', '.')) / (population / 1000),
					6
				);
			}
			expect(cols).toContain(heading);
			expect(await axeViolations(page)).toEqual([]);
			expect(problems).toEqual([]);
		});
});
