import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../tests/e2e/helpers/site';
import { FIRST_CHART, paintedAt, watchPaint } from './page';

/** Jämför's comparison drawn. */
export const JAMFOR_CHART = `[data-testid="compare-result"] ${FIRST_CHART}`;

export type Visit = { firstChart: number; painted: number; requests: number };

/**
 * Jämför's first chart in page time, two ways: when the bench saw it (its poll, a round trip to
 * the page: the figure of every record so far) and the frame it was painted in (watchPaint, as
 * the views' first charts are timed), which the first misses by that round trip.
 */
export async function jamforFirstChart(page: Page): Promise<{ firstChart: number; painted: number }> {
	await page.waitForSelector(JAMFOR_CHART, { timeout: 600_000 });
	const firstChart = await page.evaluate(() => performance.now());
	return { firstChart, painted: await paintedAt(page, JAMFOR_CHART) };
}

/**
 * The same URL again in this tab (its HTTP cache; an in-memory context keeps no compiled code):
 * its first chart, and how many requests reached the server. The page watches paints (watchPaint) from its first visit.
 */
export async function repeatVisit(server: Server, page: Page, at: string): Promise<Visit> {
	let requests = 0;
	const count = () => void requests++;
	server.on('request', count);
	try {
		await page.goto(at);
		return { ...(await jamforFirstChart(page)), requests };
	} finally {
		server.off('request', count);
	}
}

/**
 * A user's second visit: a browser profile on disk, visited once and then again. The bench's other
 * visits use in-memory contexts, where Chromium keeps no compiled code between visits; with a
 * profile on disk it keeps the compiled wasm beside the cached file (DuckDB's own worker compiles
 * from fetch() for that: duckdb-eh.worker.ts), so a returning user skips part of the compile.
 * `settleMs`: how long the first visit stays open after its chart (the browser writes its code cache meanwhile).
 */
export async function repeatWithProfile(server: Server, at: string, settleMs = 5000): Promise<Visit> {
	const dir = mkdtempSync(join(tmpdir(), 'tertial-profile-'));
	const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const first = await context.newPage();
		await first.goto(at);
		await first.waitForSelector(JAMFOR_CHART, { timeout: 600_000 });
		await first.waitForTimeout(settleMs);
		await first.close();
		const again = await context.newPage();
		await watchPaint(again, JAMFOR_CHART);
		return await repeatVisit(server, again, at);
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
