import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openSite, screenshot, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

const CARDS = '[data-testid="headline-cards"]';
const cardsText = async (page: Page) => ((await page.textContent(CARDS)) ?? '').replace(/\s+/g, ' ').trim();
const figuresShown = (page: Page) =>
	page.$eval('section.headline .figures', (f) => getComputedStyle(f).visibility === 'visible');

describe('Översikt (start page)', () => {
	it('loads the extracts through DuckDB-WASM with no foreign request, console error or axe violation', async () => {
		const { page, problems } = await visit(site, '/');
		await waitForData(page);
		await page.waitForSelector('#coverage tbody tr');
		const names = await page.$$eval('#coverage tbody tr td:first-child', (tds) =>
			tds.map((td) => td.textContent?.trim())
		);
		expect(names).toEqual(['Botkyrka', 'Gnesta', 'Ludvika', 'Nybro', 'Timrå']);
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'overview');
		expect(problems).toEqual([]);
	});

	it('shows its headline figures from its HTML with no script run, the same the page shows with the engine up', async () => {
		const context = await site.browser.newContext();
		try {
			const page = await context.newPage();
			await page.route('**/*.js', (route) => route.abort());
			await page.goto(site.url + '/');
			expect(await figuresShown(page)).toBe(true);
			const html = await cardsText(page);
			expect(html).toContain('Nybro – T2 2024 −1 068 tkr (−0,3 % av budget) underskott');
			const { page: live, problems } = await visit(site, '/');
			await waitForData(live);
			await live.waitForSelector('#coverage tbody tr');
			expect(await cardsText(live)).toBe(html);
			expect(problems).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('keeps them hidden (their space kept) while it may hold own extracts, and shows them once it has looked', async () => {
		const context = await site.browser.newContext();
		try {
			const page = await context.newPage();
			await page.goto(site.url + '/own-kept.js');
			// The hint a kept extract leaves (src/lib/import/persist.ts), with nothing kept behind it.
			await page.evaluate(() => localStorage.setItem('tertial:egna-filer', '1'));
			await page.route('**/_app/**/*.js', (route) => route.abort());
			await page.goto(site.url + '/');
			expect(await figuresShown(page)).toBe(false);
			expect(await page.isVisible('text=Dina egna filer läses in')).toBe(true);
			const hidden = await page.$eval(CARDS, (ul) => ul.getBoundingClientRect().height);
			await page.unroute('**/_app/**/*.js');
			const errors: string[] = [];
			page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(site.url + '/');
			await page.waitForSelector('section.headline.settled');
			expect(await figuresShown(page)).toBe(true);
			expect(await page.isVisible('text=Dina egna filer läses in')).toBe(false);
			expect(await page.$eval(CARDS, (ul) => ul.getBoundingClientRect().height)).toBe(hidden);
			expect(await page.evaluate(() => localStorage.getItem('tertial:egna-filer'))).toBeNull();
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
