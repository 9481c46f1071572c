import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

const HEADER = 'kommun;period_start;period_end;period_kind;period_label;measure;sex;unit_area;value;unit;n';
/** Test-only, clearly synthetic rows in the format Swedish Excel saves (cp1252, ';', decimal comma). */
const cp1252 = (s: string) => Buffer.from([...s].map((c) => c.charCodeAt(0)));

describe('Data: loading a user’s own extract', () => {
	it('rejects a bad file naming row and column, keeps what was loaded, then accepts a good one', async () => {
		const { page, problems } = await visit(site, '/data/');
		await waitForData(page);
		await page.waitForSelector('#measure-catalogue tbody tr');
		const before = await page.textContent('#measure-catalogue');

		await page.selectOption('select', 'sick_leave');
		await page.setInputFiles('input[type=file]', {
			name: 'syntetisk-fel.csv',
			mimeType: 'text/csv',
			buffer: cp1252(
				`${HEADER}\r\n0881;2024-01-01;2024-01-31;month;jan 2024;sick_leave_total_pct;K;Enhet Å;sex;%;24\r\n`
			)
		});
		await page.waitForSelector('[data-testid="upload-result"] .err');
		const err = await page.textContent('[data-testid="upload-result"]');
		expect(err).toContain('syntetisk-fel.csv, rad 2, kolumn value');
		expect(await page.textContent('#measure-catalogue')).toBe(before);

		await page.setInputFiles('input[type=file]', {
			name: 'syntetisk.csv',
			mimeType: 'text/csv',
			buffer: cp1252(
				`${HEADER}\r\n0881;2024-01-01;2024-01-31;month;jan 2024;sick_leave_total_pct;K;Enhet Å;6,8;%;24\r\n0881;2024-02-01;2024-02-29;month;feb 2024;sick_leave_total_pct;K;Enhet Å;7,1;%;24\r\n`
			)
		});
		await page.waitForSelector('[data-testid="upload-result"] .ok');
		expect(await page.textContent('[data-testid="upload-result"]')).toContain('2 rader inlästa (CSV, windows-1252');
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'data-upload');
		expect(problems).toEqual([]);
	});

	it('a Senior Alert extract per unit and month shows in Rapport, one line per unit, marked as the user’s own', async () => {
		const { page, problems } = await visit(site, '/data/');
		await waitForData(page);
		await page.waitForSelector('#measure-catalogue tbody tr');
		// Clearly synthetic, test-only: three units × four months for Gnesta.
		const lines = ['A', 'B', 'C'].flatMap((u, i) =>
			[1, 2, 3, 4].map(
				(m) =>
					`0461;2024-0${m}-01;2024-0${m}-${m === 2 ? 29 : 28};month;${['jan', 'feb', 'mar', 'apr'][m - 1]} 2024;senior_alert_bmi_under22_pct;T;Syntetisk enhet ${u};${20 + i + m},5;%;${12 + i}`
			)
		);
		await page.selectOption('select', 'senior_alert');
		await page.setInputFiles('input[type=file]', {
			name: 'syntetisk-senior-alert.csv',
			mimeType: 'text/csv',
			buffer: cp1252(`${HEADER}\r\n${lines.join('\r\n')}\r\n`)
		});
		await page.waitForSelector('[data-testid="upload-result"] .ok');
		expect(await page.textContent('[data-testid="upload-result"]')).toContain('12 rader inlästa');

		// Client-side navigation keeps the loaded extract (it lives in this browser tab only).
		await page.click('nav >> text=Rapport');
		await page.waitForSelector('h1:has-text("Rapport till nämnden")');
		await page.selectOption('form.picker select >> nth=0', '0461');
		const quality = 'section[aria-labelledby="h-kvalitet-och-senior-alert"]';
		await page.waitForSelector(`${quality} [data-testid="unit-trends"] [data-chart-ready="true"]`);
		const section = (await page.textContent(`${quality} [data-testid="unit-trends"]`)) ?? '';
		expect(section).toContain('Andel med BMI under 22');
		expect(section).toContain('3 enheter');
		expect(section).toContain('Syntetisk enhet B');
		expect(await page.textContent(quality)).toContain('Eget extrakt: syntetisk-senior-alert.csv');
		expect(await axeViolations(page)).toEqual([]);
		await page.locator(quality).screenshot({ path: 'test-results/rapport-user-senior-alert.png' });
		expect(problems).toEqual([]);
	});
});
