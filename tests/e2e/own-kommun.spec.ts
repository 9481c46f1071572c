import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirm, upload } from './helpers/import';
import { navigate } from './helpers/navigate';
import { KOMMUN, KOMMUN_NAME, OWN_FILES } from './helpers/own-kommun-files';
import { openChartTables, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

/**
 * The "Done when", as a user would walk it: the five template files filled for a kommun
 * outside the five documents (Umeå, synthetic figures generated in helpers/own-kommun-files.ts),
 * loaded on the Data page, then every view — by name, with the file's figures and its "Källa",
 * Kolada beside them — and all of it still there after a reload. One page for the whole file.
 */
let site: Site;
let page: Page;
let problems: string[];
beforeAll(async () => {
	site = await openSite();
	({ page, problems } = await visit(site, '/data/'));
	await waitForData(page);
	await page.waitForSelector('[data-testid="own-extracts"]');
	// The views' text below includes their charts' table alternatives.
	await openChartTables(page);
});
afterAll(async () => site?.close());

const text = async (selector = 'main') => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ');
const waitForText = (needle: string) =>
	page.waitForFunction(
		(n) => (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').includes(n),
		needle,
		{
			timeout: 30_000
		}
	);
const KOLADA = 'Källa: Kolada (RKA)';

describe(`Own data for ${KOMMUN_NAME} (${KOMMUN}): five template files, every view, after a reload`, () => {
	it('loads each of the five files after its report, and lists them with the kommun', async () => {
		const reports: Record<string, string> = {};
		for (const f of OWN_FILES) {
			const card = await upload(
				page,
				{ name: f.name, buffer: Buffer.from('\ufeff' + f.text) },
				{ formatKey: f.formatKey, kommun: KOMMUN }
			);
			expect([f.name, await card.getAttribute('data-phase')]).toEqual([f.name, 'report']);
			reports[f.formatKey] = ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
			await confirm(card);
			expect([f.name, await card.getAttribute('data-phase')]).toEqual([f.name, 'done']);
		}
		// Months not booked yet (empty utfall) are part of a ledger, not an error.
		expect(reports.ledger).toContain('48 rader lästa');
		expect(reports.ledger).toContain('4 uppföljningar');
		expect(reports.ledger).toContain('kostnader är positiva i filen (bokföringens tecken) och vänds');
		expect(reports.ledger).toContain(`${KOMMUN_NAME} (${KOMMUN}), jan–apr 2024`);
		expect(reports.ivo_evb).toContain('4 rader lästa');
		for (const f of OWN_FILES) expect(await text(`tr[data-file="${f.name}"]`)).toContain(`${KOMMUN_NAME} (${KOMMUN})`);
	});

	it('Översikt: the ledger’s forecast deviation for Umeå by name, cited to the file', async () => {
		await navigate(page, '/');
		await waitForText(`${KOMMUN_NAME} – Egen uppföljning jan–apr 2024`);
		// The coverage table names the kommun and its län (data/municipalities.csv).
		await waitForText(`${KOMMUN_NAME}${KOMMUN}Västerbottens län`);
		const t = await text();
		// Forecast −19 200 against an annual budget of 12 × −1 570 = −18 840 tkr.
		expect(t).toContain(
			`${KOMMUN_NAME} – Egen uppföljning jan–apr 2024 −360 tkr (−1,9 % av budget) underskott Årsbudget −18 840 tkr · Prognos −19 200 tkr`
		);
		expect(t).toContain('Källa: umea-huvudbok-2024.csv (egen fil)');
		// One card for the file's newest follow-up, not one per booked month.
		const cards = await text('[data-testid="headline-cards"]');
		expect(cards.split(`${KOMMUN_NAME} – Egen uppföljning`).length - 1).toBe(1);
	});

	it('Ekonomi: period outcome and deviation, forecast deviation per area in tkr with our sign; Kolada beside', async () => {
		await navigate(page, `/ekonomi/?kommun=${KOMMUN}`);
		await waitForText('Prognosavvikelse −360 tkr');
		const t = await text();
		expect(t).toContain(`${KOMMUN_NAME}: Egen uppföljning jan–apr 2024`);
		expect(t).toContain(
			'Budget helår −18 840 tkr Prognos helår −19 200 tkr Prognosavvikelse −360 tkr (−1,9 % av budget) underskott'
		);
		// jan–apr: revenue +340, personnel −4 200, other costs −2 600 → −6 460 against −6 280.
		expect(t).toContain('Budget period −6 280 tkr Utfall period −6 460 tkr Avvikelse period −180 tkr underskott');
		expect(t).toContain(
			'Äldreomsorg – hemtjänst−3 680 tkr−3 860 tkr−180 tkr underskott−11 040 tkr−11 400 tkr−360 tkr underskott'
		);
		expect(t).toContain('LSS/SFB−1 000 tkr−1 080 tkr−80 tkr underskott−3 000 tkr−3 100 tkr−100 tkr underskott');
		expect(t).toContain(
			'Äldreomsorg – särskilt boende−1 600 tkr−1 520 tkr+80 tkr överskott−4 800 tkr−4 700 tkr+100 tkr överskott'
		);
		expect(t).toContain('varav Syntetisk gruppbostad Linnéa');
		expect(t).toMatch(/Nettokostnadsavvikelse äldreomsorg.*2022: Umeå 16,4 %/);
		expect(t).toContain(KOLADA);
	});

	it('Personal: hour-weighted sick leave and staffing for Umeå, cited to the files; Kolada N00090 beside', async () => {
		await navigate(page, `/personal/?kommun=${KOMMUN}`);
		await waitForText(`${KOMMUN_NAME}: per kön och period`);
		await waitForText('UmeåÅrsarbetareTotaltjan 202480,5');
		const t = await text();
		// 820 sick hours of 13 000 scheduled: 6,3077 %, shown with the measure’s one decimal; women 720 / 10 000, men 100 / 3 000.
		expect(t).toContain(`${KOMMUN_NAME} Totalt apr 2024: 6,3 %`);
		expect(t).toContain(`${KOMMUN_NAME} Kvinnor apr 2024: 7,2 %`);
		expect(t).toContain(`${KOMMUN_NAME} Män apr 2024: 3,3 %`);
		expect(t).toContain('Källa: umea-sjukfranvaro-timmar-2024.csv (egen fil), rad 14');
		expect(t).toMatch(/Antal anställda.*UmeåAntal anställdaTotaltjan 202491/);
		expect(t).toMatch(/UmeåÅrsarbetareTotaltjan 202480,5/);
		expect(t).toContain('umea-personal-2024.csv (egen fil)');
		expect(t).toMatch(/\(N00090\) 2022: Umeå 7,8 % · Riket 8,1 %/);
		expect(t).toContain(KOLADA);
		await screenshot(page, 'own-kommun-personal');
	});

	it('Rapport: economy, key indicators and ej verkställda beslut by type and law, every figure cited; Kolada beside', async () => {
		await navigate(page, `/rapport/?kommun=${KOMMUN}`);
		await waitForText('Sjukfrånvaro totaltKälla: umea-sjukfranvaro-timmar-2024.csv');
		await waitForText('källa: umea-ej-verkstallda-beslut-2024.csv');
		await waitForText('(N00090) 2022: Umeå');
		const t = await text();
		expect(t).toContain(`Rapport till nämnden: ${KOMMUN_NAME}`);
		expect(t).toContain(
			'Egen uppföljning jan–apr 2024: −360 tkr (−1,9 % av budget) underskott mot årsbudget −18 840 tkr. Källa: umea-huvudbok-2024.csv (egen fil)'
		);
		// The same figure as Personal's (one decimals rule: a computed share keeps the decimals it was stored with).
		expect(t).toMatch(
			/Sjukfrånvaro totaltKälla: umea-sjukfranvaro-timmar-2024\.csv \(egen fil\), rad 14.*apr 20246,3 %/
		);
		expect(t).toMatch(/Antal anställdaKälla: umea-personal-2024\.csv \(egen fil\), rad 14.*apr 202491/);
		expect(t).toMatch(/Riskbedömningar \(Senior Alert\)Källa: umea-senior-alert-2024\.csv \(egen fil\).*apr 202458/);
		// 31 March: three decisions not carried out (SoL 2, LSS 1; särskilt boende 2, kontaktperson 1), one carried out.
		const evb = await text('section[aria-labelledby="h-evb"]');
		expect(evb).toContain('källa: umea-ej-verkstallda-beslut-2024.csv (egen fil)');
		expect(evb).toContain('Ej verkställda besluttotalt2024-03-313');
		expect(evb).toContain('Ej verkställda beslutSoL, totalt2024-03-312');
		expect(evb).toContain('Ej verkställda beslutLSS, totalt2024-03-311');
		expect(evb).toContain('Ej verkställda beslutSärskilt boende, totalt2024-03-312');
		expect(evb).toContain('Ej verkställda beslutKontaktperson, totalt2024-03-311');
		expect(evb).toContain('Tidigare ej verkställda beslut som verkställtstotalt2024-03-311');
		// Days waited per decision; the one carried out counts decision → verkställt (2023-10-01 → 2024-02-15).
		expect(evb).toContain('kv 1 2024Särskilt boendeM200beslut 2023-09-13; SoL');
		expect(evb).toContain(
			'kv 1 2024Särskilt boendeK137beslut 2023-10-01; SoL; Resursbrist, ingen ledig plats; verkställt'
		);
		// Trend lines join months only: T1 2024 (built from the same months) is in the table, not on the line.
		const trends = await text('section[aria-labelledby="h-kvalitet-och-senior-alert"] [data-testid="unit-trends"]');
		expect(trends).toContain('apr 2024: Syntetisk hemtjänst Syd 53,0 %; Syntetiskt boende Björken 72,0 %');
		expect(trends).not.toContain('T1 2024');
		expect(t).toMatch(/\(N00090\) 2022: Umeå 7,8 %/);
		expect(t).toContain(KOLADA);
	});

	it('Jämför: Umeå’s own sick leave, budget deviation and caseload beside Kolada', async () => {
		await navigate(page, `/jamfor/?matt=sick_leave_total_pct&kommuner=${KOMMUN}`);
		await waitForText('Umeå, apr 2024: Källa: umea-sjukfranvaro-timmar-2024.csv');
		// Kolada is fetched after the first chart is drawn: its comparison follows.
		await waitForText('(N00090) 2022: Umeå 7,8 %');
		let t = await text();
		expect(t).toContain('Umeåapr 20246,3 %');
		expect(t).toContain('Umeå, apr 2024: Källa: umea-sjukfranvaro-timmar-2024.csv (egen fil), rad 14');
		expect(t).toMatch(/\(N00090\) 2022: Umeå 7,8 %/);
		expect(t).toContain(KOLADA);

		await navigate(page, `/jamfor/?matt=budget_net_deviation_year&kommuner=${KOMMUN}`);
		await waitForText('Källa: umea-huvudbok-2024.csv');
		t = await text();
		expect(t).toMatch(/Umeå.*jan–apr 2024.*−360/);
		expect(t).toContain('Källa: umea-huvudbok-2024.csv (egen fil)');

		await navigate(page, `/jamfor/?matt=evb_count&kommuner=${KOMMUN}`);
		await waitForText('Källa: umea-ej-verkstallda-beslut-2024.csv');
		t = await text();
		expect(t).toContain('Umeå2024-03-3131');
		expect(t).toContain('Umeå, 2024-03-31: Källa: umea-ej-verkstallda-beslut-2024.csv (egen fil), rad 2');
	});

	it('keeps everything after a reload: the files, and Umeå in Ekonomi and Personal', async () => {
		await page.goto(`${site.url}/data/`);
		await waitForData(page);
		await openChartTables(page);
		for (const f of OWN_FILES) await page.waitForSelector(`tr[data-file="${f.name}"]`);
		await navigate(page, `/ekonomi/?kommun=${KOMMUN}`);
		await waitForText('Prognosavvikelse −360 tkr (−1,9 % av budget)');
		await navigate(page, `/personal/?kommun=${KOMMUN}`);
		await waitForText(`${KOMMUN_NAME} Totalt apr 2024: 6,3 %`);
		expect(problems).toEqual([]);
	});

	it('Översikt opened afresh never shows its build-time headlines, which leave Umeå out, as its answer', async () => {
		const fresh = await page.context().newPage();
		// Every frame from the document's start: were the headline figures visible, and Umeå among them?
		await fresh.addInitScript(`{
			const frames = (window.__frames = []);
			const tick = () => {
				const f = document.querySelector('section.headline .figures');
				if (f) frames.push({ shown: getComputedStyle(f).visibility === 'visible', umea: f.textContent.includes('${KOMMUN_NAME}'), cards: f.querySelectorAll('li').length });
				if (!f || !f.closest('.settled')) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		}`);
		const errors: string[] = [];
		fresh.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
		await fresh.goto(`${site.url}/`);
		await fresh.waitForSelector('section.headline.settled', { timeout: 30_000 });
		const frames = (await fresh.evaluate('window.__frames')) as { shown: boolean; umea: boolean; cards: number }[];
		// The build's cards were in the page, hidden, before the own files were counted in.
		expect(frames.some((f) => !f.shown && f.cards > 0 && !f.umea)).toBe(true);
		expect(frames.filter((f) => f.shown && f.cards > 0 && !f.umea)).toEqual([]);
		expect(((await fresh.textContent('[data-testid="headline-cards"]')) ?? '').replace(/\s+/g, ' ')).toContain(
			`${KOMMUN_NAME} – Egen uppföljning jan–apr 2024 −360 tkr`
		);
		expect(await fresh.evaluate(() => localStorage.getItem('tertial:egna-filer'))).toBe('1');
		expect(errors).toEqual([]);
		await fresh.close();
	});
});
