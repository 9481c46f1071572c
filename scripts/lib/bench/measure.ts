import type { Browser, Page } from 'playwright-core';
import { FIRST_CONTENT, jsHeapBytes, paintedAt, rendererPeakBytes, timeOf, transferred, watchPaint } from './page';

export const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
export const p95 = (xs: number[]) =>
	xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]! : NaN;
export const r1 = (x: number) => Math.round(x * 10) / 10;
export const stats = (xs: number[]) => ({ n: xs.length, median: r1(median(xs)), p95: r1(p95(xs)) });

const TITLES: Record<string, string> = {
	'/': 'Översikt',
	'/ekonomi/': 'Ekonomi',
	'/personal/': 'Personal',
	'/rapport/': 'Rapport',
	'/jamfor/': 'Jämför',
	'/data/': 'Data'
};
export const VIEWS = Object.keys(TITLES);

type Hook = {
	interact(sel: string, v: string | null): Promise<number>;
	timeQuery(s: string, p: unknown[], r: number): Promise<number[]>;
	memory?(): Promise<{ duckdb: number; parquetWasm: number }>;
	load(u: string, n: string): Promise<{ fetchMs: number; loadMs: number; rows: number }>;
};
const H = 'window.__tertialBench';

/**
 * Paths of the JS files the page itself loaded (resource timing; a worker's own fetches are not in
 * it). `own` are those requested before the idle warm-up (tertial:warm-up) began fetching the other
 * views' code; `prefetched` the rest (lazy chunks count only when a view loads them).
 */
export async function pageScriptsSplit(page: Page): Promise<{ own: string[]; prefetched: string[] }> {
	return page.evaluate(() => {
		const warm = performance.getEntriesByName('tertial:warm-up')[0]?.startTime ?? Infinity;
		const js = performance
			.getEntriesByType('resource')
			.map((e) => ({ path: new URL(e.name).pathname, at: e.startTime }))
			.filter((e) => e.path.endsWith('.js') && !e.path.includes('worker'));
		return {
			own: js.filter((e) => e.at < warm).map((e) => e.path),
			prefetched: js.filter((e) => e.at >= warm).map((e) => e.path)
		};
	});
}

export async function pageScripts(page: Page): Promise<string[]> {
	return (await pageScriptsSplit(page)).own;
}

/** A first visit (cold) and the next (warm, same browser cache): bytes, first content, engine ready. */
export async function visitOverview(browser: Browser, url: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	// Timed by its painted frame: Översikt's figures are in its HTML, before its scripts run.
	await watchPaint(page, FIRST_CONTENT['/']!);
	const visit = () =>
		transferred(page, async () => {
			await page.goto(`${url}/?bench`, { waitUntil: 'commit' });
			const content = await paintedAt(page, FIRST_CONTENT['/']!);
			await page.waitForSelector('[data-phase="ready"]', { timeout: 60_000 });
			// Everything Översikt shows (its tables too), so the bytes are those of the whole view.
			await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length > 0, null, {
				timeout: 60_000
			});
			const { own: scripts, prefetched } = await pageScriptsSplit(page);
			const marks = await page.evaluate(() => ({
				ready: performance.getEntriesByName('tertial:data-ready')[0]?.startTime ?? NaN,
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				all: performance.now()
			}));
			return { content, scripts, prefetched, ...marks };
		});
	const cold = await visit();
	const warm = await visit();
	await context.close();
	return { cold, warm };
}

/** Each view opened cold (new context), then reached by client-side navigation from Översikt. */
export async function viewTimings(browser: Browser, url: string) {
	const cold: Record<string, number> = {};
	const scripts: Record<string, string[]> = {};
	for (const v of VIEWS) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${url}${v}?bench`);
		cold[v] = await timeOf(page, FIRST_CONTENT[v]!);
		scripts[v] = await pageScripts(page);
		await context.close();
	}
	const { nav, memory } = await navTimings(browser, url);
	return { cold, nav, memory, scripts };
}

/** Each view reached by client-side navigation from a loaded Översikt, and the tab's memory after. */
export async function navTimings(browser: Browser, url: string) {
	const nav: Record<string, number> = {};
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${url}/?bench`);
	await page.waitForSelector('[data-phase="ready"]', { timeout: 60_000 });
	await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length > 0);
	for (const v of VIEWS.filter((x) => x !== '/')) {
		nav[v] = await clientNav(page, v);
		await clientNav(page, '/');
	}
	const memory = await memoryOf(browser, page);
	await context.close();
	return { nav, memory };
}

/** Time from a click in the header menu until `view`'s first content is in the page. */
export async function clientNav(page: Page, view: string): Promise<number> {
	const t0 = await page.evaluate(() => performance.now());
	await page.click(view === '/' ? 'header nav li:first-child a' : `header nav a[href$="${view}"]`);
	await page.waitForFunction(
		([title, sel]) => document.title.startsWith(title as string) && !!document.querySelector(sel as string),
		[TITLES[view]!, FIRST_CONTENT[view]!] as const,
		{ timeout: 60_000 }
	);
	return (await page.evaluate(() => performance.now())) - t0;
}

export async function memoryOf(browser: Browser, page: Page) {
	const inPage = await page.evaluate(`${H}.memory ? ${H}.memory() : null`).catch(() => null);
	return {
		renderer_peak_rss_mb: r1((await rendererPeakBytes(browser)) / 2 ** 20),
		js_heap_mb: r1((await jsHeapBytes(page)) / 2 ** 20),
		duckdb_mb: inPage ? r1((inPage as { duckdb: number }).duckdb / 2 ** 20) : null,
		parquet_wasm_mb: inPage ? r1((inPage as { parquetWasm: number }).parquetWasm / 2 ** 20) : null
	};
}

const FROM_YEAR = '[data-testid="from-year"]';

/** The measure picker's groups (its domains), each a list of measure ids in the picker's order. */
export function measureGroups(page: Page): Promise<string[][]> {
	return page.$$eval('#measure-select optgroup', (gs) =>
		gs.map((g) => [...g.querySelectorAll('option')].map((o) => o.value))
	);
}

/**
 * Up to `n` measures taken from each group in turn (the first of every domain, then the second…):
 * the clicks read every kind of extract, not only the catalogue's first domain (the budget's
 * measures, whose rows sit together in Jämför's table and are the quickest to find).
 */
export function spread(groups: readonly (readonly string[])[], n: number): string[] {
	const out: string[] = [];
	for (let i = 0; out.length < n && groups.some((g) => i < g.length); i++)
		for (const g of groups) if (i < g.length && out.length < n) out.push(g[i]!);
	return out;
}

/**
 * Jämför as a user drives it: measure, untick a kommun, switch to index — each a new state; then
 * kommuner not in the tab added by code (`extra`): their partitions fetched and protected alone.
 */
export async function jamforInteractions(page: Page, perKind = 4, extra: readonly string[] = []) {
	const out: Record<string, number[]> = { measure: [], period: [], municipality: [], normalisation: [] };
	const groups = await measureGroups(page);
	const measures = groups.flat();
	const picks = [
		...spread(
			groups.filter((g) => !g[0]?.startsWith('kolada:')),
			perKind
		),
		...measures.filter((m) => m.startsWith('kolada:')).slice(0, 2)
	];
	/** An interaction that never brought a new answer (20 s) is counted apart, not timed. */
	const missed: Record<string, number> = {};
	const timed = async (kind: string, sel: string, v: string | null) => {
		try {
			out[kind]!.push(
				await page.evaluate(
					([s2, v2]) => (window as unknown as { __tertialBench: Hook }).__tertialBench.interact(s2 as string, v2),
					[sel, v] as const
				)
			);
		} catch {
			missed[kind] = (missed[kind] ?? 0) + 1;
		}
	};
	for (const m of picks) {
		if (m === (await page.$eval('#measure-select', (e) => (e as HTMLSelectElement).value))) continue;
		await timed('measure', '#measure-select', m);
		await page.waitForTimeout(200);
		const years = await page.$$eval(FROM_YEAR + ' option', (os) => os.map((o) => (o as HTMLOptionElement).value));
		if (years.length > 2) {
			await timed('period', FROM_YEAR, years[Math.floor(years.length / 2)]!);
			await page.waitForTimeout(200);
			await timed('period', FROM_YEAR, '');
			await page.waitForTimeout(200);
		}
		if (await page.$('fieldset input[type=checkbox]:checked')) {
			await timed('municipality', 'fieldset input[type=checkbox]:checked', null);
			await page.waitForTimeout(200);
		}
		if (await page.$('input[type=radio][value="index"]:not(:checked)')) {
			await timed('normalisation', 'input[type=radio][value="index"]', null);
			await page.waitForTimeout(200);
		}
	}
	if (extra.length) out.municipality_added = [];
	for (const code of extra) {
		try {
			out.municipality_added!.push(await page.evaluate(addKommun, code));
		} catch {
			missed.municipality_added = (missed.municipality_added ?? 0) + 1;
		}
		await page.waitForTimeout(200);
	}
	return Object.fromEntries(Object.entries(out).map(([k, xs]) => [k, { ...stats(xs), no_answer: missed[k] ?? 0 }]));
}

/**
 * In the page: type a kommun code into "Lägg till kommun", submit, wait for the next answer drawn.
 * (No named inner functions: tsx would wrap them in a helper the page does not have.)
 */
async function addKommun(code: string): Promise<number> {
	const result = document.querySelector('[data-testid="compare-result"]');
	const before = Number(result?.getAttribute('data-answers') ?? 0);
	const input = document.querySelector('#add-kommun') as HTMLInputElement | null;
	if (!input?.form) throw new Error('bench: #add-kommun saknas');
	const t0 = performance.now();
	input.value = code;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	input.form.requestSubmit();
	while (
		Number(document.querySelector('[data-testid="compare-result"]')?.getAttribute('data-answers') ?? 0) <= before
	) {
		if (performance.now() - t0 > 60_000) throw new Error('bench: inget nytt svar inom 60 s');
		await new Promise((r) => setTimeout(r, 5));
	}
	// The next paint, as the bench hook's interact() times it (`?bench=frames2`: two frames, as before).
	const twoFrames = new URLSearchParams(location.search).get('bench') === 'frames2';
	await new Promise<void>((r) =>
		requestAnimationFrame(() => (twoFrames ? requestAnimationFrame(() => r()) : void setTimeout(r, 0)))
	);
	return performance.now() - t0;
}

export async function timeQueryInPage(page: Page, text: string, params: unknown[], runs: number): Promise<number[]> {
	return page.evaluate(
		([t, p, n]) =>
			(window as unknown as { __tertialBench: Hook }).__tertialBench.timeQuery(
				t as string,
				p as unknown[],
				n as number
			),
		[text, params, runs] as const
	);
}

export async function loadInPage(page: Page, file: string, name: string) {
	return page.evaluate(
		([f, n]) => (window as unknown as { __tertialBench: Hook }).__tertialBench.load(f as string, n as string),
		[file, name] as const
	);
}
