import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printReport } from './helpers/print';
import { navigate } from './helpers/navigate';
import { openSite, visit, waitForData, type Site, type Visit } from './helpers/site';

let site: Site;
let v: Visit;
const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');
beforeAll(async () => {
	mkdirSync(OUT, { recursive: true });
	site = await openSite();
	v = await visit(site, '/rapport/?kommun=0461');
	await waitForData(v.page);
});
afterAll(async () => site?.close());

const REPORTS: [string, string, string][] = [
	['0461', 'Gnesta', 'Socialnämnden'],
	['2262', 'Timrå', 'Socialnämnden']
];

describe('Rapport on paper (Chromium page.pdf, A4)', () => {
	for (const [kod, name, committee] of REPORTS)
		it(`${name}: at most 4 pages, a title block, nothing collapsed, sources as numbered footnotes`, async () => {
			await v.page.emulateMedia({ media: 'screen' });
			await navigate(v.page, `${site.url}/rapport/?kommun=${kod}`);
			const pages = await printReport(v.page, join(OUT, `rapport-${kod}.pdf`));
			expect(pages).toBeGreaterThan(0);
			expect(pages).toBeLessThanOrEqual(4);
			// print media is on now: what paper shows
			const title = (await v.page.textContent('[data-testid="print-title"]'))!.replace(/\s+/g, ' ');
			expect(await v.page.isVisible('[data-testid="print-title"]')).toBe(true);
			expect(title).toContain(`${name} kommun · ${committee}`);
			expect(title).toMatch(/Delår jan–aug 2023/);
			expect(title).toMatch(/Utskriven \d{4}-\d{2}-\d{2}/);
			const collapsed = await v.page.$$eval('main details:not(.cite)', (all) =>
				all
					.filter((d) => getComputedStyle(d).display !== 'none' && !d.closest('.no-print, figure'))
					.filter((d) => {
						const body = Array.from(d.children).find((c) => c.tagName !== 'SUMMARY');
						return !body || body.getBoundingClientRect().height === 0;
					})
					.map((d) => d.querySelector('summary')?.textContent)
			);
			expect(collapsed).toEqual([]);
			const footnotes = await v.page.$$eval('.footnotes li', (li) => li.length);
			const marks = await v.page.$$eval('main details.cite[data-fn]', (d) => d.length);
			expect(footnotes).toBeGreaterThan(0);
			expect(marks).toBeGreaterThanOrEqual(footnotes);
			expect(await v.page.isVisible('nav')).toBe(false);
			// Charts on paper: full A4 content width (640 of 688 px), each kept whole on its page.
			const charts = await v.page.$$eval('main figure.chart', (all) =>
				all
					.filter((f) => f.getBoundingClientRect().height > 0)
					.map((f) => ({
						width: f.querySelector('canvas')?.getBoundingClientRect().width ?? 0,
						whole: getComputedStyle(f).breakInside === 'avoid'
					}))
			);
			expect(charts.length).toBeGreaterThan(0);
			for (const c of charts) expect(c).toEqual({ width: expect.any(Number), whole: true });
			expect(Math.min(...charts.map((c) => c.width))).toBeGreaterThanOrEqual(600);
		});

	it('no problems on the way', () => expect(v.problems).toEqual([]));
});
