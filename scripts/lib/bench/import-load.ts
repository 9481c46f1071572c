import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { longestTask, watchLongTasks } from '../../../tests/e2e/helpers/long-tasks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openSite, visit, waitForData } from '../../../tests/e2e/helpers/site';
import { hrExtractCsv } from './hr-extract';

export type ImportLoad = {
	rows: number;
	fileMb: number;
	/** From choosing the file to the mapping step (worker: decode, split, preview). */
	readMs: number;
	/** Mapping chosen → report (worker: map, zod, shape, Arrow chunks; page: duplicate check in SQL). */
	checkMs: number;
	/** "Läs in" → done: staging, INSERT … SELECT, protected views rebuilt, file kept in OPFS. */
	appendMs: number;
	totalMs: number;
	/** The page's main thread: the longest task while the file was read, checked and loaded. */
	longestTaskMs: number;
	/** A click on the page during the check, answered within this many ms. */
	clickMs: number;
	/** The page's JS heap (CDP Performance.getMetrics), peak while loading. */
	pageHeapPeakMb: number;
	/** Resident memory of this browser's processes (page, workers, DuckDB's wasm), before and at peak. */
	rssBaseMb: number;
	rssPeakMb: number;
	/** The page's renderer process (page, import worker, DuckDB's worker and wasm): its high-water mark. */
	rendererPeakMb: number;
	/** DuckDB's own accounting of its memory (duckdb_memory()) after the load. */
	duckdbMb: number;
	outcome: string | null;
};

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** A /proc status field in MB (VmRSS now, VmHWM the peak); 0 when the process is gone. */
function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	try {
		const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) / 1024 : 0;
	} catch {
		return 0;
	}
}

/** This browser's processes only (other Chromiums on the machine are not counted). */
async function browserProcesses(browser: Browser): Promise<{ type: string; id: number }[]> {
	const cdp = await browser.newBrowserCDPSession();
	try {
		const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
		return info.processInfo;
	} finally {
		await cdp.detach();
	}
}

/**
 * Loads the synthetic HR extract (hr-extract.ts) of `rows` rows through the Data page of the
 * production build (`build/`) in headless Chromium, as a user would, and measures time and memory.
 */
export async function measureImportLoad(rows: number): Promise<ImportLoad> {
	const buffer = hrExtractCsv(rows);
	// Playwright hands over at most 50 MB from memory; larger files go by path, as a user's would.
	const dir = mkdtempSync(join(tmpdir(), 'tertial-bench-'));
	const path = join(dir, `syntetisk-hr-${rows}.csv`);
	writeFileSync(path, buffer);
	const site = await openSite();
	try {
		const { page } = await visit(site, '/data/?testhook');
		await waitForData(page);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		const heapMb = async () => {
			const { metrics } = await cdp.send('Performance.getMetrics');
			return mb(metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
		};
		await watchLongTasks(page);
		const procs = await browserProcesses(site.browser);
		const chromiumRssMb = () => Math.round(procs.reduce((s, p) => s + procMb(p.id, 'VmRSS'), 0));
		const rssBaseMb = chromiumRssMb();
		let rssPeakMb = rssBaseMb;
		let pageHeapPeakMb = await heapMb();
		const timer = setInterval(() => {
			rssPeakMb = Math.max(rssPeakMb, chromiumRssMb());
			heapMb().then(
				(h) => (pageHeapPeakMb = Math.max(pageHeapPeakMb, h)),
				() => undefined
			);
		}, 250);
		const t0 = Date.now();
		await page.setInputFiles('[data-testid="file-input"]', path);
		const card = page.locator('[data-testid="import-job"]').first();
		await card.locator('[data-testid="mapping-step"]').waitFor({ timeout: 900_000 });
		const tRead = Date.now();
		await card.locator('[data-testid="format-choice"]').selectOption('long:sick_leave');
		await card.locator('[data-testid="check-file"]').click();
		// The page answers a click while the worker checks the file.
		const c0 = Date.now();
		await page.locator('summary:has-text("Mallar")').click();
		const clickMs = Date.now() - c0;
		await card
			.locator('[data-testid="confirm-import"], [data-testid="import-rejected"], [data-testid="import-refused"]')
			.first()
			.waitFor({ timeout: 900_000 });
		const tChecked = Date.now();
		let outcome = await card.getAttribute('data-phase');
		let tDone = tChecked;
		if (outcome === 'report' && (await card.locator('[data-testid="confirm-import"]').isEnabled())) {
			await card.locator('[data-testid="confirm-import"]').click();
			await card
				.locator('[data-testid="import-done"], [data-testid="import-refused"]')
				.first()
				.waitFor({ timeout: 900_000 });
			tDone = Date.now();
			outcome = await card.getAttribute('data-phase');
		}
		clearInterval(timer);
		const rendererPeakMb = Math.round(
			Math.max(0, ...procs.filter((p) => p.type === 'renderer').map((p) => procMb(p.id, 'VmHWM')))
		);
		const longestTaskMs = Math.round(await longestTask(page));
		// Builds before this hook existed (a before/after comparison) report 0.
		const duckdbMb = await page.evaluate(
			() => (window as unknown as { __tertialMemory?: () => Promise<number> }).__tertialMemory?.() ?? 0
		);
		return {
			rows,
			fileMb: mb(buffer.length),
			readMs: tRead - t0,
			checkMs: tChecked - tRead,
			appendMs: tDone - tChecked,
			totalMs: tDone - t0,
			longestTaskMs,
			clickMs,
			pageHeapPeakMb,
			rssBaseMb,
			rssPeakMb,
			rendererPeakMb,
			duckdbMb: mb(duckdbMb),
			outcome
		};
	} finally {
		await site.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
