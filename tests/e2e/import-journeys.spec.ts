import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cp1252 } from '../adversarial/build-files';
import { confirm, digest, upload } from './helpers/import';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
let page: Page;
let problems: string[];
beforeAll(async () => {
	site = await openSite();
	({ page, problems } = await visit(site, '/data/?testhook'));
	await waitForData(page);
	await page.waitForSelector('[data-testid="own-extracts"]');
});
afterAll(async () => site?.close());

/** Clearly synthetic, test-only: three units × four months of Senior Alert for Gnesta, as Swedish Excel saves it. */
const HEADER = 'kommun;period_start;period_end;period_kind;period_label;measure;sex;unit_area;value;unit;n';
const seniorAlert = ['A', 'B', 'C'].flatMap((u, i) =>
	[1, 2, 3, 4].map(
		(m) =>
			`0461;2025-0${m}-01;2025-0${m}-${m === 2 ? 28 : 30};month;${['jan', 'feb', 'mar', 'apr'][m - 1]} 2025;senior_alert_bmi_under22_pct;T;Syntetisk enhet ${u};${20 + i + m},5;%;${12 + i}`
	)
);
const seniorFile = {
	name: 'syntetisk-senior-alert.csv',
	buffer: cp1252(`${HEADER}\r\n${seniorAlert.join('\r\n')}\r\n`)
};
let baseline: Record<string, string>;

describe('Data: a user’s own files, from drop to every view and back out', () => {
	it('maps, reports and only then loads a Senior Alert extract; Rapport cites the file and row', async () => {
		baseline = await digest(page);
		const card = await upload(page, seniorFile, { formatKey: 'long:senior_alert' });
		const report = (await card.textContent()) ?? '';
		expect(report).toContain('12 rader lästa, 12 rader godkända');
		expect(report).toContain('Gnesta (0461), jan 2025: 3 rader');
		// Nothing is added before the user confirms.
		expect(await digest(page)).toEqual(baseline);
		await screenshot(page, 'import-report');
		await confirm(card);
		expect(await card.getAttribute('data-phase')).toBe('done');
		expect(await page.textContent('[data-testid="own-extracts"]')).toMatch(/syntetisk-senior-alert\.csv.*0461.*12/s);
		expect(await axeViolations(page)).toEqual([]);

		await page.click('nav >> text=Rapport');
		await page.waitForSelector('h1:has-text("Rapport till nämnden")');
		await page.selectOption('form.picker select >> nth=0', '0461');
		const quality = 'section[aria-labelledby="h-kvalitet-och-senior-alert"]';
		await page.waitForSelector(`${quality} [data-testid="unit-trends"] [data-chart-ready="true"]`);
		const section = ((await page.textContent(quality)) ?? '').replace(/\s/g, ' ');
		expect(section).toContain('3 enheter');
		expect(section).toContain('Syntetisk enhet B');
		// Unit B, March: 20 + 1 + 3 = 24,5 %; cited as the file and its row (header = row 1).
		expect(section).toContain('24,5 %');
		expect(section).toContain('syntetisk-senior-alert.csv (egen fil), rad 8');
	});

	it('keeps the file after a reload and lists it with kind, kommun, periods and rows', async () => {
		const t0 = Date.now();
		await page.goto(site.url + '/data/?testhook');
		await waitForData(page);
		console.log(`data ready after reload: ${Date.now() - t0} ms`);
		await page.waitForSelector('[data-testid="own-extracts"] tr[data-file="syntetisk-senior-alert.csv"]');
		console.log(`own file restored after reload: ${Date.now() - t0} ms`);
		const row = (await page.textContent('tr[data-file="syntetisk-senior-alert.csv"]')) ?? '';
		expect(row).toContain('Senior Alert');
		expect(row).toContain('0461');
		expect(row).toContain('jan 2025');
		expect(row).toContain('12');
		await page.click('nav >> text=Rapport');
		await page.selectOption('form.picker select >> nth=0', '0461');
		await page.waitForSelector('section[aria-labelledby="h-kvalitet-och-senior-alert"] [data-testid="unit-trends"]');
	});

	it('refuses the same figures again under another name, and a bad file, leaving every table identical', async () => {
		await page.click('nav >> text=Data');
		await page.waitForSelector('[data-testid="own-extracts"] tr[data-file]');
		const before = await digest(page);
		const again = await upload(page, { ...seniorFile, name: 'samma-igen.csv' });
		expect(await again.textContent()).toContain(
			'samma figur finns redan inläst (syntetisk-senior-alert.csv (egen fil))'
		);
		expect(await again.locator('[data-testid="confirm-import"]').count()).toBe(0);
		const bad = await upload(page, {
			name: 'fel.csv',
			buffer: cp1252(
				`${HEADER}\r\n0461;2025-05-01;2025-05-31;month;maj 2025;senior_alert_bmi_under22_pct;T;Syntetisk enhet A;sex;%;12\r\n`
			)
		});
		expect(await bad.textContent()).toMatch(/fel\.csv\s*2\s*value\s*”sex” är inget tal/);
		expect(await digest(page)).toEqual(before);
	});

	it('lets the user correct a wrong mapping, then reuses it next month without asking', async () => {
		const file = (month: string, cells: string) => ({
			name: `arenden-${month}.csv`,
			buffer: Buffer.from(
				`Kommun;Månad;Mått;Enhet;Anställda;Antal\n461;${month};concern_reports_count;Syntetisk mottagning;${cells}\n`
			)
		});
		// The user first takes "Anställda" for the value (wrong), sees it in the report, and corrects it.
		const card = await upload(page, file('2025-05', '987;1234'), {
			formatKey: 'long:caseload',
			mapping: { value: 'Anställda' }
		});
		expect(await card.textContent()).toContain('1 rad godkända');
		await card.locator('[data-testid="edit-mapping"]').click();
		await card.locator('select[data-field="value"]').selectOption({ label: 'Antal' });
		await card.locator('select[data-field="n"]').selectOption({ label: 'Anställda' });
		await card.locator('[data-testid="check-file"]').click();
		await confirm(card);
		const next = await upload(page, file('2025-06', '41;1302'));
		expect(await next.textContent()).toContain('Kolumnkopplingen från förra gången');
		await confirm(next);
		await page.click('nav >> text=Rapport');
		await page.selectOption('form.picker select >> nth=0', '0461');
		const section = page.locator('section[aria-labelledby="h-ärenden-och-volymer"]');
		await section.locator('text=Syntetisk mottagning').first().waitFor({ state: 'attached' });
		const text = ((await section.textContent()) ?? '').replace(/\s/g, ' ');
		expect(text).toMatch(/1 234/);
		expect(text).toMatch(/1 302/);
		expect(text).toContain('arenden-2025-06.csv (egen fil), rad 2');
		expect(text).not.toMatch(/987/);
	});

	it('loads an HR system’s sick hours for a kommun outside the documents; Personal shows the hour-weighted figure', async () => {
		await page.click('nav >> text=Data');
		// Clearly synthetic: a small unit at 10 % and a large one at 5 %; the committee is 180 / 3 300 = 5,45 %.
		const hr = [
			'Månad;Enhet;Kön;Ålder;Sjukfrånvarotimmar;Sjukfrånvaro dag 1-14;Sjukfrånvaro över 59 dagar;Ordinarie arbetstid;Antal anställda',
			'2025-01;Syntetisk liten enhet;K;30-49;30,0;30,0;0;300,0;12',
			'2025-01;Syntetisk stor enhet;K;30-49;150,0;100,0;0;3000,0;30'
		].join('\r\n');
		await page.setInputFiles('[data-testid="file-input"]', {
			name: 'hr-timmar.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(cp1252(hr + '\r\n'))
		});
		const card = page.locator('[data-testid="import-job"]').first();
		await card.locator('[data-testid="mapping-step"]').waitFor();
		expect(await card.locator('[data-testid="format-choice"]').inputValue()).toBe('hr_sick_hours');
		await card.locator('[data-testid="kommun-choice"]').selectOption('2480');
		await card.locator('[data-testid="check-file"]').click();
		await card.locator('[data-testid="import-report"]').waitFor();
		expect(await card.textContent()).toContain('2 rader lästa');
		await confirm(card);
		expect(await card.getAttribute('data-phase')).toBe('done');
		expect(await page.textContent('tr[data-file="hr-timmar.csv"]')).toContain('2480');
		await page.click('nav >> text=Personal');
		await page.selectOption('[data-testid="kommun"]', '2480');
		await page.waitForFunction(() => document.body.textContent?.includes('Umeå: per kön och period'), null, {
			timeout: 30_000
		});
		const text = ((await page.textContent('main')) ?? '').replace(/\s/g, ' ');
		// Σ sick hours / Σ scheduled hours = 180 / 3 300, never the mean of 10 % and 5 %.
		expect(text).toContain('Totaltjan 20255,5 %');
		expect(text).toContain('Källa: hr-timmar.csv (egen fil), rad 2');
		expect(text).toContain('Umeå Totalt jan 2025: 5,5 %');
		expect(text).not.toContain('Umeå Totalt jan 2025: 7,5');
		await screenshot(page, 'import-personal-umea');
	});

	it('removes one file, then all own data: the tables are as before the first file', async () => {
		await page.click('nav >> text=Data');
		await page.waitForSelector('tr[data-file="syntetisk-senior-alert.csv"]');
		await page.click('button[aria-label="Ta bort syntetisk-senior-alert.csv"]');
		await page.waitForSelector('tr[data-file="syntetisk-senior-alert.csv"]', { state: 'detached' });
		page.once('dialog', (d) => void d.accept());
		await page.click('[data-testid="clear-own"]');
		await page.waitForSelector('[data-testid="own-extracts"] tr[data-file]', { state: 'detached' });
		expect(await digest(page)).toEqual(baseline);
		await page.goto(site.url + '/data/?testhook');
		await waitForData(page);
		await page.waitForSelector('[data-testid="own-extracts"] >> text=Inga egna filer');
		expect(await digest(page)).toEqual(baseline);
		expect(problems).toEqual([]);
	});
});
