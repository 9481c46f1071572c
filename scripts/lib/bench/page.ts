import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/**
 * Bytes over the wire (body as sent, plus headers) of every response while `fn` runs, the page's
 * workers included (DuckDB's and the Parquet decoder's wasm are fetched there).
 */
export async function transferred<T>(
	page: Page,
	fn: () => Promise<T>
): Promise<{ bytes: number; requests: number; value: T }> {
	const sizes: Promise<number>[] = [];
	const onDone = (r: Request) =>
		sizes.push(
			r.sizes().then(
				(s) => s.responseBodySize + s.responseHeadersSize,
				() => 0
			)
		);
	const context = page.context();
	context.on('requestfinished', onDone);
	try {
		const value = await fn();
		await page.waitForTimeout(200);
		const all = await Promise.all(sizes);
		return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length, value };
	} finally {
		context.off('requestfinished', onDone);
	}
}

/** Peak resident memory (VmHWM) of the browser's renderer processes: the tab with its workers and wasm. */
export async function rendererPeakBytes(browser: Browser): Promise<number> {
	const cdp: CDPSession = await browser.newBrowserCDPSession();
	try {
		const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
		let peak = 0;
		for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
			try {
				const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
				if (m) peak = Math.max(peak, Number(m[1]) * 1024);
			} catch {
				// process gone
			}
		}
		return peak;
	} finally {
		await cdp.detach();
	}
}

export async function jsHeapBytes(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('Performance.enable');
		const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
		return metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
	} finally {
		await cdp.detach();
	}
}

/** Page time (ms since navigation start) when `selector` first matches, polled each animation frame. */
export async function timeOf(page: Page, selector: string, timeout = 120_000): Promise<number> {
	await page.waitForSelector(selector, { timeout, state: 'attached' });
	return page.evaluate(() => performance.now());
}

/**
 * Call before `page.goto`: from then on each document of `page` notes the page time of the first
 * animation frame (run just before a frame is painted) in which `selector` matches; read it with
 * paintedAt. Unlike timeOf, neither the load event nor a main thread busy with scripts after that
 * frame delays the figure, so content in the HTML itself counts from its paint.
 */
export async function watchPaint(page: Page, selector: string): Promise<void> {
	// A string, not a function: tsx would name the inner function with a helper the page lacks.
	await page.addInitScript(`{
		const sel = ${JSON.stringify(selector)};
		const seen = (window.__painted ??= {});
		const tick = () => {
			if (document.querySelector(sel)) seen[sel] = performance.now();
			else requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	}`);
}

/** The frame time watchPaint noted for `selector` in this document, never before its first contentful paint. */
export async function paintedAt(page: Page, selector: string, timeout = 120_000): Promise<number> {
	const handle = await page.waitForFunction(
		(sel) => {
			const at = (window as unknown as { __painted?: Record<string, number> }).__painted?.[sel];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
			return at != null && fcp != null ? Math.max(at, fcp) : false;
		},
		selector,
		{ timeout }
	);
	return (await handle.jsonValue()) as number;
}

/** The first sign a view is usable: its first chart drawn, or (views without one) its first table filled. */
export const FIRST_CHART = '[data-chart-ready="true"]';
export const FIRST_CONTENT: Record<string, string> = {
	'/': '[data-testid="headline-cards"] li',
	'/ekonomi/': FIRST_CHART,
	'/personal/': FIRST_CHART,
	'/rapport/': FIRST_CHART,
	'/jamfor/': `[data-testid="compare-result"] ${FIRST_CHART}`,
	'/data/': 'main table tbody tr'
};

export async function newPage(
	browser: Browser,
	context?: BrowserContext
): Promise<{ context: BrowserContext; page: Page }> {
	const ctx = context ?? (await browser.newContext());
	return { context: ctx, page: await ctx.newPage() };
}
