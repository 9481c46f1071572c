import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadText } from './helpers/download';
import { confirm, upload } from './helpers/import';
import { openChartTables, openSite, visit, waitForData, type Site } from './helpers/site';

/**
 * Jämför never leaves out a hidden figure and never shows it: the row says "skyddad" and why, in
 * the table, the chart's tooltip and the CSV. Clearly synthetic, test-only: Gnesta (0461), 2025,
 * men in March are 8 employees (hidden value 9,87 — it must appear nowhere).
 */
const HIDDEN = '9,87';
const lines = [
	'kommun;period;measure;sex;unit_area;value;n',
	...['2025-01', '2025-02', '2025-03'].flatMap((p, i) => [
		`0461;${p};sick_leave_total_pct;T;Syntetisk enhet S;6,${i + 1};${i === 2 ? 30 : 34}`,
		`0461;${p};sick_leave_total_pct;K;Syntetisk enhet S;5,${i + 1};22`,
		`0461;${p};sick_leave_total_pct;M;Syntetisk enhet S;${i === 2 ? HIDDEN : `7,${i + 1}`};${i === 2 ? 8 : 12}`
	])
];

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

describe('Jämför with a suppressed figure (a user’s own file)', () => {
	it('table, tooltip mark and CSV say "skyddad" with the reason; the number is nowhere', async () => {
		const { page, problems } = await visit(site, '/data/');
		await waitForData(page);
		const card = await upload(
			page,
			{ name: 'syntetisk-skyddad.csv', buffer: Buffer.from(lines.join('\n') + '\n') },
			{ formatKey: 'long:sick_leave' }
		);
		await confirm(card);
		expect(await card.getAttribute('data-phase')).toBe('done');

		// A fresh page: the file comes back from this browser's storage, as after any reload.
		await page.goto(`${site.url}/jamfor/?matt=sick_leave_total_pct&kommuner=0461&kon=M&enhet=Syntetisk+enhet+S`);
		await waitForData(page);
		await openChartTables(page);
		const note = page.locator('[data-testid="suppressed-note"]');
		await note.waitFor({ timeout: 60_000 });
		expect(await note.textContent()).toContain('Gnesta mar 2025 (skyddad: gruppen har 10 eller färre anställda)');
		const result = page.locator('[data-testid="compare-result"]');
		await result.locator('[data-chart-ready="true"]').first().waitFor();
		const table = (await result.locator('table').first().textContent()) ?? '';
		expect(table).toMatch(/mar 2025\s*skyddad/);
		expect(await result.textContent()).not.toContain(HIDDEN);
		// Its source is named with the reason in place of a quote (the quote would be the number);
		// the list of sources is built when opened (Citations.svelte).
		await result.locator('.citations summary').click();
		await result.locator('.citations li').first().waitFor();
		const sources = (await result.locator('.citations li').allTextContents()).filter((c) => c.includes('mar 2025'));
		expect(sources).toEqual([
			'Gnesta, mar 2025: Källa: syntetisk-skyddad.csv (egen fil), rad 10 – skyddad: gruppen har 10 eller färre anställda'
		]);
		expect(await result.textContent()).not.toContain(HIDDEN);

		const csv = await downloadText(page, () =>
			page.click('[data-testid="compare-result"] >> text=Ladda ner CSV >> nth=0')
		);
		const row = csv.text.split('\r\n').find((l) => l.includes('mar 2025'));
		expect(row).toBe('Gnesta;mar 2025;skyddad;;skyddad: gruppen har 10 eller färre anställda');
		expect(csv.text).not.toContain(HIDDEN);
		expect(problems).toEqual([]);
	});
});
