import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../tests/e2e/helpers/site';
import { FIRST_CHART } from './page';

/** Jämför's comparison drawn. */
export const JAMFOR_CHART = `[data-testid="compare-result"] ${FIRST_CHART}`;

/**
 * The same URL again in this tab (its HTTP cache; an in-memory context keeps no compiled code):
 * its first chart, and how many requests reached the server.
 */
export async function repeatVisit(
	server: Server,
	page: Page,
	at: string
): Promise<{ firstChart: number; requests: number }> {
	let requests = 0;
	const count = () => void requests++;
	server.on('request', count);
	try {
		await page.goto(at);
		await page.waitForSelector(JAMFOR_CHART, { timeout: 600_000 });
		return { firstChart: await page.evaluate(() => performance.now()), requests };
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
export async function repeatWithProfile(
	server: Server,
	at: string,
	settleMs = 5000
): Promise<{ firstChart: number; requests: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'tertial-profile-'));
	const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const first = await context.newPage();
		await first.goto(at);
		await first.waitForSelector(JAMFOR_CHART, { timeout: 600_000 });
		await first.waitForTimeout(settleMs);
		await first.close();
		return await repeatVisit(server, await context.newPage(), at);
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
