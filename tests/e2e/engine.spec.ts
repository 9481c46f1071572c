import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_VERSION } from '../../src/lib/db/engine-version';
import { BUILT_DATA } from '../helpers/paths';
import { FIRST_CONTENT } from '../../scripts/lib/bench/page';
import { navigate } from './helpers/navigate';
import { openSite, visit, waitForData, type Site } from './helpers/site';
import type { Page } from 'playwright-core';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

describe('one engine', () => {
	it("the browser's DuckDB is the version the data build and the data tests ran, reading this build's data", async () => {
		const { page, problems } = await visit(site, '/data/');
		await waitForData(page);
		const version = page.getByTestId('engine-version');
		await expect.poll(() => version.textContent(), { timeout: 30_000 }).toMatch(/^v\d/);
		expect(await version.textContent()).toBe(DUCKDB_VERSION);
		const manifest = JSON.parse(readFileSync(join(BUILT_DATA, 'manifest.json'), 'utf8')) as { version: string };
		expect(await page.getByTestId('data-version').textContent()).toBe(manifest.version);
		const headlines = JSON.parse(readFileSync(join(BUILT_DATA, 'headlines.json'), 'utf8')) as { engine: string };
		expect(headlines.engine).toBe(DUCKDB_VERSION);
		expect(problems).toEqual([]);
	});
});

/**
 * The first figure (chart with its title and table alternative, or table) matching a view's first
 * content, as its title and text; with `title`, the figure of that title once it is drawn.
 */
const figure = (page: Page, selector: string, title?: string) =>
	page.evaluate(
		([sel, t]) => {
			const all = [...document.querySelectorAll(sel!)].map((el) => el.closest('figure') ?? el.closest('table'));
			const titleOf = (f: Element | null | undefined) =>
				(f?.querySelector('.chart-title, caption')?.textContent ?? '').trim();
			const f = t == null ? all[0] : all.find((x) => titleOf(x) === t);
			return f ? { title: titleOf(f), text: (f.textContent ?? '').replace(/\s+/g, ' ').trim() } : null;
		},
		[selector, title] as const
	);
const engineUp = (page: Page) =>
	page.evaluate(
		() =>
			performance.getEntriesByName('tertial:data-ready').length > 0 || !!document.querySelector('[data-phase="ready"]')
	);

describe('before the engine is up', () => {
	it("every view draws its first chart from the data build's answers, and the engine then shows the same figures", async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
		// DuckDB's worker and wasm are held back: nothing below can come from the engine until released.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await context.route(/\/duckdb-(eh|mvp)[.-][^/]*\.(js|wasm)$/, async (route) => {
			await held;
			await route.continue();
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const views = Object.keys(FIRST_CONTENT).filter((p) => p !== '/');
		const early: Record<string, { title: string; text: string }> = {};
		try {
			await page.goto(site.url + views[0]);
			for (const path of views) {
				if (path !== views[0]) await navigate(page, site.url + path);
				await page.waitForSelector(FIRST_CONTENT[path]!, { timeout: 30_000 });
				expect(await engineUp(page), path).toBe(false);
				const shown = await figure(page, FIRST_CONTENT[path]!);
				expect(shown?.text, path).toBeTruthy();
				early[path] = shown!;
			}
			release();
			await waitForData(page);
			// Reached anew with the engine up, each view shows the engine's own answer: the same figures.
			for (const path of views) {
				await navigate(page, site.url + (path === views.at(-1) ? '/' : path));
				if (path === views.at(-1)) await navigate(page, site.url + path);
				const { title, text } = early[path]!;
				await expect.poll(() => figure(page, FIRST_CONTENT[path]!, title), { timeout: 30_000 }).toBeTruthy();
				expect((await figure(page, FIRST_CONTENT[path]!, title))?.text, path).toBe(text);
			}
			expect(errors).toEqual([]);
		} finally {
			release();
			await context.close();
		}
	});
});

describe('a repeat visit', () => {
	it('asks the server for no data file it already holds, and for the manifest again', async () => {
		// Not visit(): Playwright turns the browser's HTTP cache off in a context that routes requests.
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
		page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
		page.on('request', (r) => void (r.url().startsWith(site.url) || problems.push(`foreign: ${r.url()}`)));
		const dataFiles = (from: number) => site.served.slice(from).filter((s) => /\.parquet(\?|$)/.test(s));
		const jamfor = async () => {
			await waitForData(page);
			// Kolada too: Jämför fetches it once its first chart is drawn.
			await page.waitForSelector('[data-testid="kolada-ready"]', { timeout: 30_000 });
		};
		try {
			const first = site.served.length;
			await page.goto(`${site.url}/jamfor/`);
			await jamfor();
			const fetched = dataFiles(first);
			expect(fetched.length).toBeGreaterThan(5);
			expect(fetched.every((s) => s.startsWith('200 ') && /\?v=[0-9a-f]{12}/.test(s))).toBe(true);
			const again = site.served.length;
			await page.reload();
			await jamfor();
			expect(dataFiles(again)).toEqual([]);
			// The manifest is asked for again: a new data build is always seen (and its files fetched).
			expect(site.served.slice(again).filter((s) => s.includes('/data/manifest.json')).length).toBeGreaterThan(0);
			expect(problems).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
