import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../helpers/paths';
import { downloadText } from './helpers/download';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

// The municipalities whose sick-leave extraction exists right now (others are still being written).
const WITH_SICK_LEAVE = [
	{ dir: 'botkyrka', kommun: '0127', name: 'Botkyrka' },
	{ dir: 'gnesta', kommun: '0461', name: 'Gnesta' },
	{ dir: 'timra', kommun: '2262', name: 'Timrå' }
].filter((k) => existsSync(join(DATA_DIR, k.dir, 'sick_leave.csv')));

describe('Personal', () => {
	it.each(WITH_SICK_LEAVE)(
		'$name: sick leave by sex, all measures, comparison and staff; axe clean',
		async ({ kommun, name }) => {
			const { page, problems } = await visit(site, `/personal/?kommun=${kommun}`);
			await waitForData(page);
			await page.waitForSelector('[data-testid="sick-totals"] tbody tr');
			await page.waitForSelector('[data-testid="sick-compare"] tbody tr');
			expect(await page.inputValue('[data-testid="kommun"]')).toBe(kommun);
			expect(await page.textContent('#h-sjuk')).toContain(name);
			expect(await page.textContent('[data-testid="sick-totals"]')).toMatch(/Källa: .+, rad \d+/);
			await page.waitForSelector('[data-testid="no-staffing"], [data-testid="staffing"]');
			expect(await axeViolations(page)).toEqual([]);
			await screenshot(page, `personal-${name.toLowerCase()}`);
			expect(problems).toEqual([]);
		}
	);

	it('Gnesta: target, period note in words, age bands, årsarbetare; CSV export checked', async () => {
		const { page, problems } = await visit(site, '/personal/?kommun=0461');
		await waitForData(page);
		await page.waitForSelector('[data-testid="sick-by-sex"] tbody tr');
		const bySex = await page.textContent('[data-testid="sick-by-sex"]');
		expect(bySex).toContain('jan–jun 2023');
		expect(bySex).toContain('8,0\u00a0%'); // Målvärde 2023
		expect(bySex).toContain('✓ målet nås');
		expect(bySex).toMatch(/minskat – bättre/);
		expect(await page.textContent('[data-testid="period-note"] >> nth=0')).toContain('inte lika långa');
		expect(await page.textContent('[data-testid="sick-by-age"]')).toContain('29 år och yngre');
		await page.waitForSelector('[data-testid="staffing"] tbody tr');
		expect(await page.textContent('[data-testid="staffing"]')).toContain('297');
		const csv = await downloadText(page, () => page.click('section[aria-labelledby="h-sjuk"] >> text=Ladda ner CSV'));
		expect(csv.name).toBe('sjukfranvaro-gnesta-sick_leave_total_pct.csv');
		const [header, ...lines] = csv.text.trim().split('\r\n');
		expect(header).toBe(
			'Kommun;Mått;Grupp;Period;Värde (%);Mål (%);Förändring mot föregående period;Riktning;Anmärkning;Källa'
		);
		expect(lines).toContain(
			'Gnesta;Sjukfrånvaro totalt;Kvinnor;jan–jun 2023;7,2;–;−2,91 procentenheter;minskat – bättre;olika långa perioder (mot jan–aug 2022);gnesta-socialnamnden-2023-10-03.txt, rad 594'
		);
		expect(lines.some((l) => l.startsWith('Gnesta;Sjukfrånvaro totalt;Totalt;jan–jun 2023;6,8;8,0;'))).toBe(true);
		await screenshot(page, 'personal-gnesta-detail');
		expect(problems).toEqual([]);
	});

	it('the URL holds the view: load with a query string, change, go back', async () => {
		const { page, problems } = await visit(site, '/personal/?kommun=0461&matt=sick_leave_over59_share_pct');
		await waitForData(page);
		await page.waitForSelector('[data-testid="kommun"]');
		await page.waitForSelector('#h-sjuk');
		expect(await page.inputValue('[data-testid="kommun"]')).toBe('0461');
		expect(await page.isChecked('input[name="matt"][value="sick_leave_over59_share_pct"]')).toBe(true);
		expect(await page.textContent('#h-sjuk')).toContain('Andel sjukfrånvaro över 59 dagar i Gnesta');
		await page.selectOption('[data-testid="kommun"]', '0127');
		await page.waitForURL(/kommun=0127/);
		expect(page.url()).toContain('matt=sick_leave_over59_share_pct');
		await page.waitForFunction(() => document.querySelector('#h-sjuk')?.textContent?.includes('Botkyrka'));
		await page.check('input[name="matt"][value="sick_leave_day1_14_pct"]');
		await page.waitForURL(/matt=sick_leave_day1_14_pct/);
		await page.goBack();
		await page.waitForURL(/matt=sick_leave_over59_share_pct/);
		await page.goBack();
		await page.waitForURL(/kommun=0461/);
		await page.waitForFunction(() => document.querySelector('#h-sjuk')?.textContent?.includes('Gnesta'));
		expect(await page.inputValue('[data-testid="kommun"]')).toBe('0461');
		expect(problems).toEqual([]);
	});

	it('a municipality without sick-leave figures says so briefly', async () => {
		const { page, problems } = await visit(site, '/personal/?kommun=0881');
		await waitForData(page);
		await page.waitForSelector('[data-testid="no-sick-leave"]');
		expect(await page.textContent('[data-testid="no-sick-leave"]')).toContain('Nybro');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
});
