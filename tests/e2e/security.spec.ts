import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriesPixels } from './helpers/chart-pixels';
import { confirm, upload } from './helpers/import';
import { openSite, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

// visit() reports every CSP violation as a problem (helpers/site.ts), so `problems` covers it.
const ROUTES = ['/', '/ekonomi/', '/personal/', '/rapport/', '/jamfor/', '/data/'];

describe('Content-Security-Policy', () => {
	it('every built page carries the policy, and it covers each of its inline scripts by hash', async () => {
		for (const path of [...ROUTES, '/404.html']) {
			const html = await (await fetch(site.url + path)).text();
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(csp, path).toContain("default-src 'self'");
			expect(csp, path).toContain("connect-src 'self'");
			expect(csp, path).toContain("object-src 'none'");
			expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
			expect(csp, path).not.toMatch(/'unsafe-eval'|script-src[^;]*unsafe-inline|https?:/);
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			expect(inline.length, path).toBeGreaterThan(0);
			for (const body of inline)
				expect(csp, path).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
		}
	});

	it('every view runs under it: no violation from first load through each view', async () => {
		const { page, problems } = await visit(site, '/');
		await waitForData(page);
		for (const name of ['Ekonomi', 'Personal', 'Rapport', 'Jämför', 'Data', 'Översikt']) {
			await page.click(`nav >> text=${name}`);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
		}
		expect(problems).toEqual([]);
	});

	it('Jämför draws and exports PNG and SVG under the policy; an inline script injected later is refused', async () => {
		const { page, problems } = await visit(site, '/jamfor/?matt=sick_leave_total_pct');
		await waitForData(page);
		const result = page.locator('[data-testid="compare-result"]');
		await result.locator('[data-chart-ready="true"]').first().waitFor();
		for (const button of ['Ladda ner PNG', 'Ladda ner SVG']) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				result.locator(`text=${button}`).first().click()
			]);
			expect(download.suggestedFilename()).toMatch(/\.(png|svg)$/);
		}
		expect(problems).toEqual([]);

		const ran = await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__inlineRan = true';
			document.head.append(s);
			return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => problems.join('\n')).toContain('CSP violation: script-src-elem inline');
	});
});

const HEADER = 'kommun;period_start;period_end;period_kind;period_label;measure;sex;unit_area;value;unit;n';
const XSS = '<img src=x onerror="window.__pwned=1">';

describe('No code from data', () => {
	it("hovering Jämför's chart with a hostile period and unit label shows the label as text and runs nothing", async () => {
		const { page, problems } = await visit(site, '/data/');
		await waitForData(page);
		await page.waitForSelector('#measure-catalogue tbody tr');
		// Count every <img src=x> that any label might turn into, from here on.
		await page.evaluate(() => {
			const w = window as unknown as { __hostileImages: number };
			w.__hostileImages = 0;
			new MutationObserver((records) => {
				for (const r of records)
					for (const n of r.addedNodes)
						if (n instanceof Element && (n.matches('img[src="x"]') || n.querySelector('img[src="x"]')))
							w.__hostileImages++;
			}).observe(document, { childList: true, subtree: true });
		});
		// Clearly synthetic, test-only rows: Gnesta, one unit, two months of 2025, hostile labels.
		const rows = [1, 2].map(
			(m) =>
				`0461;2025-0${m}-01;2025-0${m}-28;month;${XSS} 2025-${m};sick_leave_total_pct;T;Enhet ${XSS};${m === 1 ? 4 : 12},5;%;40`
		);
		const card = await upload(
			page,
			{ name: 'syntetisk-fientlig.csv', buffer: Buffer.from(`${HEADER}\n${rows.join('\n')}\n`, 'utf8') },
			{ formatKey: 'long:sick_leave' }
		);
		await confirm(card);
		expect(await card.getAttribute('data-phase')).toBe('done');

		await page.click('nav >> text=Jämför');
		await page.selectOption('#measure-select', 'sick_leave_total_pct');
		// The hostile unit is offered as an option (Svelte writes it as text) and selected.
		await page.selectOption('label:has-text("Enhet/kategori") select', { value: `Enhet ${XSS}` });
		await page.waitForURL(/enhet=/);
		const chart = '[data-testid="compare-result"] [data-chart-ready="true"]';
		await page.waitForSelector(chart);
		await page.waitForTimeout(300);
		const tooltipText = () =>
			page
				.locator(chart)
				.first()
				.evaluate((el) =>
					[...el.querySelectorAll(':scope > div')]
						.filter((d) => !d.querySelector('canvas'))
						.map((d) => d.textContent ?? '')
						.join(' ')
				);
		let seen = '';
		for (const p of (await seriesPixels(page, chart)).slice(0, 400)) {
			await page.mouse.move(p.x, p.y);
			const text = await tooltipText();
			if (text.includes('onerror')) {
				seen = text;
				break;
			}
		}
		// The hostile label reached the tooltip, as the text it is, and nothing ran.
		expect(seen).toContain(`${XSS} 2025-`);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.evaluate(() => (window as unknown as { __hostileImages: number }).__hostileImages)).toBe(0);
		expect(problems).toEqual([]);
	});
});
